import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DOCUMENT_LIMITS } from '@ratusz/shared';
import { attachmentProblemOf, checkAttachments } from './attachments';

const file = (name: string, size: number, type = '') => new File([new Uint8Array(size)], name, { type });

describe('proposal attachments before upload', () => {
  it('accepts allowed files within the room left', () => {
    expect(checkAttachments([file('plan.pdf', 10, 'application/pdf'), file('mapa.png', 10)], 2)).toBeNull();
    expect(checkAttachments([], 0)).toBeNull();
  });

  it('refuses too many, too large and wrong types, naming the file', () => {
    expect(checkAttachments([file('a.pdf', 10), file('b.pdf', 10)], 1)).toEqual({ code: 'TOO_MANY' });
    const big = { name: 'duzy.pdf', size: DOCUMENT_LIMITS.maxBytes + 1, type: 'application/pdf' } as File;
    expect(checkAttachments([big], 5)).toEqual({ code: 'FILE_TOO_LARGE', name: 'duzy.pdf' });
    expect(checkAttachments([file('skrypt.exe', 10)], 5)).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
      name: 'skrypt.exe',
    });
  });

  it("reads the server's refusals of files, and nothing else", () => {
    const refused = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code } }] });
    expect(attachmentProblemOf(refused('PROPOSAL_TOO_MANY_ATTACHMENTS'), [])).toEqual({ code: 'TOO_MANY' });
    expect(attachmentProblemOf(refused('PHASE_CLOSED'), [])).toEqual({ code: 'PHASE_CLOSED' });
    expect(attachmentProblemOf(refused('FILE_TYPE_NOT_ALLOWED'), [file('x.pdf', 1)])).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
      name: 'x.pdf',
    });
    expect(attachmentProblemOf(refused('FORBIDDEN'), [])).toBeNull();
    expect(attachmentProblemOf(new TypeError('offline'), [])).toBeNull();
  });
});
