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
