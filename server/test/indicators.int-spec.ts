import ExcelJS from 'exceljs';
import { UPLOAD_CSRF_HEADER, type ImportRowError } from '@ratusz/shared';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import { auditEntries, auditReader } from './support/audit-reader.js';
import { errorCode, type GraphQLClient } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DEFINITIONS = `{ indicatorDefinitions { id code unit kind direction perThousand serviceArea namePl } }`;
const RECORD = `mutation($input: RecordIndicatorValueInput!) {
  recordIndicatorValue(input: $input) { id value year quarter source municipalityName }
}`;
const DELETE = `mutation($id: ID!) { deleteIndicatorValue(id: $id) }`;
const WORKSHEET = `mutation($input: SaveUnitCostWorksheetInput!) {
  saveUnitCostWorksheet(input: $input) {
    id activity cases overheadsGrosze overheadShareBasisPoints staffCostGrosze allocatedOverheadsGrosze
    totalCostGrosze unitCostGrosze posts { post minutesPerCase hourlyCostGrosze costPerCaseGrosze }
    value { id value source worksheetId year }
  }
}`;
const COMPARISON = `query($n: ID!, $i: ID!, $y: Int!, $h: ID) {
  indicatorComparison(networkId: $n, indicatorId: $i, year: $y, highlightMunicipalityId: $h) {
    networkName year indicator { code }
    stats { count min q1 median q3 max mean }
    perThousandStats { count min q1 median q3 max mean }
    rows { municipalityId municipalityName population value valuePerThousand rank outlier highlighted }
  }
}`;
const TREND = `query($n: ID!, $i: ID!, $from: Int!, $to: Int!, $h: ID) {
  indicatorTrend(networkId: $n, indicatorId: $i, fromYear: $from, toYear: $to, highlightMunicipalityId: $h) {
    years median { year value } series { municipalityName highlighted points { year value } }
  }
}`;
const VALUES = `query($m: ID!, $i: ID, $first: Int, $after: String) {
  indicatorValues(municipalityId: $m, indicatorId: $i, first: $first, after: $after) {
    nodes { year quarter value source } pageInfo { hasNextPage endCursor }
  }
}`;

interface Comparison {
  networkName: string;
  stats: Record<string, string | number | null>;
  perThousandStats: Record<string, string | number | null>;
  rows: {
    municipalityId: string;
    municipalityName: string;
    population: number | null;
    value: string | null;
    valuePerThousand: string | null;
    rank: number | null;
    outlier: boolean;
    highlighted: boolean;
  }[];
}

const THIS_YEAR = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Warsaw', year: 'numeric' }).format());

let t: TestApp;
let official: RegisteredUser;
let outsider: RegisteredUser;
let resident: RegisteredUser;
const towns: { id: string; slug: string; name: string }[] = [];
let codes: Map<string, string>;

async function importFile(
  client: GraphQLClient | null,
  content: Buffer | string,
  fileName: string,
): Promise<{ status: number; body: { imported?: number; errors?: { extensions: Record<string, unknown> }[] } }> {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  const headers: Record<string, string> = { [UPLOAD_CSRF_HEADER]: '1' };
  if (client?.cookie) headers.cookie = client.cookie;
  const response = await fetch(`${t.url}/api/indicators/import`, { method: 'POST', headers, body: form });
  return { status: response.status, body: (await response.json()) as never };
}

async function countValues(): Promise<number> {
  const [row] = (await t.db.query('SELECT count(*)::int AS n FROM indicator_values')) as { n: number }[];
  return row.n;
}

async function createNetwork(name: string, memberIds: string[], indicatorsPublic = true): Promise<string> {
  const [network] = (await t.db.query(
    `INSERT INTO networks (name, kind, indicators_public) VALUES ($1, 'MONITORING_NETWORK', $2) RETURNING id`,
    [name, indicatorsPublic],
  )) as { id: string }[];
  await t.db.query(
    `INSERT INTO network_members (network_id, municipality_id, position)
     SELECT $1, m, p::int FROM unnest($2::uuid[]) WITH ORDINALITY AS x(m, p)`,
    [network.id, memberIds],
  );
  return network.id;
}

async function seedValues(code: string, year: number, values: (string | null)[]): Promise<void> {
  for (const [index, value] of values.entries()) {
    if (value === null) continue;
    await t.db.query(
      `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source) VALUES ($1, $2, $3, $4, 'SEED')`,
      [codes.get(code), towns[index].id, year, value],
    );
  }
}

