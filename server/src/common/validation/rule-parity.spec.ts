import type { ArgumentMetadata } from '@nestjs/common';
import type { FieldErrorCode } from '@ratusz/shared';
// Test material shared with the client's validation.spec.ts; deliberately not part of the package's exports.
import { RULE_CASES, type RuleName } from '../../../../shared/src/rules/rule-cases.js';
import { LoginInput } from '../../accounts/dtos/login.input.js';
import { RegisterInput } from '../../accounts/dtos/register.input.js';
import { UpdateProfileInput } from '../../accounts/dtos/update-profile.input.js';
import { CreateCategoryInput } from '../../forum/dtos/create-category.input.js';
import { CreateThreadInput } from '../../forum/dtos/create-thread.input.js';
import { DomainError } from '../errors/domain-error.js';
import { createValidationPipe } from './validation.pipe.js';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

/** Where each rule is checked on the server: a real input class, a valid rest of the input, and the field. */
const TARGETS: Record<
  RuleName,
  { metatype: ArgumentMetadata['metatype']; base: Record<string, unknown>; field: string }
> = {
  newPassword: {
    metatype: RegisterInput,
    base: { email: 'jan@example.pl', displayName: 'Jan' },
    field: 'password',
  },
  loginPassword: { metatype: LoginInput, base: { email: 'jan@example.pl' }, field: 'password' },
  email: { metatype: RegisterInput, base: { password: 'Mocne-haslo-1', displayName: 'Jan' }, field: 'email' },
  displayName: {
    metatype: RegisterInput,
    base: { email: 'jan@example.pl', password: 'Mocne-haslo-1' },
    field: 'displayName',
  },
  handle: { metatype: UpdateProfileInput, base: {}, field: 'handle' },
  slug: { metatype: CreateCategoryInput, base: { name: 'Drogi', description: '', position: 0 }, field: 'slug' },
  categoryName: {
    metatype: CreateCategoryInput,
    base: { slug: 'drogi', description: '', position: 0 },
    field: 'name',
  },
  categoryDescription: {
    metatype: CreateCategoryInput,
    base: { slug: 'drogi', name: 'Drogi', position: 0 },
    field: 'description',
  },
  threadTitle: { metatype: CreateThreadInput, base: { categoryId: SOME_ID, body: 'Treść' }, field: 'title' },
  postBody: { metatype: CreateThreadInput, base: { categoryId: SOME_ID, title: 'Tytuł' }, field: 'body' },
};

/** The code the server answers for the field, or null when the whole input passes. */
async function serverAnswer(rule: RuleName, value: string): Promise<FieldErrorCode | null> {
  const { metatype, base, field } = TARGETS[rule];
  try {
    await createValidationPipe().transform({ ...base, [field]: value }, { type: 'body', metatype });
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fieldErrors = error.extensions.fieldErrors as { field: string; code: FieldErrorCode }[];
    // Anything wrong besides the field under test would be a broken base input, not an answer.
    expect(fieldErrors.map((e) => e.field)).toEqual([field]);
    return fieldErrors[0]!.code;
  }
}

describe('input validation agrees with the shared rule table (and so with the client’s forms)', () => {
  it.each(RULE_CASES.map((c) => [c.rule, c.label, c] as const))('%s: %s', async (_rule, _label, c) => {
    expect(await serverAnswer(c.rule, c.value)).toBe(c.expected);
  });
});

describe('text fields', () => {
  it('store what they checked: trimmed text, a normalised e-mail and handle, passwords as typed', async () => {
    const pipe = createValidationPipe();
    const registered = (await pipe.transform(
      { email: ' Jan@Example.PL ', password: ' Mocne-haslo-1 ', displayName: '  Jan Kowalski ' },
      { type: 'body', metatype: RegisterInput },
    )) as RegisterInput;
    expect(registered).toMatchObject({
      email: 'jan@example.pl',
      password: ' Mocne-haslo-1 ',
      displayName: 'Jan Kowalski',
    });

    const login = (await pipe.transform(
      { email: 'jan@example.pl', password: ' spacja ' },
      { type: 'body', metatype: LoginInput },
    )) as LoginInput;
    expect(login.password).toBe(' spacja ');

    const profile = (await pipe.transform(
      { handle: '@Zofia_M ' },
      { type: 'body', metatype: UpdateProfileInput },
    )) as UpdateProfileInput;
    expect(profile.handle).toBe('zofia_m');
  });
});
