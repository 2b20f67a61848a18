import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { auditEntries, auditReader } from './support/audit-reader.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SURVEY_FIELDS = `id title access isOpen publishedAt responseCount codeCount usedCodeCount viewerCanManage
  viewerHasAnswered questions { id position kind text required options serviceArea showIfPosition showIfAnswer }`;
const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishSurvey(id: $id) { ${SURVEY_FIELDS} } }`;
const READ = `query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`;
const LIST = `query($m: ID!) { surveys(municipalityId: $m) { nodes { id title } pageInfo { hasNextPage } } }`;
const CODES = `mutation($id: ID!, $n: Int!) { generateSurveyCodes(surveyId: $id, count: $n) { codeCount usedCodeCount } }`;
const SUBMIT = `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) }`;
const RESULTS = `query($id: ID!) {
  surveyResults(id: $id) {
    responseCount
    questions { question { position kind } answered counts mean openAnswers { responseId text hidden } }
  }
}`;
const HIDE = `mutation($r: ID!, $q: ID!, $h: Boolean!) { hideSurveyAnswer(responseId: $r, questionId: $q, hidden: $h) }`;
const PUBLISH_INDICATOR = `mutation($id: ID!, $y: Int!) {
  publishSurveyAsIndicator(surveyId: $id, year: $y) { serviceArea indicatorCode year value }
}`;

interface SurveyView {
  id: string;
  access: string;
  isOpen: boolean;
  publishedAt: string | null;
  responseCount: number;
  codeCount: number;
  usedCodeCount: number;
  viewerCanManage: boolean;
  viewerHasAnswered: boolean;
  questions: { id: string; position: number; kind: string; options: string[] }[];
}

let t: TestApp;
let gmina: { id: string };
let official: RegisteredUser;
let moderator: RegisteredUser;
let resident: RegisteredUser;
let residents: RegisteredUser[];

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

function surveyInput(overrides: Record<string, unknown> = {}) {
  return {
    municipalityId: gmina.id,
    title: 'Jak oceniasz usługi gminy?',
    description: 'Ankieta satysfakcji mieszkańców 2025.',
    serviceArea: 'ADMINISTRATION',
    access: 'ACCOUNT',
    opensAt: hoursFromNow(-1),
    closesAt: hoursFromNow(48),
    questions: [
      { kind: 'LIKERT', text: 'Obsługa w urzędzie' },
      { kind: 'LIKERT', text: 'Szkoły i przedszkola', serviceArea: 'EDUCATION' },
      { kind: 'SINGLE_CHOICE', text: 'Jak załatwiasz sprawy?', options: ['W urzędzie', 'Przez internet'] },
      { kind: 'MULTIPLE_CHOICE', text: 'Co poprawić?', options: ['Kolejki', 'Godziny', 'Strona'], required: false },
      // Asked only of those who answered 1 to the first question.
      { kind: 'OPEN_TEXT', text: 'Co poszło źle?', showIfPosition: 1, showIfAnswer: 1 },
      { kind: 'OPEN_TEXT', text: 'Uwagi', required: false },
    ],
    ...overrides,
  };
}

async function createPublished(overrides: Record<string, unknown> = {}): Promise<SurveyView> {
  const { createSurvey } = await official.client.data<{ createSurvey: SurveyView }>(CREATE, {
    input: surveyInput(overrides),
  });
  const { publishSurvey } = await official.client.data<{ publishSurvey: SurveyView }>(PUBLISH, { id: createSurvey.id });
  return publishSurvey;
}

function answers(
  survey: SurveyView,
  values: { likert?: number; school?: number; single?: number; text?: string } = {},
) {
  const [q1, q2, q3, q4, q5, q6] = survey.questions;
  const list: Record<string, unknown>[] = [
    { questionId: q1.id, score: values.likert ?? 4 },
    { questionId: q2.id, score: values.school ?? 5 },
    { questionId: q3.id, choices: [values.single ?? 1] },
    { questionId: q4.id, choices: [0, 2] },
    { questionId: q6.id, text: values.text ?? 'Dziękuję' },
  ];
  if ((values.likert ?? 4) === 1) list.push({ questionId: q5.id, text: 'Długo czekałem' });
  return list;
}