beforeAll(async () => {
  t = await startTestApp();
  const names = ['Alfa', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'];
  const populations = [20_000, 10_000, null, 40_000, 5_000, 8_000];
  for (const [index, name] of names.entries()) {
    const created = await createMunicipality(t.db, { name: `Gmina ${name}`, slug: `gmina-${name.toLowerCase()}` });
    await t.db.query('UPDATE municipalities SET population = $2 WHERE id = $1', [created.id, populations[index]]);
    towns.push({ ...created, name: `Gmina ${name}` });
  }
  official = await registerUser(t.client(), { displayName: 'Urzędniczka Alfy' });
  outsider = await registerUser(t.client(), { displayName: 'Urzędnik Zety' });
  resident = await registerUser(t.client(), { displayName: 'Mieszkanka' });
  await grantRole(t.db, official.id, towns[0].id, 'OFFICIAL');
  await grantRole(t.db, official.id, towns[1].id, 'OFFICIAL');
  await grantRole(t.db, outsider.id, towns[5].id, 'OFFICIAL');
  const { indicatorDefinitions } = await t
    .client()
    .data<{ indicatorDefinitions: { id: string; code: string }[] }>(DEFINITIONS);
  codes = new Map(indicatorDefinitions.map((d) => [d.code, d.id]));
});
afterAll(() => t?.close());

describe('indicator definitions', () => {
  it('ships a starter set per service area, with a satisfaction indicator for each area', async () => {
    const { indicatorDefinitions } = await t.client().data<{
      indicatorDefinitions: { code: string; unit: string; kind: string; direction: string; serviceArea: string }[];
    }>(DEFINITIONS);
    const byCode = new Map(indicatorDefinitions.map((d) => [d.code, d]));
    expect(byCode.get('ADM_CASE_COST')).toMatchObject({
      unit: 'PLN',
      kind: 'UNIT_COST',
      direction: 'LOWER_IS_BETTER',
      serviceArea: 'ADMINISTRATION',
    });
    expect(byCode.get('EDU_COST_PER_PUPIL')).toMatchObject({ unit: 'PLN', serviceArea: 'EDUCATION' });
    expect(byCode.get('COM_WASTE_PER_RESIDENT')).toMatchObject({ unit: 'KG' });
    expect(byCode.get('CUL_LIBRARY_LOANS_PER_RESIDENT')).toMatchObject({ unit: 'RATIO' });
    const satisfaction = indicatorDefinitions.filter((d) => d.kind === 'SATISFACTION');
    expect(satisfaction).toHaveLength(8);
    expect(satisfaction.every((d) => d.unit === 'SCORE' && d.code === `SAT_${d.serviceArea}`)).toBe(true);
  });
});

describe('recording a value from the form', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    indicatorId: codes.get('EDU_COST_PER_PUPIL'),
    municipalityId: towns[0].id,
    year: 2021,
    value: '12 345,67',
    ...overrides,
  });

  it('stores the value exactly and refuses a second one for the same period with a clear code', async () => {
    const { recordIndicatorValue } = await official.client.data<{
      recordIndicatorValue: { id: string; value: string; source: string; quarter: number | null };
    }>(RECORD, { input: input() });
    expect(recordIndicatorValue).toMatchObject({ value: '12345.67', source: 'FORM', quarter: null });
    const [stored] = (await t.db.query('SELECT value::text AS v FROM indicator_values WHERE id = $1', [
      recordIndicatorValue.id,
    ])) as { v: string }[];
    expect(stored.v).toBe('12345.6700');

    const again = await official.client.request(RECORD, { input: input({ value: '1' }) });
    expect(errorCode(again)).toBe('INDICATOR_VALUE_DUPLICATE');
    // A quarter is another period of the same year.
    const quarter = await official.client.data<{ recordIndicatorValue: { quarter: number } }>(RECORD, {
      input: input({ quarter: 2 }),
    });
    expect(quarter.recordIndicatorValue.quarter).toBe(2);
  });

  it('names the rule a value, a year or a quarter breaks', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ value: '1,234' }, 'value', 'TOO_MANY_DECIMALS'],
      [{ value: 'sto' }, 'value', 'NOT_A_NUMBER'],
      [{ value: '-5' }, 'value', 'BELOW_MINIMUM'],
      [{ year: THIS_YEAR + 1 }, 'year', 'YEAR_IN_FUTURE'],
      [{ quarter: 5 }, 'quarter', 'QUARTER_INVALID'],
      [{ indicatorId: codes.get('SAT_EDUCATION'), value: '5,5' }, 'value', 'ABOVE_MAXIMUM'],
      [{ indicatorId: codes.get('ADM_CASES'), value: '10.5' }, 'value', 'TOO_MANY_DECIMALS'],
    ];
    for (const [overrides, field, rule] of cases) {
      const result = await official.client.request(RECORD, { input: input({ year: 2015, ...overrides }) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.fieldErrors).toContainEqual(
        expect.objectContaining({ field, params: expect.objectContaining({ rule }) }),
      );
    }
    expect(await official.client.request(RECORD, { input: input({ indicatorId: towns[0].id }) })).toMatchObject({
      errors: [{ extensions: { code: 'INDICATOR_NOT_FOUND' } }],
    });
  });

  it('lets only the municipality’s officials record and delete values', async () => {
    expect(errorCode(await t.client().request(RECORD, { input: input({ year: 2016 }) }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await resident.client.request(RECORD, { input: input({ year: 2016 }) }))).toBe('FORBIDDEN');
    expect(errorCode(await outsider.client.request(RECORD, { input: input({ year: 2016 }) }))).toBe('FORBIDDEN');
    const { recordIndicatorValue } = await official.client.data<{ recordIndicatorValue: { id: string } }>(RECORD, {
      input: input({ year: 2016 }),
    });
    expect(errorCode(await outsider.client.request(DELETE, { id: recordIndicatorValue.id }))).toBe('FORBIDDEN');
    expect(await official.client.data(DELETE, { id: recordIndicatorValue.id })).toEqual({ deleteIndicatorValue: true });
    expect(await official.client.data(DELETE, { id: recordIndicatorValue.id })).toEqual({
      deleteIndicatorValue: false,
    });
  });

  it('lists a municipality’s values newest first in pages', async () => {
    for (const year of [2010, 2011, 2012]) {
      await official.client.data(RECORD, { input: input({ municipalityId: towns[1].id, year, value: String(year) }) });
    }
    type Page = { indicatorValues: { nodes: { year: number }[]; pageInfo: { endCursor: string } } };
    const first = await t.client().data<Page>(VALUES, { m: towns[1].id, first: 2 });
    const second = await t.client().data<Page>(VALUES, {
      m: towns[1].id,
      first: 2,
      after: first.indicatorValues.pageInfo.endCursor,
    });
    expect([...first.indicatorValues.nodes, ...second.indicatorValues.nodes].map((n) => n.year)).toEqual([
      2012, 2011, 2010,
    ]);
  });
});

