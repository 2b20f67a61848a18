import { describe, expect, it } from '@jest/globals';
import { DOCUMENT_LIMITS } from '@ratusz/shared';
import { checkDocumentFile, documentTypeLabel, formatBytes } from './files';

describe('document files before upload', () => {
  it('accepts the allowed types by the browser’s type or by the name', () => {
    expect(checkDocumentFile({ name: 'plan.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    // Some systems report CSV as an Excel type; the server decides from the content anyway.
    expect(checkDocumentFile({ name: 'dane.csv', size: 10, type: 'application/vnd.ms-excel' })).toBeNull();
    expect(checkDocumentFile({ name: 'zdjęcie.JPEG', size: 10, type: '' })).toBeNull();
  });

  it('refuses other types, files over 20 MB and no file', () => {
    expect(checkDocumentFile({ name: 'skrypt.exe', size: 10, type: 'application/x-msdownload' })).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
    });
    expect(
      checkDocumentFile({ name: 'duży.pdf', size: DOCUMENT_LIMITS.maxBytes + 1, type: 'application/pdf' }),
    ).toEqual({ code: 'FILE_TOO_LARGE', maxBytes: DOCUMENT_LIMITS.maxBytes });
    expect(
      checkDocumentFile({ name: 'limit.pdf', size: DOCUMENT_LIMITS.maxBytes, type: 'application/pdf' }),
    ).toBeNull();
    expect(checkDocumentFile(null)).toEqual({ code: 'REQUIRED' });
  });

  it('labels types and sizes as people read them', () => {
    expect(documentTypeLabel('application/pdf')).toBe('PDF');
    expect(documentTypeLabel('image/jpeg')).toBe('JPG');
    expect(documentTypeLabel('application/octet-stream', 'raport.odt')).toBe('ODT');
    expect(formatBytes(512, 'pl-PL')).toBe('512 B');
    expect(formatBytes(3.4 * 1024 * 1024, 'pl-PL')).toBe('3,4 MB');
    expect(formatBytes(20 * 1024 * 1024, 'en-GB')).toBe('20 MB');
  });
});
