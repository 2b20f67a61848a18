/**
 * Codes carried in `extensions.code` of every GraphQL error the server returns.
 * The client translates these (never the English message), so adding a code
 * here means adding a translation in both locales.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  RATE_LIMITED: 'RATE_LIMITED',
  CONFLICT: 'CONFLICT',
  THREAD_LOCKED: 'THREAD_LOCKED',
  POST_DELETED: 'POST_DELETED',
  CATEGORY_NOT_EMPTY: 'CATEGORY_NOT_EMPTY',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Field-level validation problems. `code` is a stable key the client
 * translates; `params` fills placeholders such as a minimum length.
 */
export interface FieldError {
  field: string;
  code: FieldErrorCode;
  params?: Record<string, number | string>;
}

export const FieldErrorCode = {
  REQUIRED: 'REQUIRED',
  EMAIL_INVALID: 'EMAIL_INVALID',
  TOO_SHORT: 'TOO_SHORT',
  TOO_LONG: 'TOO_LONG',
  PASSWORD_WEAK: 'PASSWORD_WEAK',
  INVALID: 'INVALID',
  NOT_FOUND: 'NOT_FOUND',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  HANDLE_TAKEN: 'HANDLE_TAKEN',
  SLUG_TAKEN: 'SLUG_TAKEN',
} as const;
export type FieldErrorCode = (typeof FieldErrorCode)[keyof typeof FieldErrorCode];

/** A user's display name, checked on both sides. */
export const DISPLAY_NAME_LIMITS = { min: 2, max: 60 } as const;

/** Bounds of a forum category, checked on both sides; its address follows SLUG_LIMITS. */
export const CATEGORY_LIMITS = {
  nameMin: 2,
  nameMax: 100,
  descriptionMax: 500,
  positionMax: 10_000,
} as const;

/** Bounds of forum text, checked on both sides. */
export const FORUM_LIMITS = {
  titleMax: 200,
  bodyMax: 20_000,
} as const;

/** What a strong password needs; the server enforces it, the client explains it. */
export const PASSWORD_POLICY = {
  minLength: 10,
  maxLength: 200,
  /** Distinct character classes out of: lower case, upper case, digits, other. */
  minClasses: 3,
} as const;