describe('importing a CSV or XLSX file', () => {
  it('imports a good CSV written by Polish Excel (semicolons, decimal commas, byte order mark)', async () => {
    const before = await countValues();
    const csv =
      '\uFEFFgmina;wskaźnik;rok;kwartał;wartość\r\n' +
      'gmina-alfa;ADM_CASE_COST;2019;;"1 234,56"\r\n' +
      'Gmina Beta;adm_case_cost;2019;;99,9\r\n' +
      '\r\n' +
      'gmina-alfa;COM_WASTE_PER_RESIDENT;2019;3;123,456\r\n';
    const result = await importFile(official.client, csv, 'wartosci.csv');
    expect(result).toEqual({ status: 200, body: { imported: 3 } });
    expect(await countValues()).toBe(before + 3);
    const stored = (await t.db.query(
      `SELECT trim_scale(value)::text AS v, quarter, source FROM indicator_values
       WHERE year = 2019 ORDER BY value`,
    )) as { v: string; quarter: number | null; source: string }[];
    expect(stored).toEqual([
      { v: '99.9', quarter: null, source: 'IMPORT' },
      { v: '123.456', quarter: 3, source: 'IMPORT' },
      { v: '1234.56', quarter: null, source: 'IMPORT' },
    ]);
  });

  it('imports a good XLSX workbook (numbers and text cells)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Wartości');
    sheet.addRow(['municipality', 'indicator', 'year', 'value']);
    sheet.addRow(['gmina-alfa', 'CUL_LIBRARY_LOANS', 2018, 54321]);
    sheet.addRow(['gmina-beta', 'ADM_CASE_COST', 2018, 269.42]);
    sheet.addRow(['gmina-beta', 'HEA_VACCINATION_RATE', 2018, '45,5']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await countValues();
    expect(await importFile(official.client, content, 'wartosci.xlsx')).toEqual({ status: 200, body: { imported: 3 } });
    expect(await countValues()).toBe(before + 3);
    const [money] = (await t.db.query(
      `SELECT value::text AS v FROM indicator_values v JOIN indicator_definitions d ON d.id = v.indicator_id
       WHERE d.code = 'ADM_CASE_COST' AND v.year = 2018`,
    )) as { v: string }[];
    expect(money.v).toBe('269.4200');
  });

  it('reports every bad cell by row, column and rule, and stores nothing of a bad file', async () => {
    // A value for gmina-alfa/ADM_CASE_COST/2019 exists since the first import.
    const csv = [
      'municipality,indicator,year,quarter,value',
      'gmina-alfa,EDU_COST_PER_PUPIL,2017,,100.00', // row 2: good, but must not be stored
      'gmina-nieznana,EDU_COST_PER_PUPIL,2017,,100', // row 3
      'gmina-alfa,NO_SUCH_CODE,2017,,100', // row 4
      `gmina-alfa,EDU_COST_PER_PUPIL,${THIS_YEAR + 1},,100`, // row 5
      'gmina-alfa,EDU_COST_PER_PUPIL,2016,7,100', // row 6
      'gmina-alfa,EDU_COST_PER_PUPIL,2015,,12.345', // row 7
      'gmina-alfa,ADM_CASES,2015,,dużo', // row 8
      'gmina-alfa,EDU_COST_PER_PUPIL,2017,,200', // row 9: same period as row 2
      'gmina-alfa,ADM_CASE_COST,2019,,5', // row 10: already recorded
      'gmina-zeta,EDU_COST_PER_PUPIL,2017,,100', // row 11: not the official's municipality
      ',,,,', // row 12: blank, skipped
      'gmina-beta,SAT_HEALTH,2017,,0.5', // row 13
    ].join('\n');
    const before = await countValues();
    const result = await importFile(official.client, csv, 'zle.csv');
    expect(result.status).toBe(422);
    const extensions = result.body.errors![0].extensions as { code: string; rowErrors: ImportRowError[] };
    expect(extensions.code).toBe('INDICATOR_IMPORT_INVALID');
    expect(extensions.rowErrors).toEqual([
      { row: 3, column: 'municipality', problem: 'UNKNOWN_MUNICIPALITY' },
      { row: 4, column: 'indicator', problem: 'UNKNOWN_INDICATOR' },
      { row: 5, column: 'year', problem: 'YEAR_IN_FUTURE' },
      { row: 6, column: 'quarter', problem: 'QUARTER_INVALID' },
      { row: 7, column: 'value', problem: 'TOO_MANY_DECIMALS', limit: 2 },
      { row: 8, column: 'value', problem: 'NOT_A_NUMBER' },
      { row: 9, column: 'value', problem: 'DUPLICATE_IN_FILE', limit: 2 },
      { row: 10, column: 'value', problem: 'ALREADY_RECORDED' },
      { row: 11, column: 'municipality', problem: 'NOT_YOUR_MUNICIPALITY' },
      { row: 13, column: 'value', problem: 'BELOW_MINIMUM', limit: 1 },
    ]);
    expect(await countValues()).toBe(before);
  });

  it('refuses a bad XLSX file whole, naming the missing column on the header row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Arkusz1');
    sheet.addRow(['municipality', 'indicator', 'value']);
    sheet.addRow(['gmina-alfa', 'ADM_CASES', 10]);
    const before = await countValues();
    const result = await importFile(official.client, Buffer.from(await workbook.xlsx.writeBuffer()), 'a.xlsx');
    expect(result.status).toBe(422);
    expect(result.body.errors![0].extensions.rowErrors).toEqual([
      { row: 1, column: 'year', problem: 'MISSING_COLUMN' },
    ]);

    const second = new ExcelJS.Workbook();
    const rows = second.addWorksheet('Arkusz1');
    rows.addRow(['municipality', 'indicator', 'year', 'value']);
    rows.addRow(['gmina-alfa', 'ADM_CASES', 2014, 10]);
    rows.addRow(['gmina-alfa', 'ADM_CASES', 2013, 10.5]);
    const refused = await importFile(official.client, Buffer.from(await second.xlsx.writeBuffer()), 'b.xlsx');
    expect(refused.body.errors![0].extensions.rowErrors).toEqual([
      { row: 3, column: 'value', problem: 'TOO_MANY_DECIMALS', limit: 0 },
    ]);
    expect(await countValues()).toBe(before);
  });

  it('needs a logged-in account, the anti-CSRF header and a readable file', async () => {
    const csv = 'municipality,indicator,year,value\ngmina-alfa,ADM_CASES,2012,1\n';
    expect((await importFile(null, csv, 'a.csv')).status).toBe(401);
    const noHeader = await fetch(`${t.url}/api/indicators/import`, {
      method: 'POST',
      headers: { cookie: official.client.cookie! },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([csv]), 'a.csv');
        return form;
      })(),
    });
    expect(noHeader.status).toBe(403);
    const binary = await importFile(official.client, Buffer.from([0, 1, 2, 3, 0, 0]), 'a.csv');
    expect(binary.status).toBe(400);
    const broken = await importFile(official.client, Buffer.from('PK\u0003\u0004garbage'), 'a.xlsx');
    expect(broken.status).toBe(400);
  });
});

