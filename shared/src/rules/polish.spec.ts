import { foldPolish, POLISH_FOLD_FROM, POLISH_FOLD_TO, POLISH_LETTER_FOLDS } from './polish.js';

describe('Polish folding', () => {
  it('folds every Polish letter, either case, to lower-case ASCII', () => {
    expect(foldPolish('ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ')).toBe('acelnoszz acelnoszz');
    expect(foldPolish('Zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
  });

  it('keeps other letters and the length, so positions line up', () => {
    expect(foldPolish('Café Müller')).toBe('café müller');
    const text = 'Łódź — Żółty Dwór';
    expect(foldPolish(text)).toHaveLength(text.length);
  });

  it('derives the SQL translate() arguments from the table, letter for letter', () => {
    // The strings the Foundation migration wrote into unaccent_pl.
    expect(POLISH_FOLD_FROM).toBe('ąćęłńóśźżĄĆĘŁŃÓŚŹŻ');
    expect(POLISH_FOLD_TO).toBe('acelnoszzACELNOSZZ');
    expect(POLISH_FOLD_FROM).toHaveLength(2 * Object.keys(POLISH_LETTER_FOLDS).length);
    expect(POLISH_FOLD_TO).toHaveLength(POLISH_FOLD_FROM.length);
  });
});
