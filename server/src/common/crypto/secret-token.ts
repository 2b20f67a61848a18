import { createHash, randomBytes } from 'node:crypto';

/** A token for an e-mailed single-use link: 256 random bits, URL-safe. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored of such a token: its SHA-256, so a leaked table holds no usable link. */
export function secretTokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
