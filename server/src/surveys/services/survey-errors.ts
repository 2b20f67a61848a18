import { ErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

export const surveyNotFound = (): DomainError => new DomainError(ErrorCode.SURVEY_NOT_FOUND, 'No such survey.');
