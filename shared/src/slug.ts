/** Addresses in URLs (categories, seeded municipalities): lower-case ASCII words joined by dashes. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_LIMITS = { min: 2, max: 80 } as const;

// Unicode decomposition leaves ł alone (a letter of its own, not l with a mark), so Polish letters are mapped by hand.
const POLISH_LETTERS: Record<string, string> = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
};

/** "Gorlice (miasto)" → "gorlice-miasto", "Łużna" → "luzna"; cut at `maxLength` without a trailing dash. */
export function slugify(text: string, maxLength: number = SLUG_LIMITS.max): string {
  return text
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (letter) => POLISH_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
