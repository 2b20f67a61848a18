import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsString,
  MaxLength,
  MinLength,
  Matches,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import {
  FieldErrorCode,
  HANDLE_PATTERN,
  normaliseHandle,
  PASSWORD_POLICY,
  SLUG_LIMITS,
  SLUG_PATTERN,
  type FieldError,
} from '@ratusz/shared';

const withCode = (code: FieldErrorCode, params?: Record<string, number | string>): ValidationOptions => ({
  context: params ? { code, params } : { code },
});

/** Required text with bounds; trims nothing, so what is checked is what is stored. */
export function TextField(min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    MinLength(min, withCode(FieldErrorCode.TOO_SHORT, { min })),
    MaxLength(max, withCode(FieldErrorCode.TOO_LONG, { max })),
  );
}

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** Text that may be empty, bounded above. */
export function OptionalTextField(max: number): PropertyDecorator {
  return applyDecorators(
    IsString(withCode(FieldErrorCode.INVALID)),
    MaxLength(max, withCode(FieldErrorCode.TOO_LONG, { max })),
  );
}

/** An e-mail, trimmed and lower-cased before it is checked, so "  Jan@X.pl " is accepted and stored once. */
export function EmailField(): PropertyDecorator {
  return applyDecorators(
    Transform(normaliseEmail),
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    MaxLength(254, withCode(FieldErrorCode.TOO_LONG, { max: 254 })),
    IsEmail({}, withCode(FieldErrorCode.EMAIL_INVALID)),
  );
}

export function passwordCharacterClasses(password: string): number {
  return [/[a-ząćęłńóśźż]/, /[A-ZĄĆĘŁŃÓŚŹŻ]/, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  return (
    password.length >= PASSWORD_POLICY.minLength &&
    password.length <= PASSWORD_POLICY.maxLength &&
    passwordCharacterClasses(password) >= PASSWORD_POLICY.minClasses
  );
}

/**
 * class-validator drops `context` for custom constraints made with
 * ValidateBy, so their codes are looked up by constraint name instead.
 */
export const CUSTOM_CONSTRAINT_ERRORS: Record<string, Omit<FieldError, 'field'>> = {
  isStrongPassword: {
    code: FieldErrorCode.PASSWORD_WEAK,
    params: { minLength: PASSWORD_POLICY.minLength, minClasses: PASSWORD_POLICY.minClasses },
  },
};

/** A new password: long enough and mixing character classes (the client lists the rules). */
export function StrongPasswordField(): PropertyDecorator {
  return applyDecorators(
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    ValidateBy({
      name: 'isStrongPassword',
      validator: { validate: (value) => typeof value === 'string' && isStrongPassword(value) },
    }),
  );
}

/** A slug: lower-case letters, digits and dashes. */
export function SlugField(): PropertyDecorator {
  return applyDecorators(
    TextField(SLUG_LIMITS.min, SLUG_LIMITS.max),
    Matches(SLUG_PATTERN, withCode(FieldErrorCode.INVALID)),
  );
}

/** A mention handle; "@Zofia_M " is taken as "zofia_m", as people type it. */
export function HandleField(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseHandle(value) : value)),
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    Matches(HANDLE_PATTERN, withCode(FieldErrorCode.INVALID)),
  );
}