function submit(client: GraphQLClient, survey: SurveyView, extra: Record<string, unknown> = {}, values = {}) {
  return client.request<{ submitSurveyResponse: boolean }>(SUBMIT, {
    input: { surveyId: survey.id, answers: answers(survey, values), ...extra },
  });
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = (await t.db.query(sql, params)) as { n: number }[];
  return row.n;
}

beforeAll(async () => {
  t = await startTestApp();
  gmina = await createMunicipality(t.db, { name: 'Gmina Ankietowa' });
  official = await registerUser(t.client(), { displayName: 'Urzędniczka' });
  moderator = await registerUser(t.client(), { displayName: 'Moderator' });
  resident = await registerUser(t.client(), { displayName: 'Mieszkanka' });
  residents = [];
  for (let i = 0; i < 4; i++) residents.push(await registerUser(t.client(), { displayName: `Mieszkaniec ${i}` }));
  await grantRole(t.db, official.id, gmina.id, 'OFFICIAL');
  await grantRole(t.db, moderator.id, gmina.id, 'MODERATOR');
});
afterAll(() => t?.close());

describe('building a survey', () => {
  it('keeps a draft to its officials, edits it, publishes it and then freezes its questions', async () => {
    const { createSurvey } = await official.client.data<{ createSurvey: SurveyView }>(CREATE, {
      input: surveyInput(),
    });
    expect(createSurvey).toMatchObject({ publishedAt: null, isOpen: false, viewerCanManage: true });
    expect(createSurvey.questions.map((q) => [q.position, q.kind])).toEqual([
      [1, 'LIKERT'],
      [2, 'LIKERT'],
      [3, 'SINGLE_CHOICE'],
      [4, 'MULTIPLE_CHOICE'],
      [5, 'OPEN_TEXT'],
      [6, 'OPEN_TEXT'],
    ]);
    expect(createSurvey.questions[3].options).toEqual(['Kolejki', 'Godziny', 'Strona']);
    expect(await resident.client.data(READ, { id: createSurvey.id })).toEqual({ survey: null });
    expect((await t.client().data<{ surveys: { nodes: unknown[] } }>(LIST, { m: gmina.id })).surveys.nodes).toEqual([]);

    const { updateSurvey } = await official.client.data<{ updateSurvey: SurveyView }>(UPDATE, {
      input: { ...surveyInput({ title: 'Ankieta poprawiona' }), municipalityId: undefined, id: createSurvey.id },
    });
    expect(updateSurvey.questions).toHaveLength(6);
    const { publishSurvey } = await official.client.data<{ publishSurvey: SurveyView }>(PUBLISH, {
      id: createSurvey.id,
    });
    expect(publishSurvey).toMatchObject({ isOpen: true });
    expect(await resident.client.data(READ, { id: createSurvey.id })).toMatchObject({
      survey: { id: createSurvey.id, viewerCanManage: false },
    });
    const frozen = await official.client.request(UPDATE, {
      input: { ...surveyInput(), municipalityId: undefined, id: createSurvey.id },
    });
    expect(errorCode(frozen)).toBe('SURVEY_PUBLISHED');
  });

  it('names the rule a bad survey breaks, and lets only officials build one', async () => {
    const oneOption = await official.client.request(CREATE, {
      input: surveyInput({ questions: [{ kind: 'SINGLE_CHOICE', text: 'Tak?', options: ['Tak'] }] }),
    });
    expect(oneOption.errors![0].extensions!.fieldErrors).toEqual([
      { field: 'questions.0.options', code: 'TOO_SHORT', params: { min: 2 } },
    ]);
    const backwards = await official.client.request(CREATE, {
      input: surveyInput({ opensAt: hoursFromNow(5), closesAt: hoursFromNow(1) }),
    });
    expect(backwards.errors![0].extensions!.fieldErrors).toEqual([{ field: 'closesAt', code: 'BEFORE_START' }]);
    const forward = await official.client.request(CREATE, {
      input: surveyInput({
        questions: [
          { kind: 'OPEN_TEXT', text: 'A', showIfPosition: 2, showIfAnswer: 1 },
          { kind: 'LIKERT', text: 'B' },
        ],
      }),
    });
    expect(forward.errors![0].extensions!.fieldErrors).toEqual([
      { field: 'questions.0.showIfPosition', code: 'INVALID' },
    ]);
    expect(errorCode(await moderator.client.request(CREATE, { input: surveyInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await t.client().request(CREATE, { input: surveyInput() }))).toBe('UNAUTHENTICATED');
  });
});

describe('answering with an account', () => {
  it('takes one response per account and refuses the second with a clear code', async () => {
    const survey = await createPublished();
    expect(await submit(resident.client, survey)).toEqual({ data: { submitSurveyResponse: true } });
    expect(errorCode(await submit(resident.client, survey))).toBe('SURVEY_ALREADY_ANSWERED');
    expect(await resident.client.data(READ, { id: survey.id })).toMatchObject({
      survey: { viewerHasAnswered: true, responseCount: 1 },
    });
    expect(errorCode(await submit(t.client(), survey))).toBe('UNAUTHENTICATED');
  });

  it('checks every answer against its question and stores nothing of a bad response', async () => {
    const survey = await createPublished();
    const [q1, q2, q3] = survey.questions;
    const bad = await resident.client.request(SUBMIT, {
      input: {
        surveyId: survey.id,
        answers: [
          { questionId: q1.id, score: 6 },
          { questionId: q3.id, choices: [0, 1] },
          { questionId: survey.id, score: 1 },
        ],
      },
    });
    expect(bad.errors![0].extensions!.fieldErrors).toEqual([
      { field: 'answers.2.questionId', code: 'INVALID' },
      { field: 'answers.1', code: 'INVALID' },
      { field: 'answers.2', code: 'REQUIRED' },
      { field: 'answers.3', code: 'INVALID' },
    ]);
    // A score of 1 opens the conditional question 5, which is then required.
    const conditional = await resident.client.request(SUBMIT, {
      input: {
        surveyId: survey.id,
        answers: answers(survey, { likert: 1 }).filter((a) => a.text !== 'Długo czekałem'),
      },
    });
    expect(conditional.errors![0].extensions!.fieldErrors).toEqual([{ field: 'answers.5', code: 'REQUIRED' }]);
    expect(await count('SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1', [survey.id])).toBe(0);
    expect(q2.id).toBeDefined();
  });

  it('refuses answers before the opening and after the close', async () => {
    const later = await createPublished({ opensAt: hoursFromNow(2), closesAt: hoursFromNow(5) });
    expect(errorCode(await submit(resident.client, later))).toBe('SURVEY_CLOSED');
    const closed = await createPublished();
    await t.db.query(
      `UPDATE surveys SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 hour'
                      WHERE id = $1`,
      [closed.id],
    );
    expect(errorCode(await submit(resident.client, closed))).toBe('SURVEY_CLOSED');
    const { createSurvey: draft } = await official.client.data<{ createSurvey: SurveyView }>(CREATE, {
      input: surveyInput(),
    });
    expect(errorCode(await submit(official.client, draft))).toBe('SURVEY_CLOSED');
    expect(errorCode(await submit(resident.client, draft))).toBe('SURVEY_NOT_FOUND');
  });

  it('stores exactly one response when one account submits 20 times at once', async () => {
    const survey = await createPublished();
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(residents[0].client, survey)));
    expect(results.filter((r) => r.data?.submitSurveyResponse === true)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'SURVEY_ALREADY_ANSWERED')).toHaveLength(19);
    expect(await count('SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1', [survey.id])).toBe(1);
    expect(await count('SELECT response_count AS n FROM surveys WHERE id = $1', [survey.id])).toBe(1);
  });
});

