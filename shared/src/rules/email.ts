/** RFC 5321's limit on a whole address. */
export const EMAIL_LIMITS = { max: 254 } as const;

/**
 * An address as both sides accept it, after `normaliseEmail`: something
 * without spaces or @, an @, then dot-separated domain labels (letters,
 * digits, inner dashes) ending in a top-level domain of letters or punycode.
 */
export const EMAIL_PATTERN =
  /^[^\s@]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

/** "  Jan@Example.PL " → "jan@example.pl": addresses are checked, stored and looked up in this form. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Whether an already normalised address is acceptable (length and shape). */
export function isEmailAddress(normalised: string): boolean {
  return normalised.length <= EMAIL_LIMITS.max && EMAIL_PATTERN.test(normalised);
}
