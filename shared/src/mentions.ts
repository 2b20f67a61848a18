/**
 * The rules of @mentions, shared by the server (which stores and renders
 * them), the database's CHECK on users.handle, and the composer (which only
 * suggests people where the posted text would really mention them).
 */

/** A user's @handle: what the database assigns and what a user may choose. */
export const HANDLE_LIMITS = { min: 3, max: 30 } as const;
export const HANDLE_PATTERN = new RegExp(`^[a-z0-9_]{${HANDLE_LIMITS.min},${HANDLE_LIMITS.max}}$`);

/** Characters that may not stand right before a mention's `@`: they would make it part of a word, an e-mail address or a path. */
export const MENTION_GLUED_BEFORE = '\\p{L}\\p{N}_@./';

/** "@Zofia_M " → "zofia_m": handles as people type them. */
export function normaliseHandle(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}
