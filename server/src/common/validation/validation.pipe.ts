import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { FieldErrorCode, type FieldError } from '@ratusz/shared';
import { DomainError } from '../errors/domain-error.js';
import { CUSTOM_CONSTRAINT_ERRORS } from './field-rules.js';

interface ConstraintContext {
  code?: FieldErrorCode;
  params?: Record<string, number | string>;
}

function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const nested = toFieldErrors(error.children ?? [], field);
    const constraint = Object.keys(error.constraints ?? {})[0];
    if (constraint === undefined) return nested;
    const context = (error.contexts?.[constraint] ?? CUSTOM_CONSTRAINT_ERRORS[constraint] ?? {}) as ConstraintContext;
    const own: FieldError = { field, code: context.code ?? FieldErrorCode.INVALID };
    if (context.params) own.params = context.params;
    return [own, ...nested];
  });
}

/** The path of the first string holding a NUL character, or null. */
function findNulCharacter(value: unknown, path: string, seen = new WeakSet<object>()): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    const found = findNulCharacter(child, path ? `${path}.${key}` : key, seen);
    if (found !== null) return found;
  }
  return null;
}

/**
 * PostgreSQL's text cannot hold the NUL character: left in, any text field
 * would fail at the database as an internal error (the fuzzer found one). It
 * is refused at the edge, for every argument, as the field's INVALID.
 */
class RatuszValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the request context, the logged-in user) are ours, not input.
    const field =
      metadata.type === 'custom'
        ? null
        : findNulCharacter(value, typeof value === 'object' ? '' : (metadata.data ?? ''));
    if (field !== null) {
      throw DomainError.badInput([{ field, code: FieldErrorCode.INVALID }], 'Text may not contain the NUL character.');
    }
    return super.transform(value, metadata);
  }
}

/**
 * Validates every GraphQL input class at the edge and reports one stable code
 * per field, which the client turns into a sentence in the user's language.
 */
export function createValidationPipe(): ValidationPipe {
  return new RatuszValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => DomainError.badInput(toFieldErrors(errors)),
  });
}
