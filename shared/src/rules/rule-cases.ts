import { FieldErrorCode } from '../errors.js';
import { HANDLE_LIMITS } from '../mentions.js';
import { SLUG_LIMITS } from '../slug.js';
import { EMAIL_LIMITS } from './email.js';
import {
  CATEGORY_DESCRIPTION_LIMITS,
  CATEGORY_NAME_LIMITS,
  DISPLAY_NAME_LIMITS,
  LOGIN_PASSWORD_LIMITS,
  PASSWORD_POLICY,
  POST_BODY_LIMITS,
  THREAD_TITLE_LIMITS,
} from './limits.js';

/*
 * One table of inputs and the answer both sides must give: the client's form
 * checks (client/src/modules/forms/validation.spec.ts) and the server's input
 * classes through its validation pipe
 * (server/src/common/validation/rule-parity.spec.ts). Test material only; not
 * exported from the package.
 */

export type RuleName =
  | 'newPassword'
  | 'loginPassword'
  | 'email'
  | 'displayName'
  | 'handle'
  | 'slug'
  | 'threadTitle'
  | 'postBody'
  | 'categoryName'
  | 'categoryDescription';

export interface RuleCase {
  rule: RuleName;
  /** A short name for the test title; the value itself may be very long. */
  label: string;
  value: string;
  /** The field error code both sides answer, or null when the value is accepted. */
  expected: FieldErrorCode | null;
}

const x = (length: number) => 'x'.repeat(length);
const E = FieldErrorCode;

const accepts = (rule: RuleName, label: string, value: string = label): RuleCase => ({
  rule,
  label,
  value,
  expected: null,
});
const refuses = (rule: RuleName, expected: FieldErrorCode, label: string, value: string = label): RuleCase => ({
  rule,
  label,
  value,
  expected,
});

/** An address exactly `length` characters long. */
const emailOfLength = (length: number) => `${x(length - '@example.pl'.length)}@example.pl`;

/** Bounded required text: empty, blank, at and over both bounds, padded with spaces that are trimmed away. */
function textCases(rule: RuleName, limits: { min: number; max: number }): RuleCase[] {
  const cases = [
    refuses(rule, E.REQUIRED, 'empty', ''),
    refuses(rule, E.REQUIRED, 'only spaces', '   \n '),
    accepts(rule, `min (${limits.min})`, x(limits.min)),
    accepts(rule, `max (${limits.max})`, x(limits.max)),
    accepts(rule, `max padded with spaces`, `  ${x(limits.max)}\n`),
    refuses(rule, E.TOO_LONG, `max + 1`, x(limits.max + 1)),
  ];
  if (limits.min > 1) cases.push(refuses(rule, E.TOO_SHORT, `min - 1 padded with spaces`, `  ${x(limits.min - 1)}  `));
  return cases;
}

