import { isStrongPassword, passwordCharacterClasses } from './password.js';
import { PASSWORD_POLICY } from './limits.js';

describe('password policy', () => {
  it('counts lower case, upper case, digits and anything else, letters by Unicode case', () => {
    expect(passwordCharacterClasses('abc')).toBe(1);
    expect(passwordCharacterClasses('ąęźABC')).toBe(2);
    expect(passwordCharacterClasses('Łódź 2026')).toBe(4);
    expect(passwordCharacterClasses('Éé')).toBe(2);
    expect(passwordCharacterClasses('ΑΒΓδεζ')).toBe(2);
    expect(passwordCharacterClasses('-_ !')).toBe(1);
  });

  it.each([
    ['Mocne-haslo-1', true],
    ['Zażółć gęślą', true],
    ['Éléphant2024', true],
    ['krotkie1A', false],
    ['tylkomalelitery', false],
    ['malelitery1234', false],
    ['A1-' + 'x'.repeat(PASSWORD_POLICY.maxLength), false],
  ])('%s → %s', (password, strong) => {
    expect(isStrongPassword(password)).toBe(strong);
  });
});
