import { HANDLE_LIMITS } from '../mentions.js';

/*
 * Bounds both the client's forms and the server's input validation check.
 * Text is trimmed before it is checked (and stored), and lengths count
 * UTF-16 code units — `string.length` on both sides.
 */

/** Inclusive bounds of a text field's trimmed length. */
export interface TextLimits {
  readonly min: number;
  readonly max: number;
}

/** A user's display name. */
export const DISPLAY_NAME_LIMITS = { min: 2, max: 60 } as const satisfies TextLimits;

/** A forum thread's title. */
export const THREAD_TITLE_LIMITS = { min: 1, max: 200 } as const satisfies TextLimits;

/** A forum post's Markdown source (a thread's first post, a reply, an edit, a preview). */
export const POST_BODY_LIMITS = { min: 1, max: 20_000 } as const satisfies TextLimits;

/** A forum category's name; its address follows SLUG_LIMITS. */
export const CATEGORY_NAME_LIMITS = { min: 2, max: 100 } as const satisfies TextLimits;

/** A forum category's description, which may be empty. */
export const CATEGORY_DESCRIPTION_LIMITS = { min: 0, max: 500 } as const satisfies TextLimits;

/** Where a category stands among its siblings (an integer). */
export const CATEGORY_POSITION_LIMITS = { min: 0, max: 10_000 } as const;

/** What is typed into the forum search. */
export const FORUM_SEARCH_LIMITS = { min: 2, max: 200 } as const satisfies TextLimits;

/** A name filter of a picker (municipalities, users); empty means no filter. */
export const NAME_FILTER_LIMITS = { min: 0, max: 100 } as const satisfies TextLimits;

/** What follows the @ of a half-typed mention: a whole handle, plus the @ people type. */
export const MENTION_PREFIX_LIMITS = { min: 1, max: HANDLE_LIMITS.max + 1 } as const satisfies TextLimits;

/** What a strong password needs; the server enforces it, the client explains it. */
export const PASSWORD_POLICY = {
  minLength: 10,
  maxLength: 200,
  /** Distinct character classes out of: lower case, upper case, digits, other. */
  minClasses: 3,
} as const;

/** A password as typed at login: only bounded (strength applies when one is chosen) and never trimmed. */
export const LOGIN_PASSWORD_LIMITS = { min: 1, max: PASSWORD_POLICY.maxLength } as const satisfies TextLimits;

/** Bounds of a forum category, in the older shape; the same numbers as the CATEGORY_* limits above. */
export const CATEGORY_LIMITS = {
  nameMin: CATEGORY_NAME_LIMITS.min,
  nameMax: CATEGORY_NAME_LIMITS.max,
  descriptionMax: CATEGORY_DESCRIPTION_LIMITS.max,
  positionMax: CATEGORY_POSITION_LIMITS.max,
} as const;

/** Bounds of forum text, in the older shape; the same numbers as THREAD_TITLE_LIMITS and POST_BODY_LIMITS. */
export const FORUM_LIMITS = {
  titleMax: THREAD_TITLE_LIMITS.max,
  bodyMax: POST_BODY_LIMITS.max,
} as const;
