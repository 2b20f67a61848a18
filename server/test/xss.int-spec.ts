import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { DISPLAY_NAME_LIMITS, THREAD_TITLE_LIMITS, UPLOAD_CSRF_HEADER, UPLOAD_PATH } from '@ratusz/shared';
import { ensureServiceAreas, consultationInput } from './support/consultation-factories.js';
import {
  createConsultation as insertConsultation,
  download,
  SAMPLES,
  warsawDay,
} from './support/document-factories.js';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, CREATE_THREAD, REPLY } from './support/forum-factories.js';
import type { GraphQLClient, GraphQLResponse } from './support/graphql-client.js';
import { hoursFromNow } from './support/meeting-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { XSS_VECTORS } from './support/xss-vectors.js';

/* Elements that must never come out of user text, whatever their attributes. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'img',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background']);

/** What a browser would make of a URL's scheme: control characters and whitespace dropped, case folded. */
function normalisedUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f\s]/g, '').toLowerCase();
}

/** Everything in `html` that could run script or restyle the page; empty when it is inert. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if ('tagName' in node) {
      const element = node as DefaultTreeAdapterTypes.Element;
      if (FORBIDDEN_ELEMENTS.has(element.tagName.toLowerCase())) found.push(`<${element.tagName}>`);
      for (const attribute of element.attrs) {
        const name = (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name).toLowerCase();
        if (name.startsWith('on') || attribute.name.toLowerCase().startsWith('on')) found.push(`${name}=`);
        if (name === 'style') found.push('style=');
        if (URL_ATTRIBUTES.has(name) || URL_ATTRIBUTES.has(attribute.name.toLowerCase())) {
          const url = normalisedUrl(attribute.value);
          if (/^(javascript|vbscript|data|livescript):/.test(url)) found.push(`${name}="${attribute.value}"`);
        }
      }
      if (element.tagName === 'template') visit((element as DefaultTreeAdapterTypes.Template).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseFragment(html));
  return found;
}

/** Fails with the vector and the offending output, so a regression names its cause. */
function expectInert(where: string, vector: string, html: string | null | undefined): void {
  expect({ where, vector, html, dangers: dangers(html ?? '') }).toEqual({ where, vector, html, dangers: [] });
}

