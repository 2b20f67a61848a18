import { ErrorCode, type ImportRowError } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

export function indicatorNotFound(): DomainError {
  return new DomainError(ErrorCode.INDICATOR_NOT_FOUND, 'No such indicator.');
}

export function duplicateValue(): DomainError {
  return new DomainError(
    ErrorCode.INDICATOR_VALUE_DUPLICATE,
    'A value for this municipality, indicator and period is already recorded; delete it first to replace it.',
  );
}

export function importInvalid(rowErrors: ImportRowError[], totalErrors: number): DomainError {
  return new DomainError(
    ErrorCode.INDICATOR_IMPORT_INVALID,
    `The file has ${totalErrors} error(s); nothing was imported.`,
    { rowErrors, totalErrors },
  );
}
