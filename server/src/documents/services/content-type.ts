import { fileTypeFromFile } from 'file-type';
import { isAllowedDocumentType, type DocumentMimeType } from '@ratusz/shared';

export type DetectedType = { allowed: true; mimeType: DocumentMimeType } | { allowed: false; detected: string };

/**
 * Watches an upload's bytes as they stream by and tells whether they are
 * UTF-8 text without NUL bytes: the only evidence a CSV file can give, as CSV
 * has no signature to detect.
 */
export class TextSniffer {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private text = true;

  push(chunk: Buffer): void {
    if (!this.text) return;
    if (chunk.includes(0)) {
      this.text = false;
      return;
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.text = false;
    }
  }

  /** Whether everything pushed was text (a multi-byte letter cut off at the end is not). */
  isText(): boolean {
    if (!this.text) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * The type of a stored upload, judged from its content, never from the name
 * or the browser's declared type: file-type reads the signature (and, for
 * DOCX, XLSX and ODT, the zip's entries). A file with no signature is
 * accepted only as CSV: UTF-8 text whose name ends in `.csv`.
 */
export async function detectDocumentType(filePath: string, fileName: string, isText: boolean): Promise<DetectedType> {
  const found = await fileTypeFromFile(filePath);
  if (found) {
    return isAllowedDocumentType(found.mime)
      ? { allowed: true, mimeType: found.mime }
      : { allowed: false, detected: found.mime };
  }
  if (!isText) return { allowed: false, detected: 'application/octet-stream' };
  if (/\.csv$/i.test(fileName)) return { allowed: true, mimeType: 'text/csv' };
  return { allowed: false, detected: 'text/plain' };
}
