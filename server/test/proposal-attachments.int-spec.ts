import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import {
  PROPOSAL_MAX_DOCUMENTS,
  SOCKET_PATH,
  type ClientToServerEvents,
  type ConsultationEvent,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { ensureServiceAreas } from './support/consultation-factories.js';
import {
  createConsultation,
  download,
  filesUnder,
  SAMPLES,
  setPhases,
  upload,
  warsawDay,
  type TestPhase,
  type UploadResponse,
} from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { HIDE } from './support/moderation-factories.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ATTACHMENT_FIELDS = `id status organizationId viewerCanManageAttachments
  attachments { id title fileName mimeType sizeBytes url uploader { id } }`;
const SUBMIT = `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { ${ATTACHMENT_FIELDS} } }`;
const ATTACH = `mutation($input: AttachProposalDocumentsInput!) {
  attachProposalDocuments(input: $input) { ${ATTACHMENT_FIELDS} }
}`;
const REMOVE = `mutation($p: ID!, $d: ID!) { removeProposalAttachment(proposalId: $p, documentId: $d) { ${ATTACHMENT_FIELDS} } }`;
const READ = `query($id: ID!) { proposal(id: $id) { ${ATTACHMENT_FIELDS} } }`;
const REVIEW = `mutation($input: ReviewProposalInput!) { reviewProposal(input: $input) { id status } }`;
const OFFICIAL_DOCUMENTS = `query($c: ID!) {
  consultationDocuments(consultationId: $c, first: 50) { nodes { id } }
  consultation(id: $c) { contentCounts { documents } }
}`;
const LIST = `query($c: ID!) { proposals(consultationId: $c, first: 50) { nodes { id attachments { id fileName } } } }`;

interface Attachment {
  id: string;
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  url: string;
  uploader: { id: string } | null;
}
interface ProposalView {
  id: string;
  status: string;
  organizationId: string | null;
  viewerCanManageAttachments: boolean;
  attachments: Attachment[];
}

const OPEN: TestPhase[] = [
  { kind: 'PROPOSALS', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
  { kind: 'VOTING', startsOn: warsawDay(6), endsOn: warsawDay(20) },
];
const VOTING: TestPhase[] = [
  { kind: 'PROPOSALS', startsOn: warsawDay(-20), endsOn: warsawDay(-6) },
  { kind: 'VOTING', startsOn: warsawDay(-5), endsOn: warsawDay(5) },
];

describe('proposal attachments', () => {
  let t: TestApp;
  let uploadDir: string;
  let gmina: { id: string };
  let official: RegisteredUser;
  let moderator: RegisteredUser;
  let author: RegisteredUser;
  let resident: RegisteredUser;
  let ngoMember: RegisteredUser;
  let organisationId: string;
  let sequence = 0;

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-attachments-'));
    t = await startTestApp({ config: { uploadDir } });
    await ensureServiceAreas(t.db);
    gmina = await createMunicipality(t.db, { name: 'Gmina Załącznikowa' });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Ewa' });
    moderator = await registerUser(t.client(), { displayName: 'Moderator Olek' });
    author = await registerUser(t.client(), { displayName: 'Autorka Zofia' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkaniec Jan' });
    ngoMember = await registerUser(t.client(), { displayName: 'Członkini Fundacji' });
    await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
    await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
    // One statement: an organisation must have its owner by the end of the transaction that creates it.
    [{ id: organisationId }] = await t.db.query(
      `WITH o AS (INSERT INTO organisations (name) VALUES ('Fundacja Zieleń') RETURNING id)
       INSERT INTO organisation_members (organisation_id, user_id, role) SELECT id, $1, 'OWNER' FROM o
       RETURNING organisation_id AS id`,
      [ngoMember.id],
    );
  });
  afterAll(async () => {
    await t?.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  const consultation = (phases: TestPhase[] = OPEN) =>
    createConsultation(t.db, { municipalityId: gmina.id, organiserId: official.id, phases });

  /** A distinct PDF each time, so no two tests share a stored file by accident. */
  function pdf(): Buffer {
    return Buffer.concat([SAMPLES.pdf, Buffer.from(`\n% ${++sequence} ${Date.now()}\n`)]);
  }

  function send(
    who: RegisteredUser,
    consultationId: string,
    options: { fileName?: string; content?: Buffer; kind?: string } = {},
  ): Promise<UploadResponse> {
    return upload(t.url, {
      cookie: who.client.cookie,
      fields: { consultationId, kind: options.kind ?? 'PROPOSAL_ATTACHMENT' },
      fileName: options.fileName ?? 'mapa.pdf',
      content: options.content ?? pdf(),
    });
  }

  async function uploaded(who: RegisteredUser, consultationId: string, fileName = 'mapa.pdf'): Promise<string> {
    const response = await send(who, consultationId, { fileName });
    expect(response.status).toBe(201);
    return response.body.id!;
  }

  async function submit(
    client: GraphQLClient,
    consultationId: string,
    extra: Record<string, unknown> = {},
  ): Promise<ProposalView> {
    const input = {
      consultationId,
      title: `Propozycja ${++sequence}`,
      body: 'Uzasadnienie propozycji z załącznikami.',
      serviceArea: 'TRANSPORT',
      ...extra,
    };
    return (await client.data<{ submitProposal: ProposalView }>(SUBMIT, { input })).submitProposal;
  }

  const attach = (client: GraphQLClient, proposalId: string, documentIds: string[]) =>
    client.request<{ attachProposalDocuments: ProposalView }>(ATTACH, { input: { proposalId, documentIds } });
  const read = async (client: GraphQLClient, id: string) =>
    (await client.data<{ proposal: ProposalView | null }>(READ, { id })).proposal;
  const documentRows = async () => Number((await t.db.query('SELECT count(*)::int AS n FROM documents'))[0].n);
  const codeOf = (response: UploadResponse) => response.body.errors?.[0]?.extensions.code;

  /** A refused upload leaves no file (not even a temporary one) and no row. */
  async function refused(run: () => Promise<UploadResponse>): Promise<UploadResponse> {
    const filesBefore = await filesUnder(uploadDir);
    const rowsBefore = await documentRows();
    const response = await run();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await filesUnder(uploadDir)).toEqual(filesBefore);
    expect(await documentRows()).toBe(rowsBefore);
    return response;
  }

  it('lets an NGO member upload a file and submit it with a proposal on behalf of the organisation', async () => {
    const consultationId = await consultation();
    const content = pdf();
    const response = await send(ngoMember, consultationId, { fileName: 'Plan zieleni.pdf', content });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ fileName: 'Plan zieleni.pdf', mimeType: 'application/pdf' });

    const made = await submit(ngoMember.client, consultationId, { documentIds: [response.body.id], organisationId });
    expect(made.organizationId).toBe(organisationId);
    expect(made.viewerCanManageAttachments).toBe(true);
    expect(made.attachments).toEqual([
      expect.objectContaining({
        id: response.body.id,
        fileName: 'Plan zieleni.pdf',
        sizeBytes: content.length,
        uploader: { id: ngoMember.id },
      }),
    ]);

    // Everyone who sees the proposal sees and downloads the file, through the documents' safe download.
    const seen = await read(t.client(), made.id);
    expect(seen?.attachments.map((a) => a.id)).toEqual([response.body.id]);
    expect(seen?.viewerCanManageAttachments).toBe(false);
    const file = await download(`${t.url}${seen!.attachments[0].url}`, resident.client.cookie);
    expect(file.status).toBe(200);
    expect(file.body.equals(content)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('lets the author attach to their own proposal afterwards, and no other resident', async () => {
    const consultationId = await consultation();
    const made = await submit(author.client, consultationId);
    const first = await uploaded(author, consultationId, 'pierwszy.pdf');
    const second = await uploaded(author, consultationId, 'drugi.pdf');
    const attached = await author.client.data<{ attachProposalDocuments: ProposalView }>(ATTACH, {
      input: { proposalId: made.id, documentIds: [second, first] },
    });
    expect(attached.attachProposalDocuments.attachments.map((a) => a.fileName)).toEqual(['drugi.pdf', 'pierwszy.pdf']);

    // Another resident can neither attach their own upload to it, nor remove the author's file.
    const theirs = await uploaded(resident, consultationId);
    expect(errorCode(await attach(resident.client, made.id, [theirs]))).toBe('FORBIDDEN');
    expect(errorCode(await resident.client.request(REMOVE, { p: made.id, d: first }))).toBe('FORBIDDEN');
    // Nor can the author attach someone else's upload, or one already attached.
    const foreign = await attach(author.client, made.id, [theirs]);
    expect(foreign.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'documentIds', code: 'NOT_FOUND' }]);
    const other = await submit(author.client, consultationId);
    const twice = await attach(author.client, other.id, [first]);
    expect(twice.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'documentIds', code: 'NOT_FOUND' }]);
    expect((await read(author.client, made.id))?.attachments.map((a) => a.id)).toEqual([second, first]);
  });

  it('lets an official of the consultation attach and remove at any time, even under review', async () => {
    const consultationId = await consultation();
    const made = await submit(author.client, consultationId);
    await official.client.data(REVIEW, { input: { id: made.id, status: 'UNDER_REVIEW' } });
    const officialsFile = await uploaded(official, consultationId, 'opinia-urzedu.pdf');
    const attached = await official.client.data<{ attachProposalDocuments: ProposalView }>(ATTACH, {
      input: { proposalId: made.id, documentIds: [officialsFile] },
    });
    expect(attached.attachProposalDocuments.attachments.map((a) => a.uploader?.id)).toEqual([official.id]);
    expect((await read(official.client, made.id))?.viewerCanManageAttachments).toBe(true);
    expect((await read(author.client, made.id))?.viewerCanManageAttachments).toBe(false);

    const removed = await official.client.data<{ removeProposalAttachment: ProposalView }>(REMOVE, {
      p: made.id,
      d: officialsFile,
    });
    expect(removed.removeProposalAttachment.attachments).toEqual([]);
    expect(await t.db.query('SELECT id FROM documents WHERE id = $1', [officialsFile])).toEqual([]);
  });

  it('keeps attachments out of the official documents, their count and the live document events', async () => {
    const consultationId = await consultation();
    const file = await uploaded(author, consultationId);
    await submit(author.client, consultationId, { documentIds: [file] });
    const listed = await official.client.data<{
      consultationDocuments: { nodes: { id: string }[] };
      consultation: { contentCounts: { documents: number } };
    }>(OFFICIAL_DOCUMENTS, { c: consultationId });
    expect(listed.consultationDocuments.nodes).toEqual([]);
    expect(listed.consultation.contentCounts.documents).toBe(0);
    const events = await t.db.query(
      `SELECT count(*)::int AS n FROM consultation_events WHERE consultation_id = $1 AND kind LIKE 'document.%'`,
      [consultationId],
    );
    expect(events[0].n).toBe(0);
    // …and the official document mutations do not reach them.
    const deleted = await official.client.request(`mutation($id: ID!) { deleteDocument(id: $id) { id } }`, {
      id: file,
    });
    expect(errorCode(deleted)).toBe('NOT_FOUND');
    expect(await t.db.query('SELECT id FROM documents WHERE id = $1', [file])).toHaveLength(1);
  });

  it('refuses bad types, too large and too many files with their codes, storing nothing', async () => {
    const consultationId = await consultation();
    const elf = await refused(() => send(author, consultationId, { fileName: 'program.pdf', content: SAMPLES.elf }));
    expect([elf.status, codeOf(elf)]).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);
    const html = await refused(() => send(author, consultationId, { fileName: 'strona.pdf', content: SAMPLES.html }));
    expect(codeOf(html)).toBe('FILE_TYPE_NOT_ALLOWED');
    const big = await refused(() =>
      upload(t.url, {
        cookie: author.client.cookie,
        fields: { consultationId, kind: 'PROPOSAL_ATTACHMENT' },
        fileName: 'duzy.pdf',
        content: SAMPLES.pdf,
        contentLength: 40 * 1024 * 1024,
        truncate: true,
      }),
    );
    expect([big.status, codeOf(big)]).toEqual([413, 'FILE_TOO_LARGE']);
    const unknownKind = await refused(() => send(author, consultationId, { kind: 'AVATAR' }));
    expect(codeOf(unknownKind)).toBe('BAD_USER_INPUT');

    // At most PROPOSAL_MAX_DOCUMENTS uploads may wait to be attached…
    const waiting: string[] = [];
    for (let i = 0; i < PROPOSAL_MAX_DOCUMENTS; i++)
      waiting.push(await uploaded(author, consultationId, `plik-${i}.pdf`));
    const sixth = await refused(() => send(author, consultationId));
    expect([sixth.status, codeOf(sixth)]).toEqual([400, 'PROPOSAL_TOO_MANY_ATTACHMENTS']);
    expect(sixth.body.errors?.[0].extensions).toMatchObject({ max: PROPOSAL_MAX_DOCUMENTS });

    // …and a proposal holds at most that many.
    const made = await submit(author.client, consultationId, { documentIds: waiting.slice(0, 4) });
    const more = [waiting[4], await uploaded(author, consultationId)];
    const linksBefore = await t.db.query('SELECT count(*)::int AS n FROM proposal_documents');
    const tooMany = await attach(author.client, made.id, more);
    expect(errorCode(tooMany)).toBe('PROPOSAL_TOO_MANY_ATTACHMENTS');
    expect(await t.db.query('SELECT count(*)::int AS n FROM proposal_documents')).toEqual(linksBefore);
    expect((await read(author.client, made.id))?.attachments).toHaveLength(4);
  });

  it('refuses the author once the proposal left SUBMITTED, and outside the proposals phase', async () => {
    const consultationId = await consultation();
    const made = await submit(author.client, consultationId);
    const file = await uploaded(author, consultationId);
    await attach(author.client, made.id, [file]);
    const later = await uploaded(author, consultationId);
    await official.client.data(REVIEW, { input: { id: made.id, status: 'UNDER_REVIEW' } });
    expect((await read(author.client, made.id))?.viewerCanManageAttachments).toBe(false);
    expect(errorCode(await attach(author.client, made.id, [later]))).toBe('PROPOSAL_NOT_EDITABLE');
    expect(errorCode(await author.client.request(REMOVE, { p: made.id, d: file }))).toBe('PROPOSAL_NOT_EDITABLE');

    // Once the proposals phase is over, residents cannot even upload, and nothing is stored.
    const open = await submit(author.client, consultationId);
    await setPhases(t.db, consultationId, VOTING);
    expect((await read(author.client, open.id))?.viewerCanManageAttachments).toBe(false);
    const closed = await refused(() => send(resident, consultationId));
    expect([closed.status, codeOf(closed)]).toEqual([409, 'PHASE_CLOSED']);
    expect(errorCode(await attach(author.client, open.id, [later]))).toBe('PHASE_CLOSED');
  });

  it('lets the author remove an attachment while editable, deleting the file from disk', async () => {
    const consultationId = await consultation();
    const content = pdf();
    const response = await send(author, consultationId, { content });
    const made = await submit(author.client, consultationId, { documentIds: [response.body.id] });
    const filesBefore = await filesUnder(uploadDir);
    const removed = await author.client.data<{ removeProposalAttachment: ProposalView }>(REMOVE, {
      p: made.id,
      d: response.body.id,
    });
    expect(removed.removeProposalAttachment.attachments).toEqual([]);
    expect((await filesUnder(uploadDir)).length).toBe(filesBefore.length - 1);
    const gone = await download(`${t.url}${response.body.url}`, author.client.cookie);
    expect(gone.status).toBe(404);
  });

  it('serves an upload waiting to be attached to its uploader only', async () => {
    const consultationId = await consultation();
    const response = await send(author, consultationId);
    expect((await download(`${t.url}${response.body.url}`, author.client.cookie)).status).toBe(200);
    expect((await download(`${t.url}${response.body.url}`, resident.client.cookie)).status).toBe(404);
    expect((await download(`${t.url}${response.body.url}`)).status).toBe(404);
  });

  it("does not serve a hidden proposal's files to others", async () => {
    const consultationId = await consultation();
    const file = await uploaded(author, consultationId);
    const made = await submit(author.client, consultationId, { documentIds: [file] });
    const url = `${t.url}/api/documents/${file}/download`;
    expect((await download(url, resident.client.cookie)).status).toBe(200);

    await moderator.client.data(HIDE, { input: { kind: 'PROPOSAL', itemId: made.id, reason: 'Dane osobowe' } });
    expect((await download(url, resident.client.cookie)).status).toBe(404);
    expect((await download(url)).status).toBe(404);
    expect((await read(resident.client, made.id))?.attachments).toEqual([]);
    // Its author and the municipality's moderators and officials still see it.
    for (const who of [author, moderator, official]) {
      expect((await download(url, who.client.cookie)).status).toBe(200);
      expect((await read(who.client, made.id))?.attachments.map((a) => a.id)).toEqual([file]);
    }
  });

  it('reads the attachments of a page of proposals in one statement', async () => {
    const consultationId = await consultation();
    for (let i = 0; i < 4; i++) {
      await submit(author.client, consultationId, { documentIds: [await uploaded(author, consultationId)] });
    }
    const counted = await countStatements(t.db, () => t.client().data(LIST, { c: consultationId }));
    const attachmentReads = counted.statements.filter((sql) => sql.includes('FROM proposal_documents pd JOIN'));
    expect(attachmentReads).toHaveLength(1);
  });
  it("pushes the proposal's attachment list to its viewers on attach and remove, never a hidden one's", async () => {
    const consultationId = await consultation();
    const made = await submit(author.client, consultationId);
    const events: ConsultationEvent[] = [];
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(t.url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.on('consultation.event', (event) => events.push(event));
    await new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(undefined));
      socket.once('connect_error', reject);
    });
    const lists = () =>
      events.flatMap((e) =>
        e.kind === 'proposal.attachmentsChanged' && e.proposalId === made.id
          ? [e.attachments.map((a) => [a.fileName, a.uploaderName])]
          : [],
      );
    const received = async (count: number) => {
      const deadline = Date.now() + 5000;
      while (lists().length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return lists();
    };
    try {
      expect(await socket.timeout(5000).emitWithAck('room.join', { room: `consultation:${consultationId}` })).toEqual({
        ok: true,
      });
      const first = await uploaded(author, consultationId, 'pierwszy.pdf');
      const second = await uploaded(author, consultationId, 'drugi.pdf');
      await author.client.data(ATTACH, { input: { proposalId: made.id, documentIds: [first, second] } });
      const officials = await uploaded(official, consultationId, 'opinia.pdf');
      await official.client.data(ATTACH, { input: { proposalId: made.id, documentIds: [officials] } });
      await author.client.data(REMOVE, { p: made.id, d: first });
      expect(await received(3)).toEqual([
        [
          ['pierwszy.pdf', 'Autorka Zofia'],
          ['drugi.pdf', 'Autorka Zofia'],
        ],
        [
          ['pierwszy.pdf', 'Autorka Zofia'],
          ['drugi.pdf', 'Autorka Zofia'],
          ['opinia.pdf', 'Urzędniczka Ewa'],
        ],
        [
          ['drugi.pdf', 'Autorka Zofia'],
          ['opinia.pdf', 'Urzędniczka Ewa'],
        ],
      ]);
      const pushed = events.find((e) => e.kind === 'proposal.attachmentsChanged');
      expect(pushed?.kind === 'proposal.attachmentsChanged' && pushed.attachments[0]).toMatchObject({
        id: first,
        url: `/api/documents/${first}/download`,
        uploaderId: author.id,
        mimeType: 'application/pdf',
      });

      // Once hidden, its files are not the public room's business.
      await moderator.client.data(HIDE, { input: { kind: 'PROPOSAL', itemId: made.id, reason: 'Dane osobowe' } });
      await official.client.data(REMOVE, { p: made.id, d: second });
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM consultation_events WHERE consultation_id = $1 AND kind = 'proposal.attachmentsChanged'`,
        [consultationId],
      );
      expect(n).toBe(3);
    } finally {
      socket.disconnect();
    }
  });
});
