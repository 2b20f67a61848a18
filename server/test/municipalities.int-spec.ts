import { ErrorCode, FieldErrorCode } from '@ratusz/shared';
import { demoData } from '../src/seed/demo-data.js';
import { DEMO_COMPARISON_NETWORK } from '../src/seed/demo-indicators.js';
import { errorCode } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Unit {
  slug: string;
  name: string;
  kind: string;
  childCount: number;
  children: { slug: string; name: string; kind: string; parent: { slug: string } }[];
}

const TOP_LEVEL = `query($first: Int!, $after: String) {
  municipalities(topLevel: true, first: $first, after: $after) {
    nodes { slug name kind childCount children { slug name kind parent { slug } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

describe('municipalities and service areas', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('lists the demo counties and cities with their gminas and districts in Polish order', async () => {
    const data = await t.client().data<{ municipalities: { nodes: Unit[] } }>(TOP_LEVEL, { first: 100 });
    const units = data.municipalities.nodes;
    expect(units.map((u) => u.slug).sort()).toEqual(demoData.municipalities.map((m) => m.slug).sort());

    const warszawa = units.find((u) => u.slug === 'warszawa')!;
    expect(warszawa.kind).toBe('CITY_COUNTY');
    expect(warszawa.childCount).toBe(18);
    expect(warszawa.children.every((d) => d.kind === 'DISTRICT' && d.parent.slug === 'warszawa')).toBe(true);
    // Polish collation: Wola, Włochy come before Żoliborz, and Śródmieście is not after Ż.
    const districtNames = warszawa.children.map((d) => d.name);
    expect(districtNames.at(-1)).toBe('Żoliborz');
    expect(districtNames.indexOf('Śródmieście')).toBeLessThan(districtNames.indexOf('Targówek'));

    const gorlicki = units.find((u) => u.slug === 'powiat-gorlicki')!;
    expect(gorlicki.children.map((g) => g.name)).toContain('Łużna');
    const names = gorlicki.children.map((g) => g.name);
    expect(names.indexOf('Lipinki')).toBeLessThan(names.indexOf('Łużna'));
    expect(names.indexOf('Łużna')).toBeLessThan(names.indexOf('Moszczenica'));
  });

  it('pages with cursors without gaps or repeats', async () => {
    const client = t.client();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data: { municipalities: { nodes: Unit[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } =
        await client.data(TOP_LEVEL, { first: 3, after });
      seen.push(...data.municipalities.nodes.map((n) => n.slug));
      if (!data.municipalities.pageInfo.hasNextPage) break;
      after = data.municipalities.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(demoData.municipalities.length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('issues the same number of SQL statements for 1 and for 3 counties with their gminas (no N+1)', async () => {
    const COUNTIES = `query($first: Int!) {
      municipalities(kind: COUNTY, first: $first) { nodes { name children { name parent { name } } } }
    }`;
    const client = t.client();
    let one: { municipalities: { nodes: Unit[] } } | undefined;
    let three: { municipalities: { nodes: Unit[] } } | undefined;
    const small = await countStatements(t.db, async () => (one = await client.data(COUNTIES, { first: 1 })));
    const large = await countStatements(t.db, async () => (three = await client.data(COUNTIES, { first: 3 })));
    expect(one?.municipalities.nodes).toHaveLength(1);
    expect(three?.municipalities.nodes).toHaveLength(3);
    expect(three?.municipalities.nodes.every((n) => n.children.length >= 10)).toBe(true);
    // The page, the children of all counties, the parents of all children: three statements whatever the page size.
    expect(small.count).toBe(3);
    expect(large.count).toBe(small.count);
  });

  it('finds places without Polish diacritics ("zabki" finds Ząbki, "LUZNA" finds Łużna)', async () => {
    const SEARCH = `query($q: String!) { municipalities(search: $q) { nodes { name } } }`;
    const client = t.client();
    expect(
      (await client.data<{ municipalities: { nodes: { name: string }[] } }>(SEARCH, { q: 'zabki' })).municipalities
        .nodes,
    ).toEqual([{ name: 'Ząbki' }]);
    expect(
      (await client.data<{ municipalities: { nodes: { name: string }[] } }>(SEARCH, { q: 'LUZNA' })).municipalities
        .nodes,
    ).toEqual([{ name: 'Łużna' }]);
  });

  it('finds one place by slug, and null for an unknown slug', async () => {
    const Q = `query($slug: String!) { municipality(slug: $slug) { name parent { name } } }`;
    expect(await t.client().data(Q, { slug: 'radzymin' })).toEqual({
      municipality: { name: 'Radzymin', parent: { name: 'Powiat wołomiński' } },
    });
    expect(await t.client().data(Q, { slug: 'atlantyda' })).toEqual({ municipality: null });
  });

  it('finds one place by id; null for an unknown id, a field error for a malformed one', async () => {
    const [radzymin]: { id: string }[] = await t.db.query(`SELECT id FROM municipalities WHERE slug = 'radzymin'`);
    const Q = `query($id: ID!) { municipalityById(id: $id) { name } }`;
    expect(await t.client().data(Q, { id: radzymin.id })).toEqual({ municipalityById: { name: 'Radzymin' } });
    expect(await t.client().data(Q, { id: '00000000-0000-4000-8000-000000000000' })).toEqual({
      municipalityById: null,
    });
    expect(errorCode(await t.client().request(Q, { id: 'radzymin' }))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('returns the eight service areas in Polish and English, in fixed order', async () => {
    const data = await t
      .client()
      .data<{ serviceAreas: { code: string; namePl: string; nameEn: string }[] }>(
        `{ serviceAreas { code namePl nameEn } }`,
      );
    expect(data.serviceAreas.map((a) => a.code)).toEqual([
      'EDUCATION',
      'HEALTH',
      'CULTURE',
      'TRANSPORT',
      'COMMUNAL',
      'HOUSING',
      'SOCIAL_AID',
      'ADMINISTRATION',
    ]);
    expect(data.serviceAreas[0]).toEqual({ code: 'EDUCATION', namePl: 'Oświata i edukacja', nameEn: 'Education' });
  });

  it('lists the networks', async () => {
    const data = await t
      .client()
      .data<{ networks: { nodes: { name: string; kind: string; serviceAreaCode: string | null }[] } }>(
        `{ networks(first: 10) { nodes { name kind serviceAreaCode } } }`,
      );
    // The fixture's networks, and the comparison network the indicators' demo data adds.
    expect(data.networks.nodes.map((n) => n.name).sort()).toEqual(
      [...demoData.networks.map((n) => n.name), DEMO_COMPARISON_NETWORK].sort(),
    );
    expect(
      data.networks.nodes
        .filter((n) => n.kind === 'EXCHANGE_GROUP')
        .map((n) => n.serviceAreaCode)
        .sort(),
    ).toEqual(['COMMUNAL', 'EDUCATION']);
  });

  it('refuses page sizes over 100 and forged cursors with a field error', async () => {
    const tooMany = await t.client().request(TOP_LEVEL, { first: 101 });
    expect(errorCode(tooMany)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(tooMany.errors?.[0].extensions?.fieldErrors?.[0]).toMatchObject({ field: 'first' });

    const forged = await t
      .client()
      .request(TOP_LEVEL, { first: 5, after: Buffer.from('{"x":1}').toString('base64url') });
    expect(errorCode(forged)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(forged.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'after', code: FieldErrorCode.INVALID }]);
  });
});
