import { PASSWORD_POLICY } from '@ratusz/shared';
import { isStrongPassword, passwordCharacterClasses } from './field-rules.js';

describe('password policy', () => {
  it('counts character classes, Polish letters included', () => {
    expect(passwordCharacterClasses('abc')).toBe(1);
    expect(passwordCharacterClasses('ąęźABC')).toBe(2);
    expect(passwordCharacterClasses('Łódź 2026')).toBe(4);
  });

  it.each([
    ['Mocne-haslo-1', true],
    ['Zażółć gęślą', true],
    ['krotkie1A', false],
    ['tylkomalelitery', false],
    ['malelitery1234', false],
    ['A1-' + 'x'.repeat(PASSWORD_POLICY.maxLength), false],
  ])('%s → %s', (password, strong) => {
    expect(isStrongPassword(password)).toBe(strong);
  });
});
