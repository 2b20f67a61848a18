import { Field, InputType } from '@nestjs/graphql';
import { FieldErrorCode, PASSWORD_POLICY } from '@ratusz/shared';
import { DomainError } from '../errors/domain-error.js';
import { EmailField, StrongPasswordField, TextField } from './field-rules.js';
import { createValidationPipe } from './validation.pipe.js';

@InputType()
class SampleInput {
  @Field()
  @EmailField()
  email!: string;

  @Field()
  @StrongPasswordField()
  password!: string;

  @Field()
  @TextField(2, 5)
  name!: string;
}

async function validate(value: Record<string, unknown>): Promise<unknown> {
  try {
    return await createValidationPipe().transform(value, { type: 'body', metatype: SampleInput });
  } catch (error) {
    return error;
  }
}

describe('validation pipe', () => {
  it('refuses the NUL character anywhere in the input (PostgreSQL text cannot hold it), naming the field', async () => {
    const error = await validate({ email: 'jan@example.pl', password: 'Zażółć-gęślą1', name: 'Ja\u0000n' });
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).extensions.fieldErrors).toEqual([{ field: 'name', code: FieldErrorCode.INVALID }]);
  });

  it('turns class-validator failures into one coded error per field', async () => {
    const error = await validate({ email: 'nope', password: 'abc', name: 'x' });
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).extensions.fieldErrors).toEqual([
      { field: 'email', code: FieldErrorCode.EMAIL_INVALID },
      {
        field: 'password',
        code: FieldErrorCode.PASSWORD_WEAK,
        params: { minLength: PASSWORD_POLICY.minLength, minClasses: PASSWORD_POLICY.minClasses },
      },
      { field: 'name', code: FieldErrorCode.TOO_SHORT, params: { min: 2 } },
    ]);
  });

  it('reports a missing value as REQUIRED and an overlong one as TOO_LONG', async () => {
    const error = (await validate({ email: '', password: '', name: 'abcdef' })) as DomainError;
    expect(error.extensions.fieldErrors).toEqual([
      { field: 'email', code: FieldErrorCode.REQUIRED },
      { field: 'password', code: FieldErrorCode.REQUIRED },
      { field: 'name', code: FieldErrorCode.TOO_LONG, params: { max: 5 } },
    ]);
  });

  it('normalises e-mails (trim, lower case) before checking them', async () => {
    const value = (await validate({
      email: '  Jan@Example.PL ',
      password: 'Mocne-haslo-1',
      name: 'Jan',
    })) as SampleInput;
    expect(value.email).toBe('jan@example.pl');
  });

  it('drops properties the input class does not declare', async () => {
    const value = (await validate({
      email: 'a@b.pl',
      password: 'Mocne-haslo-1',
      name: 'Jan',
      isAdmin: true,
    })) as Record<string, unknown>;
    expect(value).not.toHaveProperty('isAdmin');
  });
});
