import type { BrowserContext, Page } from 'playwright-core';
import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { IndicatorsPage } from '../pages/indicators.page.js';
import { LoginPage } from '../pages/login.page.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

/*
 * Issue 12 in the browser: the demo official, made an official of Wołomin,
 * imports a CSV of indicator values — first a bad one, refused whole with
 * its row and column named, then a good one — and the comparison of the
 * Wołomin county's comparison network shows Wołomin against the group, in a
 * chart and a table, with no accessibility violations.
 */

const OFFICIAL = 'urzednik@ratusz.example';
const ADMIN = 'admin@ratusz.example';
const NETWORK = 'Sieć porównawcza gmin powiatu wołomińskiego';
const YEAR = 2024;

describe('indicators: an official imports a CSV and compares the gmina with its group', () => {
  const suite = browserSuite();
  let context: BrowserContext;
  let page: Page;
  let indicators: IndicatorsPage;
  let ids: { network: string; indicator: string; wolomin: string };

  beforeAll(async () => {
    const admin: GraphQLClient = suite.server.api();
    await apiLogin(admin, ADMIN);
    const official: GraphQLClient = suite.server.api();
    await apiLogin(official, OFFICIAL);
    const found = await admin.data<{
      municipality: { id: string };
      indicatorDefinitions: { id: string; code: string }[];
      networks: { nodes: { id: string; name: string }[] };
    }>(`query {
      municipality(slug: "wolomin") { id }
      indicatorDefinitions { id code }
      networks(first: 100) { nodes { id name } }
    }`);
    ids = {
      network: found.networks.nodes.find((n) => n.name === NETWORK)!.id,
      indicator: found.indicatorDefinitions.find((d) => d.code === 'ADM_CASE_COST')!.id,
      wolomin: found.municipality.id,
    };
    const { me } = await official.data<{ me: { id: string } }>(`query { me { id } }`);
    await admin.data(`mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`, {
      input: { userId: me.id, municipalityId: ids.wolomin, role: 'OFFICIAL' },
    });
    // The demo already holds Wołomin's 2024 cost per case; the official clears it to enter it again by file.
    await apiLogin(official, OFFICIAL);
    const { indicatorValues } = await official.data<{ indicatorValues: { nodes: { id: string; year: number }[] } }>(
      `query($m: ID!, $i: ID) { indicatorValues(municipalityId: $m, indicatorId: $i, first: 10) { nodes { id year } } }`,
      { m: ids.wolomin, i: ids.indicator },
    );
    const current = indicatorValues.nodes.find((v) => v.year === YEAR)!;
    await official.data(`mutation($id: ID!) { deleteIndicatorValue(id: $id) }`, { id: current.id });

    context = await newContext(suite.browser, suite.server.url);
    page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(OFFICIAL, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    indicators = new IndicatorsPage(page);
  });
  afterAll(() => context?.close());

  it('refuses a bad file whole, naming the row and column, then imports a good one', async () => {
    await indicators.openEntry();
    await indicators.importCsv(
      'zle.csv',
      `gmina;wskaźnik;rok;wartość\nwolomin;ADM_CASE_COST;${YEAR};99,99\nwolomin;ADM_CASE_COST;2099;1\n`,
    );
    await indicators.importErrors.waitFor();
    const cells = await indicators.importErrors.locator('tbody td').allTextContents();
    expect(cells).toEqual(['3', 'year', 'Rok z przyszłości.']);

    await indicators.importCsv('dobre.csv', `gmina;wskaźnik;rok;wartość\nwolomin;ADM_CASE_COST;${YEAR};99,99\n`);
    await indicators.importDone(1).waitFor();

    const violations = await accessibilityViolations(page);
    if (violations.length > 0) await screenshot(page, 'indicators-entry-axe');
    expect(violations).toEqual([]);
  });

  it('shows Wołomin highlighted against the group in the chart and its table', async () => {
    await indicators.openComparison({
      network: ids.network,
      indicator: ids.indicator,
      year: YEAR,
      municipality: ids.wolomin,
    });
    await indicators.chart.waitFor();
    // The lowest cost per case ranks first; the row says in words that it is the highlighted one.
    expect(await indicators.row('Wołomin')).toEqual(['1', 'Wołomin', '99,99', 'wyróżniona gmina']);
    expect(await indicators.table.locator('tbody tr').count()).toBe(12);
    await expect(indicators.page.getByTestId('comparison-stats').textContent()).resolves.toContain('Mediana');
    await indicators.trendTable.waitFor();

    for (const language of ['pl', 'en']) {
      if ((await indicators.language()) !== language) await indicators.switchLanguage();
      const violations = await accessibilityViolations(page);
      if (violations.length > 0) await screenshot(page, `indicators-comparison-${language}-axe`);
      expect({ language, violations }).toEqual({ language, violations: [] });
    }
  });

  it('lets an administrator add an indicator definition, listed with its code, unit and direction', async () => {
    const adminContext = await newContext(suite.browser, suite.server.url);
    try {
      const adminPage = await adminContext.newPage();
      const login = new LoginPage(adminPage);
      await login.open();
      await login.login(ADMIN, DEMO_PASSWORD);
      await login.currentUser.waitFor();
      const definitions = new IndicatorsPage(adminPage);
      await definitions.openDefinitions();
      await definitions.createDefinition({
        code: 'edu_meals_cost',
        namePl: 'Koszt posiłku w stołówce szkolnej',
        nameEn: 'Cost of a school canteen meal',
        serviceArea: 'Oświata',
        kind: 'Koszt jednostkowy',
        unit: 'zł',
        direction: 'Im mniej, tym lepiej',
        measurementPl: 'Koszty stołówki podzielone przez liczbę wydanych posiłków.',
      });
      const row = definitions.definitions.locator('tr', { hasText: 'EDU_MEALS_COST' });
      expect(await row.locator('th, td').allInnerTexts()).toEqual([
        'EDU_MEALS_COST',
        'Koszt posiłku w stołówce szkolnej',
        'Oświata',
        'Koszt jednostkowy',
        'zł',
        'Im mniej, tym lepiej',
        expect.stringContaining('Zmień'),
      ]);
      const violations = await accessibilityViolations(adminPage);
      if (violations.length > 0) await screenshot(adminPage, 'indicator-definitions-axe');
      expect(violations).toEqual([]);
    } finally {
      await adminContext.close();
    }
  });
});