function dataOf<T>(where: string, vector: string, response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`${where} refused ${JSON.stringify(vector)}: ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** RFC 8187 ext-value encoding (encodeURIComponent leaves a few characters that are not attr-chars). */
const rfc8187 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A PDF upload whose file name is given in RFC 8187 form, so quotes and CR/LF reach the server verbatim. */
async function uploadNamed(
  baseUrl: string,
  cookie: string,
  consultationId: string,
  fileName: string,
): Promise<{ status: number; body: { url?: string; fileName?: string } }> {
  const boundary = `----xss${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="consultationId"\r\n\r\n${consultationId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${rfc8187(fileName)}\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    ),
    SAMPLES.pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await fetch(`${baseUrl}${UPLOAD_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie,
      [UPLOAD_CSRF_HEADER]: '1',
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as { url?: string; fileName?: string } };
}

describe('XSS vectors through every place user text reaches HTML', () => {
  let t: TestApp;
  let uploadDir: string;
  let official: RegisteredUser;
  let municipalityId: string;
  let categoryId: string;
  let draftConsultationId: string;

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-xss-'));
    t = await startTestApp({ config: { uploadDir } });
    await ensureServiceAreas(t.db);
    const municipality = await createMunicipality(t.db, { name: 'Ząbki' });
    municipalityId = municipality.id;
    categoryId = await createCategory(t.db, { municipalityId });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Anna' });
    await grantRole(t.db, official.id, municipalityId, 'OFFICIAL');
    draftConsultationId = await insertConsultation(t.db, {
      municipalityId,
      organiserId: official.id,
      phases: [
        { kind: 'DIAGNOSIS', startsOn: warsawDay(-5), endsOn: warsawDay(1) },
        { kind: 'DRAFT_CONSULTATION', startsOn: warsawDay(2), endsOn: warsawDay(20) },
      ],
    });
  });
  afterAll(async () => {
    await t?.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  it(`has a large corpus (${XSS_VECTORS.length} vectors)`, () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(XSS_VECTORS).size).toBe(XSS_VECTORS.length);
    // The checker itself must see what a browser would run, or every test below passes vacuously.
    expect(dangers('<p>ok <a href="https://example.pl">x</a></p>')).toEqual([]);
    expect(dangers('<a href=" &#106;ava&#x0A;script:alert(1)">x</a>')).toHaveLength(1);
    expect(dangers('<svg><a xlink:href="javascript:alert(1)"></a></svg>')).toEqual([
      '<svg>',
      'xlink:href="javascript:alert(1)"',
    ]);
    expect(dangers('<b onclick=x style="color:red">x</b><script></script>')).toEqual([
      'onclick=',
      'style=',
      '<script>',
    ]);
  });

  it('forum: thread bodies, replies and the preview are inert; titles come back as the plain text sent', async () => {
    const client: GraphQLClient = official.client;
    for (const vector of XSS_VECTORS) {
      const title = vector.slice(0, THREAD_TITLE_LIMITS.max);
      const created = dataOf(
        'createThread',
        vector,
        await client.request<{ createThread: { id: string; title: string } }>(CREATE_THREAD, {
          input: { categoryId, title, body: vector },
        }),
      ).createThread;
      expect(created.title).toBe(title.trim());

      const read = dataOf(
        'forumThread',
        vector,
        await client.request<{ forumThread: { title: string }; threadPosts: { nodes: { bodyHtml: string | null }[] } }>(
          `query($id: ID!) { forumThread(id: $id) { title } threadPosts(threadId: $id, first: 5) { nodes { bodyHtml } } }`,
          { id: created.id },
        ),
      );
      const thread = read.forumThread;
      for (const post of read.threadPosts.nodes) expectInert('first post', vector, post.bodyHtml);
      expect(thread.title).toBe(title.trim());

      const replied = dataOf(
        'replyToPost',
        vector,
        await client.request<{ replyToPost: { bodyHtml: string } }>(REPLY, {
          input: { threadId: created.id, body: vector },
        }),
      ).replyToPost;
      expectInert('reply', vector, replied.bodyHtml);

      const preview = dataOf(
        'previewMarkdown',
        vector,
        await client.request<{ previewMarkdown: string }>('query($b: String!) { previewMarkdown(body: $b) }', {
          b: vector,
        }),
      ).previewMarkdown;
      expectInert('previewMarkdown', vector, preview);
    }
  });

  it('consultations: summary and goal are inert', async () => {
    const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { summaryHtml goalHtml } }`;
    for (const vector of XSS_VECTORS) {
      const created = dataOf(
        'createConsultation',
        vector,
        await official.client.request<{ createConsultation: { summaryHtml: string; goalHtml: string } }>(CREATE, {
          input: consultationInput(municipalityId, { summary: vector, goal: vector }),
        }),
      ).createConsultation;
      expectInert('summaryHtml', vector, created.summaryHtml);
      expectInert('goalHtml', vector, created.goalHtml);
    }
  });

  it('meetings: description and minutes are inert', async () => {
    const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id descriptionHtml } }`;
    const MINUTES = `mutation($input: SetMeetingMinutesInput!) { setMeetingMinutes(input: $input) { minutesHtml } }`;
    for (const vector of XSS_VECTORS) {
      const created = dataOf(
        'createMeeting',
        vector,
        await official.client.request<{ createMeeting: { id: string; descriptionHtml: string } }>(CREATE, {
          input: {
            municipalityId,
            kind: 'WORKSHOP',
            title: 'Warsztaty',
            description: vector,
            startsAt: hoursFromNow(-3),
            endsAt: hoursFromNow(-1),
            address: 'Urząd Gminy',
          },
        }),
      ).createMeeting;
      expectInert('descriptionHtml', vector, created.descriptionHtml);
      const minutes = dataOf(
        'setMeetingMinutes',
        vector,
        await official.client.request<{ setMeetingMinutes: { minutesHtml: string } }>(MINUTES, {
          input: { meetingId: created.id, minutes: vector },
        }),
      ).setMeetingMinutes;
      expectInert('minutesHtml', vector, minutes.minutesHtml);
    }
  });

  it('drafts: every paragraph is inert', async () => {
    const PUBLISH = `mutation($input: PublishDraftInput!) { publishDraft(input: $input) { paragraphs { html } } }`;
    for (const vector of XSS_VECTORS) {
      const draft = dataOf(
        'publishDraft',
        vector,
        await official.client.request<{ publishDraft: { paragraphs: { html: string }[] } }>(PUBLISH, {
          input: { consultationId: draftConsultationId, title: 'Projekt uchwały', source: vector },
        }),
      ).publishDraft;
      for (const paragraph of draft.paragraphs) expectInert('draft paragraph', vector, paragraph.html);
    }
  });

  it('profile: the display name comes back as the plain text sent', async () => {
    const resident = await registerUser(t.client());
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`;
    for (const vector of XSS_VECTORS) {
      const name = vector.slice(0, DISPLAY_NAME_LIMITS.max);
      const response = await resident.client.request<{ updateProfile: { displayName: string } }>(UPDATE, {
        input: { displayName: name },
      });
      // Names a rule refuses (e.g. too short once trimmed) must be refused with a code, never half-accepted.
      if (response.errors?.length) expect(response.errors[0].extensions?.code).toBeTruthy();
      else expect(response.data?.updateProfile.displayName).toBe(name.trim());
    }
  });

  it('documents: a hostile file name cannot inject headers or markup into the download', async () => {
    for (const fileName of [
      '"><script>alert(1)</script>.pdf',
      'raport\r\nSet-Cookie: session=stolen\r\nX-Injected: 1.pdf',
      'raport";\r\n\r\n<script>alert(1)</script>.pdf',
      "a'; filename*=UTF-8''evil.html.pdf",
    ]) {
      const uploaded = await uploadNamed(t.url, official.client.cookie!, draftConsultationId, fileName);
      expect({ fileName, status: uploaded.status, body: uploaded.body }).toMatchObject({ fileName, status: 201 });
      const got = await download(`${t.url}${uploaded.body.url}`, official.client.cookie);
      expect(got.status).toBe(200);
      expect(got.headers['set-cookie']).toBeUndefined();
      expect(got.headers['x-injected']).toBeUndefined();
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      const disposition = got.headers['content-disposition']!;
      // One attachment with a quoted ASCII name free of quotes and control characters, and the exact name encoded.
      expect(disposition).toMatch(
        /^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[^\s";]+$/,
      );
      const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)![1];
      expect(decodeURIComponent(encoded)).toBe(uploaded.body.fileName);
    }
  });
});
