import path from 'node:path';
import { DOCUMENT_LIMITS } from '@ratusz/shared';

/* eslint-disable no-control-regex -- control characters are exactly what these patterns remove */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Path separators of every platform a browser may upload from, and characters Windows refuses in names. */
const SEPARATORS = /[/\\:*?"<>|]/g;
/* eslint-enable no-control-regex */

/**
 * The name a user's file is stored and offered under: the last path segment
 * (old browsers send `C:\…\name.pdf`), without control characters, path
 * separators or leading dots, NFC-normalised so "ą" typed on macOS and on
 * Windows is the same text, Polish letters intact, at most
 * DOCUMENT_LIMITS.fileNameMax characters with the extension kept.
 */
export function sanitiseFileName(raw: string, fallback = 'plik'): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment.normalize('NFC').replace(CONTROL, '').replace(SEPARATORS, '_').trim();
  name = name.replace(/^\.+/, '').trim();
  if (!name) return fallback;
  if (name.length > DOCUMENT_LIMITS.fileNameMax) {
    const extension = path.extname(name).slice(0, 16);
    name = name.slice(0, DOCUMENT_LIMITS.fileNameMax - extension.length) + extension;
  }
  return name;
}

// Reports import it from here; it lives in common/http now, shared by every download.
export { attachmentDisposition } from '../common/http/attachment-disposition.js';
