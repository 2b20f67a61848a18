import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsNotEmpty,
  IsString,
  MaxLength,
  MinLength,
  Matches,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import {
  EMAIL_LIMITS,
  EMAIL_PATTERN,
  FieldErrorCode,
  HANDLE_PATTERN,
  isStrongPassword,
  LOGIN_PASSWORD_LIMITS,
  normaliseEmail,
  normaliseHandle,
  PASSWORD_POLICY,
  SLUG_LIMITS,
  SLUG_PATTERN,
  type FieldError,
  type TextLimits,
} from '@ratusz/shared';

/*
 * The decorators every input class uses for user-typed text. The rules
 * themselves (bounds, patterns, password strength) come from @ratusz/shared,
 * where the client's forms read them too; rule-parity.spec.ts runs one table
 * of cases through both sides.
 */

const withCode = (code: FieldErrorCode, params?: Record<string, number | string>): ValidationOptions => ({
  context: params ? { code, params } : { code },
});

const onStrings =
  (normalise: (value: string) => string) =>
  ({ value }: { value: unknown }): unknown =>
    typeof value === 'string' ? normalise(value) : value;

/** Services store text trimmed, so it is trimmed before it is checked: what passes is what is stored. */
const Trimmed = () => Transform(onStrings((value) => value.trim()));

const toLimits = (limitsOrMin: TextLimits | number, max?: number): TextLimits =>
  typeof limitsOrMin === 'number' ? { min: limitsOrMin, max: max ?? limitsOrMin } : limitsOrMin;

/** Required text, trimmed, with bounds (REQUIRED when only spaces were typed). */
export function TextField(limits: TextLimits): PropertyDecorator;
export function TextField(min: number, max: number): PropertyDecorator;
export function TextField(limitsOrMin: TextLimits | number, maybeMax?: number): PropertyDecorator {
  const { min, max } = toLimits(limitsOrMin, maybeMax);
  return applyDecorators(
    Trimmed(),
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    MinLength(min, withCode(FieldErrorCode.TOO_SHORT, { min })),
    MaxLength(max, withCode(FieldErrorCode.TOO_LONG, { max })),
  );
}

/** Text that may be empty, trimmed, bounded above. */
export function OptionalTextField(limits: TextLimits): PropertyDecorator;
export function OptionalTextField(max: number): PropertyDecorator;
export function OptionalTextField(limitsOrMax: TextLimits | number): PropertyDecorator {
  const max = typeof limitsOrMax === 'number' ? limitsOrMax : limitsOrMax.max;
  return applyDecorators(
    Trimmed(),
    IsString(withCode(FieldErrorCode.INVALID)),
    MaxLength(max, withCode(FieldErrorCode.TOO_LONG, { max })),
  );
}

/** An e-mail, trimmed and lower-cased before it is checked, so "  Jan@X.pl " is accepted and stored once. */
export function EmailField(): PropertyDecorator {
  return applyDecorators(
    Transform(onStrings(normaliseEmail)),
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    MaxLength(EMAIL_LIMITS.max, withCode(FieldErrorCode.TOO_LONG, { max: EMAIL_LIMITS.max })),
    Matches(EMAIL_PATTERN, withCode(FieldErrorCode.EMAIL_INVALID)),
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

/** A new password: long enough and mixing character classes (the client lists the rules). Never trimmed. */
export function StrongPasswordField(): PropertyDecorator {
  return applyDecorators(
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    ValidateBy({
      name: 'isStrongPassword',
      validator: { validate: (value) => typeof value === 'string' && isStrongPassword(value) },
    }),
  );
}

/** A password as typed at login: only bounded, since strength applies when one is chosen. Never trimmed. */
export function LoginPasswordField(): PropertyDecorator {
  const { max } = LOGIN_PASSWORD_LIMITS;
  return applyDecorators(
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    MaxLength(max, withCode(FieldErrorCode.TOO_LONG, { max })),
  );
}

/** A slug: lower-case letters, digits and dashes. */
export function SlugField(): PropertyDecorator {
  return applyDecorators(TextField(SLUG_LIMITS), Matches(SLUG_PATTERN, withCode(FieldErrorCode.INVALID)));
}

/** A mention handle; "@Zofia_M " is taken as "zofia_m", as people type it. */
export function HandleField(): PropertyDecorator {
  return applyDecorators(
    Transform(onStrings(normaliseHandle)),
    IsNotEmpty(withCode(FieldErrorCode.REQUIRED)),
    Matches(HANDLE_PATTERN, withCode(FieldErrorCode.INVALID)),
  );
}
