import { PASSWORD_POLICY } from './limits.js';

/*
 * Letters are classed by Unicode case, so "É" and "é" count like "Ż" and "ż":
 * what the sign-up form accepts, the server accepts. Digits are ASCII 0-9;
 * anything that is neither a letter nor such a digit (spaces, punctuation,
 * emoji) is "other".
 */
const CHARACTER_CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /[0-9]/, /[^\p{L}0-9]/u];

/** How many of the classes PASSWORD_POLICY counts (lower case, upper case, digits, other) the password uses. */
export function passwordCharacterClasses(password: string): number {
  return CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
}

/** Long enough, not absurdly long, and mixing at least PASSWORD_POLICY.minClasses classes. */
export function isStrongPassword(password: string): boolean {
  return (
    password.length >= PASSWORD_POLICY.minLength &&
    password.length <= PASSWORD_POLICY.maxLength &&
    passwordCharacterClasses(password) >= PASSWORD_POLICY.minClasses
  );
}
