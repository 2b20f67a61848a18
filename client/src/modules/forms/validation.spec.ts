import { describe, expect, it } from '@jest/globals';
import {
  CATEGORY_DESCRIPTION_LIMITS,
  CATEGORY_NAME_LIMITS,
  DISPLAY_NAME_LIMITS,
  FieldErrorCode,
  POST_BODY_LIMITS,
  THREAD_TITLE_LIMITS,
  type FieldError,
} from '@ratusz/shared';
// Test material shared with the server's rule-parity.spec.ts; deliberately not part of the package's exports.
import { RULE_CASES, type RuleName } from '../../../../shared/src/rules/rule-cases';
import {
  collect,
  email,
  handle,
  length,
  loginPassword,
  optionalLength,
  required,
  slug,
  strongPassword,
} from './validation';

/** The check each form runs for a rule, on a field named after it. */
const CHECKS: Record<RuleName, (value: string) => FieldError | null> = {
  newPassword: (value) => strongPassword('password', value),
  loginPassword: (value) => loginPassword('password', value),
  email: (value) => email('email', value),
  displayName: (value) => length('displayName', value, DISPLAY_NAME_LIMITS),
  handle: (value) => handle('handle', value),
  slug: (value) => slug('slug', value),
  threadTitle: (value) => length('title', value, THREAD_TITLE_LIMITS),
  postBody: (value) => length('body', value, POST_BODY_LIMITS),
  categoryName: (value) => length('name', value, CATEGORY_NAME_LIMITS),
  categoryDescription: (value) => optionalLength('description', value, CATEGORY_DESCRIPTION_LIMITS),
};

describe('form checks agree with the shared rule table', () => {
  it.each(RULE_CASES.map((c) => [c.rule, c.label, c] as const))('%s: %s', (_rule, _label, c) => {
    expect(CHECKS[c.rule](c.value)?.code ?? null).toBe(c.expected);
  });
});

describe('form checks', () => {
  it('say which bound was missed, for the message', () => {
    expect(length('name', 'J', DISPLAY_NAME_LIMITS)).toEqual({
      field: 'name',
      code: FieldErrorCode.TOO_SHORT,
      params: { min: DISPLAY_NAME_LIMITS.min },
    });
    expect(length('title', 'x'.repeat(5), 1, 4)).toEqual({
      field: 'title',
      code: FieldErrorCode.TOO_LONG,
      params: { max: 4 },
    });
  });

  it('collect only the problems', () => {
    expect(collect(required('a', 'x'), required('b', ' '))).toEqual([{ field: 'b', code: FieldErrorCode.REQUIRED }]);
  });
});
