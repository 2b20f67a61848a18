import { ALLOWED_DOCUMENT_TYPES, DOCUMENT_LIMITS, FieldErrorCode, isAllowedDocumentType } from '@ratusz/shared';

/*
 * What the upload form checks before sending a byte, with the server's
 * limits from @ratusz/shared. The server detects the type from the content;
 * the browser only knows the name and its own guess, so both are accepted
 * here and the server has the last word.
 */

const EXTENSIONS = new Set<string>([...Object.values(ALLOWED_DOCUMENT_TYPES), 'jpeg']);

/** What the file picker offers. */
export const ACCEPT_ATTRIBUTE = [...Object.keys(ALLOWED_DOCUMENT_TYPES), ...[...EXTENSIONS].map((e) => `.${e}`)].join(
  ',',
);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export type FileProblem =
  | { code: typeof FieldErrorCode.REQUIRED }
  | { code: 'FILE_TOO_LARGE'; maxBytes: number }
  | { code: 'FILE_TYPE_NOT_ALLOWED' };

/** Null when the file may be sent. */
export function checkDocumentFile(
  file: { name: string; size: number; type: string } | null | undefined,
): FileProblem | null {
  if (!file) return { code: FieldErrorCode.REQUIRED };
  if (file.size > DOCUMENT_LIMITS.maxBytes) return { code: 'FILE_TOO_LARGE', maxBytes: DOCUMENT_LIMITS.maxBytes };
  if (file.size === 0) return { code: FieldErrorCode.REQUIRED };
  if (!isAllowedDocumentType(file.type) && !EXTENSIONS.has(extensionOf(file.name))) {
    return { code: 'FILE_TYPE_NOT_ALLOWED' };
  }
  return null;
}

/** "PDF", "DOCX", …: the short name people know a type by. */
export function documentTypeLabel(mimeType: string, fileName = ''): string {
  if (isAllowedDocumentType(mimeType)) return ALLOWED_DOCUMENT_TYPES[mimeType].toUpperCase();
  return extensionOf(fileName).toUpperCase() || mimeType;
}

/** A size in the units people read: "512 B", "3,4 MB" (decimal separator of the locale). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
