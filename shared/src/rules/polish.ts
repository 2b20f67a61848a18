/**
 * How Polish text is folded for matching ("zolc" finds "Żółć") and for
 * addresses ("Łużna" → "luzna"). The table is the one definition: the client,
 * the server's search and slugs use `foldPolish`, and the SQL function
 * `unaccent_pl` translates with `POLISH_FOLD_FROM` → `POLISH_FOLD_TO`
 * (server/test/polish-folding.int-spec.ts checks that they agree).
 */

/** Unicode decomposition leaves ł alone (a letter of its own, not l with a mark), so the letters are mapped by hand. */
export const POLISH_LETTER_FOLDS = {
  ą: 'a',
  ć: 'c',
  ę: 'e',
  ł: 'l',
  ń: 'n',
  ó: 'o',
  ś: 's',
  ź: 'z',
  ż: 'z',
} as const;
export type PolishLetter = keyof typeof POLISH_LETTER_FOLDS;

const LOWER = Object.keys(POLISH_LETTER_FOLDS) as PolishLetter[];

/** Every Polish letter with a diacritic, lower case then upper case: the first argument of SQL `translate`. */
export const POLISH_FOLD_FROM: string = [...LOWER, ...LOWER.map((letter) => letter.toUpperCase())].join('');

/** What each letter of POLISH_FOLD_FROM becomes, at the same position: the second argument of SQL `translate`. */
export const POLISH_FOLD_TO: string = [
  ...LOWER.map((letter) => POLISH_LETTER_FOLDS[letter]),
  ...LOWER.map((letter) => POLISH_LETTER_FOLDS[letter].toUpperCase()),
].join('');

const POLISH_LETTER = new RegExp(`[${LOWER.join('')}]`, 'g');

/**
 * Lower case with Polish letters folded to ASCII, as SQL `unaccent_pl` does;
 * one character for one, so positions in the folded text line up with the
 * original (search highlights rely on it). Other letters keep their marks.
 */
export function foldPolish(text: string): string {
  return text.toLowerCase().replace(POLISH_LETTER, (letter) => POLISH_LETTER_FOLDS[letter as PolishLetter]);
}
