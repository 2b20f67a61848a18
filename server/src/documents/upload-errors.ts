import { DOCUMENT_LIMITS, ErrorCode, UPLOAD_CSRF_HEADER } from '@ratusz/shared';
import { DomainError } from '../common/errors/domain-error.js';

/** Upload errors carry their own extensions (the limit, the detected type) next to the code. */
class UploadError extends DomainError {
  constructor(code: ErrorCode, message: string, details: Record<string, string | number> = {}) {
    super(code, message);
    // DomainError's constructor types only its common extensions; these are the upload's own.
    Object.assign(this.extensions, details);
  }
}

export function fileTooLarge(): DomainError {
  return new UploadError(ErrorCode.FILE_TOO_LARGE, `The file is larger than ${DOCUMENT_LIMITS.maxBytes} bytes.`, {
    maxBytes: DOCUMENT_LIMITS.maxBytes,
  });
}

export function fileTypeNotAllowed(detectedType: string): DomainError {
  return new UploadError(
    ErrorCode.FILE_TYPE_NOT_ALLOWED,
    `Files of type ${detectedType} cannot be attached; allowed are PDF, DOCX, ODT, XLSX, CSV, PNG and JPEG.`,
    { detectedType },
  );
}

export function uploadIncomplete(message = 'The upload ended before the whole file arrived.'): DomainError {
  return new UploadError(ErrorCode.UPLOAD_INCOMPLETE, message);
}

export function csrfHeaderMissing(): DomainError {
  return new UploadError(
    ErrorCode.CSRF_HEADER_MISSING,
    `This request needs the ${UPLOAD_CSRF_HEADER} header, so that other sites cannot send it with your session.`,
  );
}
