import { describe, expect, it } from '@jest/globals';
import { FieldErrorCode, type FieldError } from '@ratusz/shared';
import { decodeFieldError, encodeFieldError, partitionFieldErrors, toValidate } from './fieldRules';

describe('field error codec', () => {
  it('round-trips a code with its params under the field it is read for', () => {
    const message = encodeFieldError({ code: FieldErrorCode.TOO_SHORT, params: { min: 2 } });
    expect(decodeFieldError('displayName', message)).toEqual({
      field: 'displayName',
      code: FieldErrorCode.TOO_SHORT,
      params: { min: 2 },
    });
  });

  it('keeps a code without params without params, and drops the field a check named', () => {
    const fromCheck: FieldError = { field: 'elsewhere', code: FieldErrorCode.REQUIRED, params: {} };
    const message = encodeFieldError(fromCheck);
    expect(decodeFieldError('email', message)).toEqual({ field: 'email', code: FieldErrorCode.REQUIRED });
  });

  it('reads no message as no error', () => {
    expect(decodeFieldError('email', undefined)).toBeNull();
    expect(decodeFieldError('email', '')).toBeNull();
  });

  it('shows a message that is not ours (a plain sentence, an unknown code, bad params) as INVALID', () => {
    for (const message of ['Pole jest wymagane', '["NO_SUCH_CODE"]', '{"code":"REQUIRED"}', '[42]']) {
      expect(decodeFieldError('email', message)).toEqual({ field: 'email', code: FieldErrorCode.INVALID });
    }
    expect(decodeFieldError('email', '["TOO_LONG",{"max":{"nested":1}}]')).toEqual({
      field: 'email',
      code: FieldErrorCode.TOO_LONG,
    });
  });
});

describe('toValidate', () => {
  const validate = toValidate((value: string, values: { confirm: string }) =>
    value === values.confirm ? null : { code: FieldErrorCode.INVALID },
  );

  it('answers true when the check passes', () => {
    expect(validate('a', { confirm: 'a' })).toBe(true);
  });

  it('answers the encoded error when it fails', () => {
    const result = validate('a', { confirm: 'b' });
    expect(typeof result).toBe('string');
    expect(decodeFieldError('x', result as string)).toEqual({ field: 'x', code: FieldErrorCode.INVALID });
  });
});

describe('server field errors', () => {
  const errors = [
    { field: 'input.extra', code: FieldErrorCode.INVALID },
    { field: 'handle', code: FieldErrorCode.HANDLE_TAKEN },
    { field: 'displayName', code: FieldErrorCode.TOO_SHORT, params: { min: 2 } },
    { field: 'handle', code: FieldErrorCode.INVALID },
  ];

  it('go to the fields the form has, the first per field, and the rest to the summary', () => {
    expect(partitionFieldErrors(errors, ['displayName', 'handle'])).toEqual({
      onFields: [errors[1], errors[2]],
      elsewhere: [errors[0]],
    });
  });
});
