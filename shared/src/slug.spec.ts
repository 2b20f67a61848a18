import { SLUG_PATTERN, slugify } from './slug.js';

describe('slugify', () => {
  it('transliterates Polish letters and drops punctuation', () => {
    expect(slugify('Gorlice (miasto)')).toBe('gorlice-miasto');
    expect(slugify('Łużna')).toBe('luzna');
    expect(slugify('Praga-Południe')).toBe('praga-poludnie');
    expect(slugify('Żółć, gęślą jaźń')).toBe('zolc-gesla-jazn');
    expect(slugify('Café Müller')).toBe('cafe-muller');
  });

  it('never leaves leading or trailing dashes, also when cut short', () => {
    expect(slugify('  -Wola- ')).toBe('wola');
    expect(slugify('ab cd', 3)).toBe('ab');
    expect(slugify('x'.repeat(100))).toHaveLength(80);
  });

  it('produces what the slug rule accepts', () => {
    for (const name of ['Drogi i chodniki w Ząbkach', 'Ogłoszenia', '100% przejrzystości!']) {
      expect(slugify(name)).toMatch(SLUG_PATTERN);
    }
  });
});
