/**
 * Finding the half-typed `@handle` at the caret and putting a chosen handle in
 * its place. Kept free of React and the DOM so the rules can be tested alone;
 * the limits and the characters that may not precede the `@` are the server's
 * (from shared/), so the composer only offers people where the posted text would
 * really mention them.
 */
import { HANDLE_LIMITS, MENTION_GLUED_BEFORE } from '@ratusz/shared';

/** Handles are 3–30 of these; suggestions start earlier, from the first one typed. */
const HANDLE_MAX = HANDLE_LIMITS.max;
const HANDLE_CHAR = /[a-z0-9_]/i;
const GLUED_BEFORE = new RegExp(`[${MENTION_GLUED_BEFORE}]`, 'u');

/** The `@…` being typed: `text.slice(start, end)` is `@` + `prefix`, and the caret is at `end`. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  end: number;
  /** What follows the `@`, as typed (0–30 handle characters). */
  prefix: string;
}

/**
 * The mention being typed just before `caret`, or null when the caret is not
 * right after `@` and up to 30 handle characters at a place where a mention
 * counts. Handle characters after the caret also mean null: completing there
 * would glue the chosen handle onto the rest of a word.
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  if (caret < 1 || caret > text.length) return null;
  if (caret < text.length && HANDLE_CHAR.test(text[caret])) return null;
  let at = caret;
  while (at > 0 && caret - at <= HANDLE_MAX && HANDLE_CHAR.test(text[at - 1])) at -= 1;
  const start = at - 1;
  if (start < 0 || text[start] !== '@' || caret - at > HANDLE_MAX) return null;
  // A whole code point, so a letter outside the BMP before the @ still counts as a letter.
  const before = Array.from(text.slice(Math.max(0, start - 2), start)).pop();
  if (before !== undefined && GLUED_BEFORE.test(before)) return null;
  return { start, end: caret, prefix: text.slice(at, caret) };
}

/**
 * `text` with the typed `@prefix` replaced by `@handle` and a space, and where
 * the caret goes: after that space, ready for the next word. A space already
 * following the caret is reused, not doubled.
 */
export function insertMention(text: string, query: MentionQuery, handle: string): { text: string; caret: number } {
  const after = text.slice(query.end);
  const spaced = /^\s/.test(after);
  const inserted = `@${handle}${spaced ? '' : ' '}`;
  return {
    text: text.slice(0, query.start) + inserted + after,
    caret: query.start + inserted.length + (spaced ? 1 : 0),
  };
}

/** Lower case without diacritics, roughly as the server's `unaccent_pl` folds names (ł has no combining mark). */
function fold(value: string): string {
  return value.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Whether the server would offer this user for `prefix` (handle or a word of
 * the name begins with it). Lets results for a shorter prefix stay on screen,
 * filtered, while the answer for the longer one is on its way.
 */
export function matchesMentionPrefix(user: { handle: string; displayName: string }, prefix: string): boolean {
  const folded = fold(prefix);
  if (!folded) return false;
  return (
    user.handle.toLowerCase().startsWith(folded) ||
    fold(user.displayName)
      .split(/\s+/)
      .some((word) => word.startsWith(folded))
  );
}
