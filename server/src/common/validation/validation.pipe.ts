import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/**
 * Validates every GraphQL input class at the edge and reports one stable code
 * per field, which the client turns into a sentence in the user's language.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => DomainError.badInput(toFieldErrors(errors)),
  });
}