describe('the unit-cost worksheet', () => {
  const sheet = (overrides: Record<string, unknown> = {}) => ({
    indicatorId: codes.get('ADM_CASE_COST'),
    municipalityId: towns[0].id,
    year: 2023,
    activity: 'Wydanie dowodu osobistego',
    posts: [
      { post: 'Inspektor', minutesPerCase: 45, hourlyCostGrosze: 5400 },
      { post: 'Referent', minutesPerCase: 20, hourlyCostGrosze: 4200 },
      { post: 'Kierownik', minutesPerCase: 5, hourlyCostGrosze: 7900 },
    ],
    overheadsGrosze: '200000000',
    overheadShareBasisPoints: 1250,
    cases: 1200,
    ...overrides,
  });

  it('computes the unit cost in exact grosze and saves it as the value with its workings', async () => {
    const { saveUnitCostWorksheet } = await official.client.data<{
      saveUnitCostWorksheet: Record<string, unknown> & { id: string; value: { value: string; worksheetId: string } };
    }>(WORKSHEET, { input: sheet() });
    // Hand-computed: see shared/src/indicators.spec.ts — 7,330,000 gr of staff + 25,000,000 gr of overheads.
    expect(saveUnitCostWorksheet).toMatchObject({
      staffCostGrosze: '7330000',
      allocatedOverheadsGrosze: '25000000',
      totalCostGrosze: '32330000',
      unitCostGrosze: '26942',
      posts: [
        { post: 'Inspektor', costPerCaseGrosze: 4050 },
        { post: 'Referent', costPerCaseGrosze: 1400 },
        { post: 'Kierownik', costPerCaseGrosze: 658 },
      ],
      value: { value: '269.42', source: 'WORKSHEET', worksheetId: saveUnitCostWorksheet.id, year: 2023 },
    });
  });

  it('keeps neither the worksheet nor a value when the period already has one', async () => {
    const [{ n: before }] = (await t.db.query('SELECT count(*)::int AS n FROM unit_cost_worksheets')) as {
      n: number;
    }[];
    expect(errorCode(await official.client.request(WORKSHEET, { input: sheet() }))).toBe('INDICATOR_VALUE_DUPLICATE');
    const [{ n: after }] = (await t.db.query('SELECT count(*)::int AS n FROM unit_cost_worksheets')) as { n: number }[];
    expect(after).toBe(before);
  });

  it('refuses a worksheet for an indicator that is not a unit cost, with no cases, or by a stranger', async () => {
    const notCost = await official.client.request(WORKSHEET, {
      input: sheet({ indicatorId: codes.get('ADM_CASES'), year: 2022 }),
    });
    expect(notCost.errors![0].extensions!.fieldErrors).toContainEqual(
      expect.objectContaining({ field: 'indicatorId', params: { rule: 'NOT_A_UNIT_COST' } }),
    );
    expect(errorCode(await official.client.request(WORKSHEET, { input: sheet({ cases: 0, year: 2022 }) }))).toBe(
      'BAD_USER_INPUT',
    );
    const overheads = await official.client.request(WORKSHEET, { input: sheet({ overheadsGrosze: '12.5' }) });
    expect(overheads.errors![0].extensions!.fieldErrors).toContainEqual(
      expect.objectContaining({ field: 'overheadsGrosze', params: { rule: 'OVERHEADS_INVALID' } }),
    );
    expect(errorCode(await outsider.client.request(WORKSHEET, { input: sheet({ year: 2022 }) }))).toBe('FORBIDDEN');
  });
});

