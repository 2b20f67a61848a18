/**
 * Documents officials attach (uploads) and draft documents residents comment
 * on paragraph by paragraph. The server enforces these rules; the client
 * uses the same values to refuse a file before sending it.
 */

/** The upload endpoint (multipart/form-data: the scope id fields first, then `title`, then `file`). */
export const UPLOAD_PATH = '/api/uploads';

/**
 * What an upload is for (the form's `kind` field): a consultation's official
 * document (the default), or a file for a proposal, which is attached to the
 * proposal afterwards and never listed among the official documents, or a
 * network's document (sent with `networkId` instead of `consultationId`).
 */
export const DocumentKind = {
  CONSULTATION: 'CONSULTATION',
  PROPOSAL_ATTACHMENT: 'PROPOSAL_ATTACHMENT',
  NETWORK: 'NETWORK',
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

/** Where a stored document is downloaded from. */
export function documentDownloadPath(documentId: string): string {
  return `/api/documents/${documentId}/download`;
}

/**
 * A header a cross-site HTML form cannot send: its presence proves the
 * request came from our own scripts (like Apollo's csrfPrevention), so the
 * session cookie cannot be used to upload from another site.
 */
export const UPLOAD_CSRF_HEADER = 'x-ratusz-csrf';

export const DOCUMENT_LIMITS = {
  /** 20 MB. */
  maxBytes: 20 * 1024 * 1024,
  titleMax: 200,
  fileNameMax: 255,
} as const;

/**
 * The types an official may attach, as detected from the file's content (not
 * its name), with the extension a download gets. CSV has no signature: it is
 * accepted as text whose name ends in `.csv`.
 */
export const ALLOWED_DOCUMENT_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
  'image/png': 'png',
  'image/jpeg': 'jpg',
} as const;
export type DocumentMimeType = keyof typeof ALLOWED_DOCUMENT_TYPES;

export function isAllowedDocumentType(mimeType: string): mimeType is DocumentMimeType {
  return Object.prototype.hasOwnProperty.call(ALLOWED_DOCUMENT_TYPES, mimeType);
}

/** Bounds of a draft document, checked on both sides. */
export const DRAFT_LIMITS = {
  titleMax: 200,
  sourceMax: 200_000,
  paragraphsMax: 500,
} as const;

/** How a paragraph of one draft version relates to the other version in a diff. */
export const ParagraphChange = {
  UNCHANGED: 'UNCHANGED',
  CHANGED: 'CHANGED',
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
} as const;
export type ParagraphChange = (typeof ParagraphChange)[keyof typeof ParagraphChange];
