import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DOCUMENT_LIMITS } from '@ratusz/shared';
import { download, filesUnder, SAMPLES, upload, type UploadResponse } from './support/document-factories.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE_NETWORK = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`;
const ADD_MEMBER = `mutation($n: ID!, $m: ID!) { addNetworkMember(networkId: $n, municipalityId: $m) { id } }`;
const ADD_COORDINATOR = `mutation($n: ID!, $u: ID!) { addNetworkCoordinator(networkId: $n, userId: $u) { id } }`;
const SET_PUBLIC = `mutation($n: ID!, $p: Boolean!) { setNetworkIndicatorsPublic(networkId: $n, indicatorsPublic: $p) { id } }`;
const DOCUMENTS = `query($n: ID!, $first: Int, $after: String) {
  networkDocuments(networkId: $n, first: $first, after: $after) {
    nodes { id title fileName mimeType url uploader { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const FLAGS = `query($id: ID!) { network(id: $id) { viewerCanSeeDocuments viewerCanManageDocuments } }`;
const RENAME = `mutation($input: RenameDocumentInput!) { renameDocument(input: $input) { id title } }`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) { id } }`;

interface Page {
  networkDocuments: {
    nodes: { id: string; title: string; fileName: string; url: string; uploader: { id: string } | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('network documents', () => {
  let t: TestApp;
  let uploadDir: string;
  let admin: RegisteredUser;
  let coordinator: RegisteredUser;
  let memberOfficial: RegisteredUser;
  let outsideOfficial: RegisteredUser;
  let resident: RegisteredUser;
  let networkId: string;
  let internalId: string;
  let counter = 0;

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-network-uploads-'));
    t = await startTestApp({ config: { uploadDir } });
    const member = await createMunicipality(t.db, { name: 'Biecz' });
    const outside = await createMunicipality(t.db, { name: 'Gorlice' });
    admin = await registerUser(t.client(), { displayName: 'Administrator' });
    coordinator = await registerUser(t.client(), { displayName: 'Koordynatorka' });
    memberOfficial = await registerUser(t.client(), { displayName: 'Urzędnik Biecza' });
    outsideOfficial = await registerUser(t.client(), { displayName: 'Urzędniczka Gorlic' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkanka' });
    await makeAdmin(t.db, admin.id);
    await grantRole(t.db, memberOfficial.id, member.id, 'OFFICIAL');
    await grantRole(t.db, outsideOfficial.id, outside.id, 'OFFICIAL');
    for (const [name, isPublic] of [
      ['Sieć monitorowania usług', true],
      ['Grupa wymiany: odpady', false],
    ] as const) {
      const { createNetwork } = await admin.client.data<{ createNetwork: { id: string } }>(CREATE_NETWORK, {
        input: { name, kind: isPublic ? 'MONITORING_NETWORK' : 'EXCHANGE_GROUP' },
      });
      await admin.client.data(ADD_COORDINATOR, { n: createNetwork.id, u: coordinator.id });
      await admin.client.data(ADD_MEMBER, { n: createNetwork.id, m: member.id });
      await admin.client.data(SET_PUBLIC, { n: createNetwork.id, p: isPublic });
      if (isPublic) networkId = createNetwork.id;
      else internalId = createNetwork.id;
    }
  });
  afterAll(async () => {
    await t?.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  /** A PDF of its own bytes, so each upload is a distinct file. */
  const pdf = () => Buffer.from(`%PDF-1.4\n% sieć ${++counter}\n%%EOF\n`);
  const send = (who: RegisteredUser | null, fields: Record<string, string>, content = pdf(), fileName = 'plan.pdf') =>
    upload(t.url, { cookie: who?.client.cookie ?? null, fields, fileName, content });
  const codeOf = (response: UploadResponse) => response.body.errors?.[0]?.extensions.code;
  const rowCount = async () => Number((await t.db.query('SELECT count(*)::int AS n FROM documents'))[0].n);
  const list = (client: GraphQLClient, n: string, first = 20, after?: string | null) =>
    client.request<Page>(DOCUMENTS, { n, first, after });

  it('lets coordinators and administrators upload, stored as the network’s documents', async () => {
    const byCoordinator = await send(coordinator, { networkId, title: 'Harmonogram spotkań 2026' });
    expect(byCoordinator.status).toBe(201);
    expect(byCoordinator.body).toMatchObject({ title: 'Harmonogram spotkań 2026', mimeType: 'application/pdf' });
    const [row] = await t.db.query(
      'SELECT kind, network_id, consultation_id, municipality_id, uploaded_by FROM documents WHERE id = $1',
      [byCoordinator.body.id],
    );
    expect(row).toEqual({
      kind: 'NETWORK',
      network_id: networkId,
      consultation_id: null,
      municipality_id: null,
      uploaded_by: coordinator.id,
    });

    const byAdmin = await send(admin, { networkId, kind: 'NETWORK' }, pdf(), 'Raport roczny.pdf');
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.title).toBe('Raport roczny');

    const page = (await list(resident.client, networkId)).data!.networkDocuments;
    expect(page.nodes.map((node) => node.id)).toEqual([byAdmin.body.id, byCoordinator.body.id]);
    expect(page.nodes[1].uploader).toEqual({ id: coordinator.id });
  });

  it('refuses uploads from everyone else, and bad forms, with clear codes and nothing stored', async () => {
    const before = await rowCount();
    const files = await filesUnder(uploadDir);
    for (const who of [memberOfficial, outsideOfficial, resident]) {
      const refused = await send(who, { networkId });
      expect([refused.status, codeOf(refused)]).toEqual([403, 'FORBIDDEN']);
    }
    const anonymous = await send(null, { networkId });
    expect([anonymous.status, codeOf(anonymous)]).toEqual([401, 'UNAUTHENTICATED']);
    const unknown = await send(coordinator, { networkId: '00000000-0000-4000-8000-000000000000' });
    expect([unknown.status, codeOf(unknown)]).toEqual([404, 'NOT_FOUND']);
    const malformed = await send(coordinator, { networkId: 'sieć' });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.body.errors?.[0].extensions).toMatchObject({
      fieldErrors: [{ field: 'networkId', code: 'INVALID' }],
    });
    const twoOwners = await send(coordinator, { networkId, consultationId: '00000000-0000-4000-8000-000000000000' });
    expect(twoOwners.body.errors?.[0].extensions).toMatchObject({
      fieldErrors: [{ field: 'networkId', code: 'INVALID' }],
    });
    const wrongKind = await send(coordinator, { networkId, kind: 'PROPOSAL_ATTACHMENT' });
    expect(wrongKind.body.errors?.[0].extensions).toMatchObject({ fieldErrors: [{ field: 'kind', code: 'INVALID' }] });
    const longTitle = await send(coordinator, { networkId, title: 'x'.repeat(DOCUMENT_LIMITS.titleMax + 1) });
    expect(longTitle.body.errors?.[0].extensions).toMatchObject({
      fieldErrors: [{ field: 'title', code: 'TOO_LONG' }],
    });

    const wrongType = await send(coordinator, { networkId }, SAMPLES.html, 'plan.pdf');
    expect([wrongType.status, codeOf(wrongType)]).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);

    const chunk = Buffer.alloc(64 * 1024);
    let sent = 0;
    const stream = new Readable({
      read() {
        if (sent >= DOCUMENT_LIMITS.maxBytes + 256 * 1024) return this.push(null);
        sent += chunk.length;
        this.push(chunk);
      },
    });
    const tooLarge = await upload(t.url, {
      cookie: coordinator.client.cookie,
      fields: { networkId },
      fileName: 'duzy.pdf',
      content: SAMPLES.pdf,
      stream,
    });
    expect([tooLarge.status, codeOf(tooLarge)]).toEqual([413, 'FILE_TOO_LARGE']);

    expect(await rowCount()).toBe(before);
    expect(await filesUnder(uploadDir)).toEqual(files);
  });

  it('keeps an internal network’s documents to those inside it', async () => {
    const uploaded = await send(coordinator, { networkId: internalId, title: 'Wyniki ankiety (robocze)' });
    expect(uploaded.status).toBe(201);
    const url = `${t.url}${uploaded.body.url}`;

    for (const who of [coordinator, memberOfficial, admin]) {
      const page = (await list(who.client, internalId)).data!.networkDocuments;
      expect(page.nodes.map((node) => node.id)).toEqual([uploaded.body.id]);
      expect((await download(url, who.client.cookie)).status).toBe(200);
      expect((await who.client.data(FLAGS, { id: internalId })).network).toMatchObject({
        viewerCanSeeDocuments: true,
      });
    }
    for (const client of [outsideOfficial.client, resident.client, t.client()]) {
      expect(errorCode(await list(client, internalId))).toBe('FORBIDDEN');
      expect((await download(url, client.cookie)).status).toBe(404);
      expect((await client.data(FLAGS, { id: internalId })).network).toEqual({
        viewerCanSeeDocuments: false,
        viewerCanManageDocuments: false,
      });
    }
    // A public network's documents are everyone's, anonymous visitors included.
    const [publicDocument] = (await list(t.client(), networkId)).data!.networkDocuments.nodes;
    expect((await download(`${t.url}${publicDocument.url}`, null)).status).toBe(200);
    expect((await coordinator.client.data(FLAGS, { id: networkId })).network).toEqual({
      viewerCanSeeDocuments: true,
      viewerCanManageDocuments: true,
    });
    expect((await memberOfficial.client.data(FLAGS, { id: networkId })).network).toEqual({
      viewerCanSeeDocuments: true,
      viewerCanManageDocuments: false,
    });
  });

  it('pages through the documents newest first, each once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await send(coordinator, { networkId: internalId, title: `Protokół ${i}` })).body.id!);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page['networkDocuments'] = (await list(memberOfficial.client, internalId, 2, after)).data!
        .networkDocuments;
      expect(page.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.slice(0, 5)).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(6);
    expect(errorCode(await list(memberOfficial.client, internalId, 0))).toBe('BAD_USER_INPUT');
    expect(errorCode(await list(memberOfficial.client, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('lets coordinators rename and remove them; members and outsiders are refused', async () => {
    const uploaded = await send(coordinator, { networkId: internalId, title: 'Do usunięcia' });
    const id = uploaded.body.id!;
    expect(errorCode(await memberOfficial.client.request(DELETE, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await memberOfficial.client.request(RENAME, { input: { documentId: id, title: 'X' } }))).toBe(
      'FORBIDDEN',
    );
    // Outside an internal network the document does not exist for them.
    expect(errorCode(await outsideOfficial.client.request(DELETE, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await t.client().request(DELETE, { id }))).toBe('UNAUTHENTICATED');

    const renamed = await coordinator.client.data<{ renameDocument: { title: string } }>(RENAME, {
      input: { documentId: id, title: 'Protokół ze spotkania' },
    });
    expect(renamed.renameDocument.title).toBe('Protokół ze spotkania');
    expect(await coordinator.client.data(DELETE, { id })).toEqual({ deleteDocument: { id } });
    const left = (await list(coordinator.client, internalId, 50)).data!.networkDocuments.nodes;
    expect(left.map((node) => node.id)).not.toContain(id);
    expect((await download(`${t.url}${uploaded.body.url}`, coordinator.client.cookie)).status).toBe(404);
  });
});
