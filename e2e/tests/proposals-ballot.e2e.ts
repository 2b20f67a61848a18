import type { BrowserContext, Page } from 'playwright-core';
import { localDate } from '@ratusz/shared';
import { consecutivePhases, createPublishedConsultation } from '../../server/test/support/consultation-factories.js';
import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { BallotPage } from '../pages/ballot.page.js';
import { LoginPage } from '../pages/login.page.js';
import { ProposalsPage } from '../pages/proposals.page.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/suite.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';

/*
 * Issue 10 in the browser, as the three people living it: an NGO member
 * proposes, an official of Powiat wołomiński answers and sets up a points
 * ballot over the service areas, a resident of Ząbki votes; after the close
 * the results show exactly the online and paper points. The steps build on
 * each other, so they run in this order only.
 */

const OFFICIAL = 'urzednik@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';
const NGO = 'ngo@ratusz.example';

const TITLE = 'Priorytety usług publicznych powiatu';
const PROPOSAL = 'Nocna linia autobusowa Wołomin–Ząbki';
const ANSWER = 'Przyjmujemy – linia trafi do planu transportowego na 2027 rok.';
const TRANSPORT = 'Transport i komunikacja';
const EDUCATION = 'Oświata i edukacja';
const CULTURE = 'Kultura';

