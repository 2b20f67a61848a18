import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureServiceAreas } from './support/consultation-factories.js';
import { createConsultation, filesUnder, SAMPLES, upload, warsawDay } from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { errorCode } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { UnattachedUploadCleanupService } from '../src/proposals/services/unattached-upload-cleanup.service.js';

const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id attachments { id } } }`;

/**
 * Files uploaded for proposals and never attached are deleted once they are
 * older than the grace period (UNATTACHED_UPLOAD_GRACE_HOURS, 24 h by
 * default), rows and files; the clock is moved by dating the uploads back,
 * as the other housekeeping tests do.
 */
describe('unattached upload cleanup', () => {
  let t: TestApp;
  let uploadDir: string;
  let official: RegisteredUser;
  let author: RegisteredUser;
  let consultationId: string;
  let sequence = 0;

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-unattached-'));
    t = await startTestApp({ config: { uploadDir } });
    await ensureServiceAreas(t.db);
    const gmina = await createMunicipality(t.db, { name: 'Gmina Porządkowa' });
    official = await registerUser(t.client());
    author = await registerUser(t.client());
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    consultationId = await createConsultation(t.db, {
      municipalityId: gmina.id,
      organiserId: official.id,
      phases: [{ kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) }],
    });
  });
  afterAll(async () => {
    await t?.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  function pdf(): Buffer {
    return Buffer.concat([SAMPLES.pdf, Buffer.from(`\n% ${++sequence} ${Date.now()}\n`)]);
  }

  async function uploaded(who: RegisteredUser, content: Buffer, kind = 'PROPOSAL_ATTACHMENT'): Promise<string> {
    const response = await upload(t.url, {
      cookie: who.client.cookie,
      fields: { consultationId, kind },
      fileName: 'plik.pdf',
      content,
    });
    expect(response.status).toBe(201);
    return response.body.id!;
  }

  const ageBy = (hours: number, ids: string[]) =>
    t.db.query(`UPDATE documents SET created_at = now() - make_interval(hours => $1) WHERE id = ANY($2::uuid[])`, [
      hours,
      ids,
    ]);
  const remaining = async (ids: string[]): Promise<string[]> =>
    (
      (await t.db.query(`SELECT id FROM documents WHERE id = ANY($1::uuid[])`, [ids])) as {
        id: string;
      }[]
    )
      .map((row) => row.id)
      .sort();
  const sha256Of = async (id: string): Promise<string> =>
    ((await t.db.query('SELECT sha256 FROM documents WHERE id = $1', [id])) as { sha256: string }[])[0].sha256;
  const stored = async (sha256: string) =>
    (await filesUnder(uploadDir)).includes(path.join(sha256.slice(0, 2), sha256));

  it('deletes uploads left unattached past the grace period, with their file, and nothing else', async () => {
    const abandonedBytes = pdf();
    const abandoned = await uploaded(author, abandonedBytes);
    const recent = await uploaded(author, pdf());
    const attachedBytes = pdf();
    const attached = await uploaded(author, attachedBytes);
    // The same bytes as an attached file: the row goes, the shared file stays.
    const duplicate = await uploaded(official, attachedBytes);
    const officialDocument = await uploaded(official, pdf(), 'CONSULTATION');
    await author.client.data(SUBMIT, {
      input: {
        consultationId,
        title: 'Propozycja z załącznikiem',
        body: 'Uzasadnienie.',
        serviceArea: 'TRANSPORT',
        documentIds: [attached],
      },
    });
    await ageBy(25, [abandoned, attached, duplicate, officialDocument]);
    await ageBy(23, [recent]);
    const abandonedSha = await sha256Of(abandoned);
    const attachedSha = await sha256Of(attached);
    expect(await stored(abandonedSha)).toBe(true);

    const deleted = await t.app.get(UnattachedUploadCleanupService).run();

    expect(deleted).toBe(2);
    const all = [abandoned, recent, attached, duplicate, officialDocument];
    expect(await remaining(all)).toEqual([recent, attached, officialDocument].sort());
    expect(await stored(abandonedSha)).toBe(false);
    expect(await stored(attachedSha)).toBe(true);
    // A second run finds nothing more: the job is safe to repeat.
    expect(await t.app.get(UnattachedUploadCleanupService).run()).toBe(0);
  });

  it('answers an attempt to attach a deleted upload with the usual error', async () => {
    const gone = await uploaded(author, pdf());
    await ageBy(30, [gone]);
    await t.app.get(UnattachedUploadCleanupService).run();

    const response = await author.client.request(SUBMIT, {
      input: {
        consultationId,
        title: 'Spóźniona propozycja',
        body: 'Uzasadnienie.',
        serviceArea: 'TRANSPORT',
        documentIds: [gone],
      },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'documentIds', code: 'NOT_FOUND' }),
    ]);
  });

  it('does not delete an upload whose row an attachment holds locked; the next run looks again', async () => {
    const busy = await uploaded(author, pdf());
    await ageBy(30, [busy]);
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // What attaching takes on the upload while it links it.
      await runner.query('SELECT id FROM documents WHERE id = $1 FOR KEY SHARE', [busy]);
      expect(await t.app.get(UnattachedUploadCleanupService).run()).toBe(0);
      expect(await remaining([busy])).toEqual([busy]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await t.app.get(UnattachedUploadCleanupService).run()).toBe(1);
    expect(await remaining([busy])).toEqual([]);
  });
});