export const RULE_CASES: readonly RuleCase[] = [
  // A new password: PASSWORD_POLICY, letters classed by Unicode case, never trimmed.
  accepts('newPassword', 'Zażółć-gęślą1'),
  accepts('newPassword', 'Éléphant-2024'),
  accepts('newPassword', 'Éléphant2024'),
  accepts('newPassword', 'ŻÓŁW-i-żółw'),
  accepts('newPassword', 'Mocne-haslo-1'),
  accepts('newPassword', 'Zażółć gęślą'),
  accepts('newPassword', 'ΑΒΓδεζ1234'),
  accepts('newPassword', `max length (${PASSWORD_POLICY.maxLength})`, 'A1-' + x(PASSWORD_POLICY.maxLength - 3)),
  accepts('newPassword', `min length (${PASSWORD_POLICY.minLength})`, 'Ab1' + x(PASSWORD_POLICY.minLength - 3)),
  refuses('newPassword', E.PASSWORD_WEAK, 'too long', 'A1-' + x(PASSWORD_POLICY.maxLength - 2)),
  refuses('newPassword', E.PASSWORD_WEAK, 'too short', 'Ab1' + x(PASSWORD_POLICY.minLength - 4)),
  refuses('newPassword', E.PASSWORD_WEAK, 'only lower case', 'tylkomalelitery'),
  refuses('newPassword', E.PASSWORD_WEAK, 'lower case and digits', 'malelitery1234'),
  refuses('newPassword', E.PASSWORD_WEAK, 'Polish lower and upper only', 'ŻÓŁWżółwiki'),
  refuses('newPassword', E.PASSWORD_WEAK, 'only spaces', ' '.repeat(PASSWORD_POLICY.minLength)),
  refuses('newPassword', E.REQUIRED, 'empty', ''),

  // A password typed at login: present and bounded, spaces included.
  accepts('loginPassword', 'cokolwiek'),
  accepts('loginPassword', 'a space', ' '),
  accepts('loginPassword', `max (${LOGIN_PASSWORD_LIMITS.max})`, x(LOGIN_PASSWORD_LIMITS.max)),
  refuses('loginPassword', E.TOO_LONG, 'max + 1', x(LOGIN_PASSWORD_LIMITS.max + 1)),
  refuses('loginPassword', E.REQUIRED, 'empty', ''),

  // E-mail: trimmed and lower-cased, then EMAIL_LIMITS and EMAIL_PATTERN.
  accepts('email', 'jan@example.pl'),
  accepts('email', '  Jan.Kowalski+ratusz@Example.PL '),
  accepts('email', 'zofia@łódź.pl'),
  accepts('email', 'urzad@gmina-zabki.gov.pl'),
  accepts('email', 'punycode TLD', 'jan@example.xn--p1ai'),
  accepts('email', `max (${EMAIL_LIMITS.max})`, emailOfLength(EMAIL_LIMITS.max)),
  refuses('email', E.TOO_LONG, 'max + 1', emailOfLength(EMAIL_LIMITS.max + 1)),
  refuses('email', E.REQUIRED, 'empty', ''),
  refuses('email', E.REQUIRED, 'only spaces', '   '),
  refuses('email', E.EMAIL_INVALID, 'nope'),
  refuses('email', E.EMAIL_INVALID, 'jan@localhost'),
  refuses('email', E.EMAIL_INVALID, 'jan@@example.pl'),
  refuses('email', E.EMAIL_INVALID, 'jan kowalski@example.pl'),
  refuses('email', E.EMAIL_INVALID, 'jan@example.p'),
  refuses('email', E.EMAIL_INVALID, 'jan@-example.pl'),
  refuses('email', E.EMAIL_INVALID, 'jan@example..pl'),
  refuses('email', E.EMAIL_INVALID, '@example.pl'),

  // Display name: DISPLAY_NAME_LIMITS after trimming.
  ...textCases('displayName', DISPLAY_NAME_LIMITS),
  accepts('displayName', 'Zofia Łęcka'),
  refuses('displayName', E.TOO_SHORT, 'J'),

  // Handle: "@Zofia_M " is "zofia_m", then HANDLE_PATTERN.
  accepts('handle', 'zofia_m'),
  accepts('handle', '@Zofia_M '),
  accepts('handle', `max (${HANDLE_LIMITS.max})`, x(HANDLE_LIMITS.max)),
  refuses('handle', E.INVALID, 'max + 1', x(HANDLE_LIMITS.max + 1)),
  refuses('handle', E.INVALID, 'min - 1', x(HANDLE_LIMITS.min - 1)),
  refuses('handle', E.INVALID, 'zofia-m'),
  refuses('handle', E.INVALID, 'łucja'),
  refuses('handle', E.REQUIRED, 'empty', ''),
  refuses('handle', E.REQUIRED, 'only @', ' @ '),

  // Slug: SLUG_LIMITS after trimming, then SLUG_PATTERN.
  ...textCases('slug', SLUG_LIMITS),
  accepts('slug', 'drogi-i-chodniki'),
  accepts('slug', ' wola '),
  refuses('slug', E.INVALID, 'Wola'),
  refuses('slug', E.INVALID, 'wola--praga'),
  refuses('slug', E.INVALID, '-wola'),
  refuses('slug', E.INVALID, 'łódź'),
  refuses('slug', E.INVALID, 'drogi i chodniki'),

  // Forum text.
  ...textCases('threadTitle', THREAD_TITLE_LIMITS),
  accepts('threadTitle', 'Ścieżka rowerowa na Żoliborzu'),
  ...textCases('postBody', POST_BODY_LIMITS),
  accepts('postBody', '**Za**, bo _tak_.'),
  ...textCases('categoryName', CATEGORY_NAME_LIMITS),
  accepts('categoryDescription', 'empty', ''),
  accepts('categoryDescription', 'only spaces', '   '),
  accepts('categoryDescription', `max (${CATEGORY_DESCRIPTION_LIMITS.max})`, x(CATEGORY_DESCRIPTION_LIMITS.max)),
  accepts('categoryDescription', 'max padded with spaces', ` ${x(CATEGORY_DESCRIPTION_LIMITS.max)} `),
  refuses('categoryDescription', E.TOO_LONG, 'max + 1', x(CATEGORY_DESCRIPTION_LIMITS.max + 1)),
];