describe('comparing across a network', () => {
  let networkId: string;
  const YEAR = 2005;

  beforeAll(async () => {
    networkId = await createNetwork(
      'Sieć testowa',
      towns.slice(0, 5).map((town) => town.id),
    );
    // ADM_CASE_COST (lower is better): Alfa 10.10, Beta 20.20, Gamma 30.30, Delta 40.40, Epsilon none.
    await seedValues('ADM_CASE_COST', YEAR, ['10.10', '20.20', '30.30', '40.40', null]);
    // CUL_LIBRARY_LOANS (a total, per 1,000 residents): 100, 200, 300, 400, 1000 — 1000 lies beyond Q3 + 1.5·IQR.
    await seedValues('CUL_LIBRARY_LOANS', YEAR, ['100', '200', '300', '400', '1000']);
    await seedValues('ADM_CASE_COST', YEAR - 1, ['12.00', '22.00', null, '42.00', null]);
    // Zeta is not a member: its value must not count.
    await t.db.query(
      `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source) VALUES ($1, $2, $3, 1, 'SEED')`,
      [codes.get('ADM_CASE_COST'), towns[5].id, YEAR],
    );
  });

  it('gives the quartiles by linear interpolation (QUARTILE.INC) exactly, ranks by direction, highlights one', async () => {
    const { indicatorComparison } = await t.client().data<{ indicatorComparison: Comparison }>(COMPARISON, {
      n: networkId,
      i: codes.get('ADM_CASE_COST'),
      y: YEAR,
      h: towns[2].id,
    });
    // n = 4: Q1 at h = 0.75 → 10.10 + 0.75·10.10 = 17.675; median at 1.5 → 25.25; Q3 at 2.25 → 32.825.
    expect(indicatorComparison.stats).toEqual({
      count: 4,
      min: '10.1',
      q1: '17.675',
      median: '25.25',
      q3: '32.825',
      max: '40.4',
      mean: '25.25',
    });
    expect(
      indicatorComparison.rows.map((r) => [r.municipalityName, r.value, r.rank, r.outlier, r.highlighted]),
    ).toEqual([
      ['Gmina Alfa', '10.1', 1, false, false],
      ['Gmina Beta', '20.2', 2, false, false],
      ['Gmina Gamma', '30.3', 3, false, true],
      ['Gmina Delta', '40.4', 4, false, false],
      ['Gmina Epsilon', null, null, false, false],
    ]);
    // A unit cost is already a rate: no value per 1,000 residents.
    expect(indicatorComparison.rows.every((r) => r.valuePerThousand === null)).toBe(true);
  });

  it('flags outliers beyond 1.5·IQR and gives values per 1,000 residents where the population is known', async () => {
    const { indicatorComparison } = await t.client().data<{ indicatorComparison: Comparison }>(COMPARISON, {
      n: networkId,
      i: codes.get('CUL_LIBRARY_LOANS'),
      y: YEAR,
    });
    // 100, 200, 300, 400, 1000: Q1 = 200, median = 300, Q3 = 400, IQR = 200, upper fence 700.
    expect(indicatorComparison.stats).toMatchObject({ count: 5, q1: '200', median: '300', q3: '400', mean: '400' });
    const byName = new Map(indicatorComparison.rows.map((r) => [r.municipalityName, r]));
    expect(byName.get('Gmina Epsilon')).toMatchObject({ value: '1000', outlier: true, rank: 1 });
    expect(byName.get('Gmina Delta')).toMatchObject({ value: '400', outlier: false, rank: 2 });
    // 100 per 20,000 → 5; 200 per 10,000 → 20; Gamma's population is unknown; 400 per 40,000 → 10; 1000 per 5,000 → 200.
    expect(indicatorComparison.rows.map((r) => [r.municipalityName, r.valuePerThousand])).toEqual([
      ['Gmina Epsilon', '200'],
      ['Gmina Delta', '10'],
      ['Gmina Gamma', null],
      ['Gmina Beta', '20'],
      ['Gmina Alfa', '5'],
    ]);
    // Over 5, 10, 20, 200: Q1 = 8.75, median = 15, Q3 = 65.
    expect(indicatorComparison.perThousandStats).toMatchObject({ count: 4, q1: '8.75', median: '15', q3: '65' });
  });

  it('shows the trend across years with the group’s median per year', async () => {
    const { indicatorTrend } = await t.client().data<{
      indicatorTrend: {
        years: number[];
        median: { year: number; value: string | null }[];
        series: { municipalityName: string; highlighted: boolean; points: { value: string | null }[] }[];
      };
    }>(TREND, { n: networkId, i: codes.get('ADM_CASE_COST'), from: YEAR - 2, to: YEAR, h: towns[0].id });
    expect(indicatorTrend.years).toEqual([YEAR - 2, YEAR - 1, YEAR]);
    expect(indicatorTrend.median).toEqual([
      { year: YEAR - 2, value: null },
      { year: YEAR - 1, value: '22' },
      { year: YEAR, value: '25.25' },
    ]);
    expect(indicatorTrend.series[0]).toEqual({
      municipalityName: 'Gmina Alfa',
      highlighted: true,
      points: [{ value: null }, { value: '12' }, { value: '10.1' }].map((p, i) => ({ year: YEAR - 2 + i, ...p })),
    });
    const tooLong = await t
      .client()
      .request(TREND, { n: networkId, i: codes.get('ADM_CASE_COST'), from: 2000, to: 2030 });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
  });

  it('exports the comparison as CSV', async () => {
    const response = await fetch(
      `${t.url}/api/indicators/comparison.csv?networkId=${networkId}&indicatorId=${codes.get('ADM_CASE_COST')}&year=${YEAR}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await response.text();
    expect(text).toContain('Gmina Alfa,10.1,,20000,1,');
    expect(text).toContain('mediana,25.25');
    const bad = await fetch(`${t.url}/api/indicators/comparison.csv?networkId=x&indicatorId=y&year=20`);
    expect(bad.status).toBe(400);
  });

  it('notes each comparison download in the audit log as an EXPORT, with who, which and what format', async () => {
    const url = `${t.url}/api/indicators/comparison.csv?networkId=${networkId}&indicatorId=${codes.get('ADM_CASE_COST')}&year=${YEAR}`;
    const admin = await auditReader(t);
    const before = await auditEntries(admin.client, ['EXPORT']);
    expect((await fetch(url, { headers: { cookie: official.client.cookie! } })).status).toBe(200);
    const exports = await auditEntries(admin.client, ['EXPORT'], official.id);
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ kind: 'EXPORT', targetType: 'NETWORK', targetId: networkId });
    expect(exports[0].details).toEqual({
      export: 'indicator comparison',
      format: 'csv',
      indicator: 'ADM_CASE_COST',
      year: YEAR,
      rows: expect.any(Number),
    });
    // A refused download is not an export.
    const internal = await createNetwork('Sieć audytowana', [towns[0].id, towns[1].id], false);
    const refused = await fetch(url.replace(networkId, internal));
    expect(refused.status).toBe(403);
    expect(await auditEntries(admin.client, ['EXPORT'])).toHaveLength(before.length + 1);
  });

  it('keeps an internal network’s comparison to its members’ officials until published', async () => {
    const internal = await createNetwork('Sieć wewnętrzna', [towns[0].id, towns[1].id], false);
    const args = { n: internal, i: codes.get('ADM_CASE_COST'), y: YEAR };
    expect(errorCode(await t.client().request(COMPARISON, args))).toBe('COMPARISON_INTERNAL');
    expect(errorCode(await outsider.client.request(COMPARISON, args))).toBe('COMPARISON_INTERNAL');
    const seen = await official.client.data<{ indicatorComparison: Comparison }>(COMPARISON, args);
    expect(seen.indicatorComparison.stats.count).toBe(2);
    const csv = await fetch(
      `${t.url}/api/indicators/comparison.csv?networkId=${internal}&indicatorId=${codes.get('ADM_CASE_COST')}&year=${YEAR}`,
    );
    expect(csv.status).toBe(403);
    await t.db.query('UPDATE networks SET indicators_public = true WHERE id = $1', [internal]);
    expect(errorCode(await t.client().request(COMPARISON, args))).toBeUndefined();
  });
});

describe('managing indicator definitions', () => {
  const FIELDS = `id code namePl nameEn serviceArea kind unit direction perThousand measurementPl measurementEn
    archivedAt hasValues`;
  const CREATE = `mutation($input: CreateIndicatorDefinitionInput!) { createIndicatorDefinition(input: $input) { ${FIELDS} } }`;
  const UPDATE = `mutation($input: UpdateIndicatorDefinitionInput!) { updateIndicatorDefinition(input: $input) { ${FIELDS} } }`;
  const ARCHIVE = `mutation($id: ID!, $a: Boolean!) { archiveIndicatorDefinition(id: $id, archived: $a) { ${FIELDS} } }`;
  const DELETE_DEFINITION = `mutation($id: ID!) { deleteIndicatorDefinition(id: $id) }`;
  const LIST = `query($all: Boolean) { indicatorDefinitions(includeArchived: $all) { code archivedAt } }`;
  interface Definition {
    id: string;
    code: string;
    namePl: string;
    unit: string;
    direction: string;
    archivedAt: string | null;
    hasValues: boolean;
  }
  const meals = {
    code: ' edu_meals_cost ',
    namePl: 'Koszt posiłku w stołówce szkolnej',
    nameEn: 'Cost of a school canteen meal',
    serviceArea: 'EDUCATION',
    kind: 'UNIT_COST',
    unit: 'PLN',
    direction: 'LOWER_IS_BETTER',
    perThousand: false,
    measurementPl: 'Koszty stołówki podzielone przez liczbę wydanych posiłków.',
    measurementEn: 'Canteen costs divided by the meals served.',
  };
  let admin: RegisteredUser;
  let created: Definition;

  async function definitionCount(): Promise<number> {
    const [row] = (await t.db.query('SELECT count(*)::int AS n FROM indicator_definitions')) as { n: number }[];
    return row.n;
  }

  beforeAll(async () => {
    admin = await registerUser(t.client(), { displayName: 'Administratorka' });
    await makeAdmin(t.db, admin.id);
  });

  it('lets administrators alone create a definition, with its code in capitals', async () => {
    const before = await definitionCount();
    for (const who of [official, resident]) {
      expect(errorCode(await who.client.request(CREATE, { input: meals }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await t.client().request(CREATE, { input: meals }))).toBe('UNAUTHENTICATED');
    expect(await definitionCount()).toBe(before);

    created = (await admin.client.data<{ createIndicatorDefinition: Definition }>(CREATE, { input: meals }))
      .createIndicatorDefinition;
    expect(created).toMatchObject({ code: 'EDU_MEALS_COST', unit: 'PLN', archivedAt: null, hasValues: false });
    const listed = await t.client().data<{ indicatorDefinitions: { code: string }[] }>(LIST, {});
    expect(listed.indicatorDefinitions.map((d) => d.code)).toContain('EDU_MEALS_COST');
    expect(await definitionCount()).toBe(before + 1);
  });

  it('refuses bad input field by field, and a name or code taken in the service area, storing nothing', async () => {
    const before = await definitionCount();
    const refused: [Record<string, unknown>, string, unknown][] = [
      [{ code: 'edu meals' }, 'BAD_USER_INPUT', [{ field: 'code', code: 'INVALID' }]],
      [{ code: 'EDU_X', namePl: '  ' }, 'BAD_USER_INPUT', [{ field: 'namePl', code: 'REQUIRED' }]],
      [
        { code: 'EDU_X', measurementEn: 'x'.repeat(2001) },
        'BAD_USER_INPUT',
        [{ field: 'measurementEn', code: 'TOO_LONG', params: { max: 2000 } }],
      ],
      // The same Polish name in the same area, whatever its case.
      [
        { code: 'EDU_X', namePl: 'KOSZT POSIŁKU W STOŁÓWCE SZKOLNEJ', nameEn: 'Other' },
        'CONFLICT',
        [{ field: 'namePl', code: 'DUPLICATE' }],
      ],
      [
        { code: 'EDU_X', namePl: 'Inny', nameEn: 'cost of a school canteen meal' },
        'CONFLICT',
        [{ field: 'nameEn', code: 'DUPLICATE' }],
      ],
      [{ code: 'EDU_MEALS_COST', namePl: 'Inny', nameEn: 'Other' }, 'CONFLICT', [{ field: 'code', code: 'DUPLICATE' }]],
    ];
    for (const [change, code, fieldErrors] of refused) {
      const result = await admin.client.request(CREATE, { input: { ...meals, ...change } });
      expect(errorCode(result)).toBe(code);
      expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual(fieldErrors);
    }
    // An unknown enum value never reaches the service: GraphQL refuses the variable.
    for (const change of [{ kind: 'COST' }, { unit: 'EUR' }, { direction: 'UP' }, { serviceArea: 'SPORT' }]) {
      const result = await admin.client.request(CREATE, { input: { ...meals, code: 'EDU_Y', ...change } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
    expect(await definitionCount()).toBe(before);
    // The same name in another service area is a different indicator.
    const elsewhere = await admin.client.data<{ createIndicatorDefinition: Definition }>(CREATE, {
      input: { ...meals, code: 'SOC_MEALS_COST', serviceArea: 'SOCIAL_AID' },
    });
    expect(elsewhere.createIndicatorDefinition.code).toBe('SOC_MEALS_COST');
  });

  it('changes a definition but never its code, nor the unit and kind once values use it', async () => {
    const { code: _code, ...fields } = meals;
    const input = { ...fields, id: created.id };
    expect(errorCode(await official.client.request(UPDATE, { input }))).toBe('FORBIDDEN');
    const unknown = await admin.client.request(UPDATE, {
      input: { ...input, id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(errorCode(unknown)).toBe('INDICATOR_NOT_FOUND');

    const unitChanged = await admin.client.data<{ updateIndicatorDefinition: Definition }>(UPDATE, {
      input: { ...input, unit: 'RATIO', direction: 'HIGHER_IS_BETTER' },
    });
    expect(unitChanged.updateIndicatorDefinition).toMatchObject({
      code: 'EDU_MEALS_COST',
      unit: 'RATIO',
      direction: 'HIGHER_IS_BETTER',
    });
    await admin.client.data(UPDATE, { input });

    await official.client.data(RECORD, {
      input: { indicatorId: created.id, municipalityId: towns[0].id, year: 2010, value: '12,50' },
    });
    const locked = await admin.client.request(UPDATE, { input: { ...input, unit: 'COUNT' } });
    expect(errorCode(locked)).toBe('INDICATOR_HAS_VALUES');
    expect(locked.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'unit', code: 'INVALID' }]);
    const kindLocked = await admin.client.request(UPDATE, { input: { ...input, kind: 'RESULT' } });
    expect(errorCode(kindLocked)).toBe('INDICATOR_HAS_VALUES');
    const [stored] = (await t.db.query('SELECT unit, kind FROM indicator_definitions WHERE id = $1', [created.id])) as {
      unit: string;
      kind: string;
    }[];
    expect(stored).toEqual({ unit: 'PLN', kind: 'UNIT_COST' });
    const renamed = await admin.client.data<{ updateIndicatorDefinition: Definition }>(UPDATE, {
      input: { ...input, namePl: 'Koszt jednego obiadu w szkole' },
    });
    expect(renamed.updateIndicatorDefinition).toMatchObject({
      namePl: 'Koszt jednego obiadu w szkole',
      hasValues: true,
    });
  });

  it('archives a definition with values instead of deleting it, and deletes one nothing uses', async () => {
    const before = await definitionCount();
    expect(errorCode(await official.client.request(DELETE_DEFINITION, { id: created.id }))).toBe('FORBIDDEN');
    expect(errorCode(await official.client.request(ARCHIVE, { id: created.id, a: true }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.client.request(DELETE_DEFINITION, { id: created.id }))).toBe('INDICATOR_HAS_VALUES');
    expect(await definitionCount()).toBe(before);
    expect(await countValues()).toBeGreaterThan(0);

    const archived = await admin.client.data<{ archiveIndicatorDefinition: Definition }>(ARCHIVE, {
      id: created.id,
      a: true,
    });
    expect(archived.archiveIndicatorDefinition.archivedAt).not.toBeNull();
    const active = await t.client().data<{ indicatorDefinitions: { code: string }[] }>(LIST, {});
    expect(active.indicatorDefinitions.map((d) => d.code)).not.toContain('EDU_MEALS_COST');
    const all = await t.client().data<{ indicatorDefinitions: { code: string }[] }>(LIST, { all: true });
    expect(all.indicatorDefinitions.map((d) => d.code)).toContain('EDU_MEALS_COST');
    // Its values stay where they were.
    const values = await t.client().data<{ indicatorValues: { nodes: { value: string }[] } }>(VALUES, {
      m: towns[0].id,
      i: created.id,
    });
    expect(values.indicatorValues.nodes.map((v) => v.value)).toEqual(['12.5']);
    const restored = await admin.client.data<{ archiveIndicatorDefinition: Definition }>(ARCHIVE, {
      id: created.id,
      a: false,
    });
    expect(restored.archiveIndicatorDefinition.archivedAt).toBeNull();

    const unused = (
      await admin.client.data<{ createIndicatorDefinition: Definition }>(CREATE, {
        input: { ...meals, code: 'TRA_UNUSED', namePl: 'Nieużywany', nameEn: 'Unused', serviceArea: 'TRANSPORT' },
      })
    ).createIndicatorDefinition;
    expect(await admin.client.data(DELETE_DEFINITION, { id: unused.id })).toEqual({ deleteIndicatorDefinition: true });
    expect(errorCode(await admin.client.request(DELETE_DEFINITION, { id: unused.id }))).toBe('INDICATOR_NOT_FOUND');
  });
});

describe('demo data', () => {
  let seeded: TestApp;

  beforeAll(async () => {
    seeded = await startTestApp({ seed: true });
  });
  afterAll(() => seeded?.close());

  it('compares the Wołomin county’s gminas over 2022–2024, with populations, an outlier and a survey', async () => {
    const [network] = (await seeded.db.query(`SELECT id FROM networks WHERE name = $1`, [
      'Sieć porównawcza gmin powiatu wołomińskiego',
    ])) as { id: string }[];
    const [cost] = (await seeded.db.query(`SELECT id FROM indicator_definitions WHERE code = 'ADM_CASE_COST'`)) as {
      id: string;
    }[];
    for (const year of [2022, 2023, 2024]) {
      const { indicatorComparison } = await seeded.client().data<{ indicatorComparison: Comparison }>(COMPARISON, {
        n: network.id,
        i: cost.id,
        y: year,
      });
      expect(indicatorComparison.stats.count).toBe(12);
      expect(indicatorComparison.rows.every((r) => r.population !== null)).toBe(true);
      expect(indicatorComparison.rows.filter((r) => r.outlier).map((r) => r.municipalityName)).toEqual(['Strachówka']);
    }
    const [survey] = (await seeded.db.query(
      `SELECT response_count AS "responseCount", published_at IS NOT NULL AS published FROM surveys`,
    )) as { responseCount: number; published: boolean }[];
    expect(survey).toEqual({ responseCount: 12, published: true });
  });
});
