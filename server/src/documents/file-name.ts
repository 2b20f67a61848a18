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

/**
 * RFC 6266 `Content-Disposition: attachment`: an ASCII fallback for old
 * clients and the exact UTF-8 name (RFC 8187 `filename*`) for every current
 * browser, so "Założenia_strategii_Ząbki.pdf" is saved under that name.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFKD')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\]/g, '_') || 'plik';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(fileName)}`;
}

/** Percent-encodes everything but RFC 8187's attr-chars. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
