import { foldPolish } from './rules/polish.js';

/** Addresses in URLs (categories, seeded municipalities): lower-case ASCII words joined by dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_LIMITS = { min: 2, max: 80 } as const;

/** "Gorlice (miasto)" → "gorlice-miasto", "Łużna" → "luzna"; cut at `maxLength` without a trailing dash. */
export function slugify(text: string, maxLength: number = SLUG_LIMITS.max): string {
  // Polish letters first: decomposition alone would leave ł as it is.
  return foldPolish(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
