import { slugify } from './slugify.js';

describe('slugify', () => {
  it('transliterates Polish letters and drops punctuation', () => {
    expect(slugify('Gorlice (miasto)')).toBe('gorlice-miasto');
    expect(slugify('Łużna')).toBe('luzna');
    expect(slugify('Praga-Południe')).toBe('praga-poludnie');
    expect(slugify('Żółć, gęślą jaźń')).toBe('zolc-gesla-jazn');
  });

  it('never leaves leading or trailing dashes', () => {
    expect(slugify('  -Wola- ')).toBe('wola');
  });
});
