import { ErrorCode, FieldErrorCode, PROPOSAL_MAX_DOCUMENTS } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

export function notEditable(): DomainError {
  return new DomainError(
    ErrorCode.PROPOSAL_NOT_EDITABLE,
    'Only a submitted proposal that is not yet under review can be edited.',
  );
}

export function tooManyAttachments(): DomainError {
  return new DomainError(
    ErrorCode.PROPOSAL_TOO_MANY_ATTACHMENTS,
    `A proposal can have at most ${PROPOSAL_MAX_DOCUMENTS} attachments.`,
    { max: PROPOSAL_MAX_DOCUMENTS },
  );
}

export function attachmentsNotFound(): DomainError {
  return DomainError.badInput(
    [{ field: 'documentIds', code: FieldErrorCode.NOT_FOUND }],
    'Attach files you uploaded for proposals of this consultation and have not attached yet.',
  );
}