describe('answering with single-use codes', () => {
  let survey: SurveyView;

  beforeAll(async () => {
    survey = await createPublished({ access: 'CODE' });
  });

  it('generates codes only for a CODE survey and prints them as a PDF for officials', async () => {
    const { generateSurveyCodes } = await official.client.data<{ generateSurveyCodes: SurveyView }>(CODES, {
      id: survey.id,
      n: 30,
    });
    expect(generateSurveyCodes).toEqual({ codeCount: 30, usedCodeCount: 0 });
    const accountSurvey = await createPublished();
    expect(errorCode(await official.client.request(CODES, { id: accountSurvey.id, n: 5 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await resident.client.request(CODES, { id: survey.id, n: 5 }))).toBe('FORBIDDEN');

    const pdf = await fetch(`${t.url}/api/surveys/${survey.id}/codes.pdf`, {
      headers: { cookie: official.client.cookie! },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const refused = await fetch(`${t.url}/api/surveys/${survey.id}/codes.pdf`, {
      headers: { cookie: resident.client.cookie! },
    });
    expect(refused.status).toBe(403);

    const admin = await auditReader(t);
    const printed = await auditEntries(admin.client, ['EXPORT'], official.id);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({ targetType: 'SURVEY', targetId: survey.id });
    expect(printed[0].details).toEqual({ export: 'survey codes', format: 'pdf', codes: 30 });
    expect(await auditEntries(admin.client, ['EXPORT'], resident.id)).toEqual([]);
    const codes = (await t.db.query('SELECT code FROM survey_codes WHERE survey_id = $1', [survey.id])) as {
      code: string;
    }[];
    const stored = JSON.stringify(await t.db.query('SELECT details FROM audit_events'));
    for (const { code } of codes) expect(stored).not.toContain(code);
  });

  it('takes one anonymous response per code and names unknown and used codes', async () => {
    const [{ code }] = (await t.db.query(
      'SELECT code FROM survey_codes WHERE survey_id = $1 AND used_at IS NULL ORDER BY code LIMIT 1',
      [survey.id],
    )) as { code: string }[];
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    expect(await submit(t.client(), survey, { code: typed })).toEqual({ data: { submitSurveyResponse: true } });
    expect(errorCode(await submit(t.client(), survey, { code }))).toBe('SURVEY_CODE_USED');
    expect(errorCode(await submit(t.client(), survey, { code: 'ZZZZZZZZ' }))).toBe('SURVEY_CODE_UNKNOWN');
    expect(errorCode(await submit(t.client(), survey))).toBe('BAD_USER_INPUT');
    // The response is anonymous even when sent from an account.
    const [row] = (await t.db.query('SELECT user_id FROM survey_responses WHERE survey_id = $1 AND code = $2', [
      survey.id,
      code,
    ])) as { user_id: string | null }[];
    expect(row.user_id).toBeNull();
  });

  it('counts a code once when 20 people send it at the same moment', async () => {
    const [{ code }] = (await t.db.query(
      'SELECT code FROM survey_codes WHERE survey_id = $1 AND used_at IS NULL ORDER BY code LIMIT 1',
      [survey.id],
    )) as { code: string }[];
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(t.client(), survey, { code })));
    expect(results.filter((r) => r.data?.submitSurveyResponse === true)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'SURVEY_CODE_USED')).toHaveLength(19);
    expect(
      await count('SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1 AND code = $2', [
        survey.id,
        code,
      ]),
    ).toBe(1);
  });
});

describe('results and the satisfaction indicator', () => {
  let survey: SurveyView;

  beforeAll(async () => {
    survey = await createPublished();
    // Scores for the office: 1, 4, 5, 5 → mean 3.75; for schools: 5, 4, 4, 3 → mean 4.
    const scores: [number, number][] = [
      [1, 5],
      [4, 4],
      [5, 4],
      [5, 3],
    ];
    for (const [index, [likert, school]] of scores.entries()) {
      const result = await submit(residents[index].client, survey, {}, { likert, school, text: `Uwaga ${index}` });
      expect(result.errors).toBeUndefined();
    }
  });

  it('counts answers per option, gives the Likert means and lists open answers to officials', async () => {
    type Results = {
      surveyResults: {
        responseCount: number;
        questions: {
          answered: number;
          counts: number[];
          mean: number | null;
          openAnswers: { responseId: string; text: string; hidden: boolean }[];
        }[];
      };
    };
    const { surveyResults } = await official.client.data<Results>(RESULTS, { id: survey.id });
    expect(surveyResults.responseCount).toBe(4);
    const [q1, q2, q3, q4, q5, q6] = surveyResults.questions;
    expect(q1).toMatchObject({ answered: 4, counts: [1, 0, 0, 1, 2], mean: 3.75 });
    expect(q2).toMatchObject({ counts: [0, 0, 1, 2, 1], mean: 4 });
    expect(q3).toMatchObject({ counts: [0, 4], mean: null });
    expect(q4).toMatchObject({ counts: [4, 0, 4] });
    expect(q5.openAnswers.map((a) => a.text)).toEqual(['Długo czekałem']);
    expect(q6.openAnswers.map((a) => a.text).sort()).toEqual(['Uwaga 0', 'Uwaga 1', 'Uwaga 2', 'Uwaga 3']);

    // Residents see results only after the close; a hidden answer is then left out.
    expect(errorCode(await resident.client.request(RESULTS, { id: survey.id }))).toBe('FORBIDDEN');
    const hidden = q6.openAnswers.find((a) => a.text === 'Uwaga 2')!;
    expect(
      errorCode(await resident.client.request(HIDE, { r: hidden.responseId, q: survey.questions[5].id, h: true })),
    ).toBe('FORBIDDEN');
    expect(await moderator.client.data(HIDE, { r: hidden.responseId, q: survey.questions[5].id, h: true })).toEqual({
      hideSurveyAnswer: true,
    });
    await t.db.query(
      `UPDATE surveys SET opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute'
                      WHERE id = $1`,
      [survey.id],
    );
    const seen = await resident.client.data<Results>(RESULTS, { id: survey.id });
    expect(seen.surveyResults.questions[5].openAnswers.map((a) => a.text).sort()).toEqual([
      'Uwaga 0',
      'Uwaga 1',
      'Uwaga 3',
    ]);
  });

  it('exports the responses as CSV, one row per response', async () => {
    const response = await fetch(`${t.url}/api/surveys/${survey.id}/results.csv`, {
      headers: { cookie: official.client.cookie! },
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('1. Obsługa w urzędzie');
    expect(lines.slice(1).some((line) => line.includes(',1,5,1,0;2,Długo czekałem,Uwaga 0'))).toBe(true);

    const admin = await auditReader(t);
    const exported = (await auditEntries(admin.client, ['EXPORT'], official.id)).filter(
      (e) => e.targetId === survey.id,
    );
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ targetType: 'SURVEY' });
    expect(exported[0].details).toEqual({ export: 'survey results', format: 'csv', rows: 4 });
  });

  it('publishes the mean satisfaction per service area as indicator values, replacing only its own', async () => {
    const { publishSurveyAsIndicator } = await official.client.data<{
      publishSurveyAsIndicator: { serviceArea: string; indicatorCode: string; value: string }[];
    }>(PUBLISH_INDICATOR, { id: survey.id, y: 2024 });
    expect(publishSurveyAsIndicator).toEqual([
      { serviceArea: 'ADMINISTRATION', indicatorCode: 'SAT_ADMINISTRATION', year: 2024, value: '3.75' },
      { serviceArea: 'EDUCATION', indicatorCode: 'SAT_EDUCATION', year: 2024, value: '4' },
    ]);
    const stored = (await t.db.query(
      `SELECT d.code, trim_scale(v.value)::text AS value, v.source FROM indicator_values v
       JOIN indicator_definitions d ON d.id = v.indicator_id WHERE v.municipality_id = $1 ORDER BY d.code`,
      [gmina.id],
    )) as { code: string; value: string; source: string }[];
    expect(stored).toEqual([
      { code: 'SAT_ADMINISTRATION', value: '3.75', source: 'SURVEY' },
      { code: 'SAT_EDUCATION', value: '4', source: 'SURVEY' },
    ]);
    // Publishing again replaces this survey's own values.
    expect(errorCode(await official.client.request(PUBLISH_INDICATOR, { id: survey.id, y: 2024 }))).toBeUndefined();

    // A value from the form for another year is never overwritten; the whole publication is refused.
    await t.db.query(
      `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source)
       SELECT id, $1, 2023, 2.5, 'FORM' FROM indicator_definitions WHERE code = 'SAT_EDUCATION'`,
      [gmina.id],
    );
    expect(errorCode(await official.client.request(PUBLISH_INDICATOR, { id: survey.id, y: 2023 }))).toBe(
      'INDICATOR_VALUE_DUPLICATE',
    );
    expect(
      await count(
        `SELECT count(*)::int AS n FROM indicator_values v JOIN indicator_definitions d ON d.id = v.indicator_id
         WHERE v.municipality_id = $1 AND v.year = 2023`,
        [gmina.id],
      ),
    ).toBe(1);
    expect(errorCode(await moderator.client.request(PUBLISH_INDICATOR, { id: survey.id, y: 2022 }))).toBe('FORBIDDEN');
    expect(errorCode(await official.client.request(PUBLISH_INDICATOR, { id: survey.id, y: 2100 }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