describe('proposals and a points ballot, from the proposal to the results', () => {
  const suite = browserSuite();
  const contexts: BrowserContext[] = [];
  let officialApi: GraphQLClient;
  let ngo: Page;
  let official: Page;
  let resident: Page;
  let consultationId: string;
  let receipt: string;

  async function signedIn(email: string): Promise<Page> {
    const context = await newContext(suite.browser, suite.server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    return page;
  }

  const advance = () =>
    officialApi.data(`mutation($id: ID!) { advanceConsultationPhase(id: $id) { currentPhase } }`, {
      id: consultationId,
    });

  beforeAll(async () => {
    officialApi = suite.server.api();
    await apiLogin(officialApi, OFFICIAL);
    const { municipality } = await officialApi.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    // Proposals from today; the official moves on to voting, then to the report, which closes the vote.
    const consultation = await createPublishedConsultation(officialApi, municipality.id, {
      title: TITLE,
      serviceAreas: ['TRANSPORT', 'EDUCATION'],
      phases: consecutivePhases(localDate(new Date()), [
        ['PROPOSALS', 7],
        ['VOTING', 7],
        ['REPORT', 7],
      ]),
    });
    expect(consultation.currentPhase).toBe('PROPOSALS');
    consultationId = consultation.id;
    ngo = await signedIn(NGO);
    official = await signedIn(OFFICIAL);
    resident = await signedIn(RESIDENT);
  });
  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('1. the NGO member submits a proposal; a cost that is not an amount is explained and nothing typed is lost', async () => {
    const proposals = new ProposalsPage(ngo);
    await proposals.open(consultationId);
    await ngo.getByRole('button', { name: 'Zgłoś propozycję', exact: true }).click();
    await ngo.locator('#proposal-new-title').fill(PROPOSAL);
    await ngo.locator('#proposal-new-costEstimatePln').fill('dużo');
    await ngo.getByRole('button', { name: 'Wyślij propozycję', exact: true }).click();
    await ngo.getByText('Wpisz kwotę w złotych', { exact: false }).first().waitFor();
    await expect(ngo.locator('#proposal-new-title').inputValue()).resolves.toBe(PROPOSAL);
    await ngo.getByRole('button', { name: 'Zwiń formularz' }).click();

    await proposals.submit({
      title: PROPOSAL,
      body: 'Ostatni pociąg odjeżdża przed 23:00. **Nocny autobus** co godzinę rozwiązałby problem.',
      serviceArea: TRANSPORT,
      cost: '1 250 000,50',
    });
    const card = proposals.card(PROPOSAL);
    await card.waitFor();
    await expect(card.getByTestId('proposal-status').textContent()).resolves.toBe('Zgłoszona');
    await expect(card.textContent()).resolves.toMatch(/1\s250\s000,50\s*zł/);
  });

  it('2. the official accepts it with a public answer, which the NGO member sees on the proposal', async () => {
    const proposals = new ProposalsPage(official);
    await proposals.open(consultationId);
    await proposals.openProposal(PROPOSAL);
    await proposals.review('Przyjęta', ANSWER);
    await expect(proposals.status.textContent()).resolves.toBe('Przyjęta');
    await proposals.answer.getByText(ANSWER).waitFor();
    await proposals.history.getByText('Przyjęta').waitFor();

    const author = new ProposalsPage(ngo);
    await author.open(consultationId);
    await expect(author.card(PROPOSAL).getByTestId('proposal-status').textContent()).resolves.toBe('Przyjęta');
    await author.openProposal(PROPOSAL);
    await author.answer.getByText(ANSWER).waitFor();
  });

  it('3. the official sets up a points ballot over the service areas', async () => {
    const ballot = new BallotPage(official);
    await ballot.open(consultationId);
    await official.getByTestId('ballot-none').waitFor();
    await ballot.configurePoints({ total: 10, perOption: 6 });
    await expect(official.getByTestId('ballot-method').textContent()).resolves.toContain(
      'Rozdziel do 10 punktów, najwyżej 6 na jedną opcję.',
    );
  });

  it('4. in the voting phase the resident distributes points, checked as they type, and gets a receipt', async () => {
    await advance();
    const ballot = new BallotPage(resident);
    await ballot.open(consultationId);
    await ballot.points(TRANSPORT).waitFor();
    await expect(ballot.pointsLeft.textContent()).resolves.toBe('Zostało 10 punktów z 10.');

    // Over the per-option limit: the shared rule names it at once, before anything is sent.
    await ballot.points(TRANSPORT).fill('7');
    await ballot.problem.getByText(`Na opcję „${TRANSPORT}” możesz dać najwyżej 6 punktów.`).waitFor();
    await ballot.points(TRANSPORT).fill('6');
    await ballot.problem.waitFor({ state: 'detached' });
    await ballot.addPoints(EDUCATION, 4);
    await expect(ballot.pointsLeft.textContent()).resolves.toBe('Zostało 0 punktów z 10.');
    await expect(ballot.points(EDUCATION).inputValue()).resolves.toBe('4');

    for (const language of ['pl', 'en']) {
      if ((await ballot.language()) !== language) await ballot.switchLanguage();
      const violations = await accessibilityViolations(resident);
      if (violations.length > 0) await screenshot(resident, `vote-form-${language}-axe`);
      expect({ language, violations }).toEqual({ language, violations: [] });
    }
    await ballot.switchLanguage();
    expect(await ballot.language()).toBe('pl');

    await ballot.cast();
    receipt = (await ballot.receipt.textContent()) ?? '';
    expect(receipt).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    await resident.getByTestId('ballots-cast').getByText('Oddano 1 głos').waitFor();

    // The first ballot freezes the rules: the official's settings say so and cannot be changed.
    const organiser = new BallotPage(official);
    await organiser.open(consultationId);
    await official.getByTestId('ballot-frozen').waitFor();
    await expect(official.locator('#ballot-config-pointsTotal').isDisabled()).resolves.toBe(true);
    await official.getByTestId('results-hidden').waitFor();
  });

  it('5. after the close the chart and the table show the online and paper points exactly', async () => {
    // Two paper ballots from a meeting, entered through the API as a second official's browser would.
    const { ballot } = await officialApi.data<{
      ballot: { id: string; options: { id: string; serviceArea: { code: string } | null }[] };
    }>(`query($id: ID!) { ballot(consultationId: $id) { id options { id serviceArea { code } } } }`, {
      id: consultationId,
    });
    const option = (code: string) => ballot.options.find((o) => o.serviceArea?.code === code)!.id;
    await officialApi.data(
      `mutation($input: EnterPaperBallotsInput!) { enterPaperBallots(input: $input) { paperBallots } }`,
      {
        input: {
          ballotId: ballot.id,
          ballots: [
            [{ optionId: option('TRANSPORT'), points: 3 }],
            [
              { optionId: option('TRANSPORT'), points: 2 },
              { optionId: option('CULTURE'), points: 5 },
            ],
          ],
        },
      },
    );
    await advance();

    const results = new BallotPage(resident);
    await results.open(consultationId);
    await results.results.waitFor();
    await results.chart.locator('svg .recharts-bar-rectangle').first().waitFor();
    const expected = {
      [TRANSPORT]: { online: 6, paper: 5, total: 11 },
      [EDUCATION]: { online: 4, paper: 0, total: 4 },
      [CULTURE]: { online: 0, paper: 5, total: 5 },
    };
    for (const [label, figures] of Object.entries(expected)) {
      const got = {
        online: await results.result(label, 'online'),
        paper: await results.result(label, 'paper'),
        total: await results.result(label, 'total'),
      };
      expect({ label, ...got }).toEqual({ label, ...figures });
    }
    await expect(resident.getByTestId('results-summary').textContent()).resolves.toBe(
      'Policzono 3 karty: 1 przez internet i 2 papierowych.',
    );
    await expect(resident.getByTestId('results-winner').textContent()).resolves.toBe(`Zwycięska opcja: ${TRANSPORT}`);
    // The chart draws the same numbers: its total labels, one per option.
    await results.chart.getByText('11', { exact: true }).waitFor();
    await resident.getByTestId('receipt-list').getByText(receipt, { exact: true }).waitFor();

    const csv = await resident.request.get(`/api/ballots/${ballot.id}/results.csv`);
    expect(csv.status()).toBe(200);
  });

  it.each(['pl', 'en'])(
    '6. has no accessibility violations on the proposals and vote pages (%s)',
    async (language) => {
      const proposals = new ProposalsPage(official);
      const ballot = new BallotPage(official);
      await proposals.open(consultationId);
      if ((await proposals.language()) !== language) {
        await proposals.switchLanguage();
        await proposals.open(consultationId);
      }
      const found: Record<string, string[]> = {};
      const check = async (what: string): Promise<void> => {
        found[what] = await accessibilityViolations(official);
        if (found[what].length > 0) await screenshot(official, `proposals-ballot-${what}-${language}-axe`);
      };
      await proposals.card(PROPOSAL).waitFor();
      await check('proposals');
      await proposals.openProposal(PROPOSAL);
      await check('proposal');
      await ballot.open(consultationId);
      await ballot.results.waitFor();
      await ballot.chart.locator('svg').first().waitFor();
      await check('vote');
      expect(await ballot.language()).toBe(language);
      expect(found).toEqual({ proposals: [], proposal: [], vote: [] });
    },
    180_000,
  );
});
