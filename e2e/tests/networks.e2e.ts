import { addDays, localDate, planExchangeMeetings } from '@ratusz/shared';
import { LoginPage } from '../pages/login.page.js';
import { NetworkPage } from '../pages/network.page.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/suite.js';

const GROUP = 'Grupa Wymiany Doświadczeń: oświata (gminy wiejskie)';
/** The demo group's members in hosting order (rural gminas of the Gorlice county). */
const HOSTS = ['Gorlice (gmina)', 'Lipinki', 'Łużna', 'Moszczenica', 'Ropa', 'Sękowa', 'Uście Gorlickie'];

describe('networks: an exchange group’s meeting plan', () => {
  const suite = browserSuite();

  it('shows the group to anyone, without the coordinator’s forms', async () => {
    const networks = new NetworkPage(await suite.context.newPage());
    await networks.openList();
    await networks.openFromList(GROUP);
    expect(await networks.members.allInnerTexts()).toHaveLength(HOSTS.length);
    expect(await networks.page.getByRole('button', { name: 'Ułóż plan' }).count()).toBe(0);
    expect(await accessibilityViolations(networks.page)).toEqual([]);
  });

  it('lets the coordinator generate the plan and see the meetings hosted in turn on working days', async () => {
    const page = await suite.context.newPage();
    await new LoginPage(page).signInAs('urzednik@ratusz.example');

    const networks = new NetworkPage(page);
    await networks.openList();
    await networks.openFromList(GROUP);
    const startDate = addDays(localDate(new Date()), 30);
    await networks.generatePlan({ startDate, count: 8, intervalWeeks: 5 });

    const expected = planExchangeMeetings({ startDate, hostCount: HOSTS.length, count: 8, intervalWeeks: 5 });
    const rows = await networks.planRows();
    expect(rows).toEqual(expected.map((meeting) => [meeting.date, HOSTS[meeting.hostIndex]]));
    // Hosts in turn: the eighth meeting goes back to the first member.
    expect(rows.map(([, host]) => host)).toEqual([...HOSTS, HOSTS[0]]);
    await screenshot(page, 'network-meeting-plan');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The page keeps its address: the indicators' e2e continues from here.
    expect(new URL(page.url()).pathname).toMatch(/^\/networks\/[0-9a-f-]{36}$/);
  });

  it('finds a good practice without Polish letters and opens it with its "we tried it too" reports', async () => {
    const page = await suite.context.newPage();
    await page.goto('/good-practices');
    await page.getByRole('heading', { level: 1, name: 'Dobre praktyki' }).waitFor();
    await page.getByLabel('Szukaj w dobrych praktykach').fill('dowoz uczniow');
    await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
    await page.waitForURL(/q=dowoz/);
    const results = page.getByTestId('good-practices').getByRole('link');
    await results.first().waitFor();
    expect(await results.allInnerTexts()).toEqual(['Wspólny dowóz uczniów z sąsiednią gminą']);
    await results.first().click();
    await page.getByRole('heading', { level: 1, name: 'Wspólny dowóz uczniów z sąsiednią gminą' }).waitFor();
    await page.getByText('Powiat wołomiński', { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets the coordinator add a member, keep the indicator data internal and publish it, and file a good practice', async () => {
    const page = await suite.context.newPage();
    await new LoginPage(page).signInAs('urzednik@ratusz.example');

    const networks = new NetworkPage(page);
    await networks.openList();
    await networks.openFromList(GROUP);
    await networks.addMember('Wołomin', /^Wołomin/);
    expect(await networks.members.allInnerTexts()).toHaveLength(HOSTS.length + 1);
    expect((await networks.members.last().innerText()).startsWith('Wołomin')).toBe(true);

    await networks.setIndicatorsPublic(false);
    await networks.indicatorsState.getByText(/zachowuje dane wskaźników dla siebie/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await networks.setIndicatorsPublic(true);
    await networks.indicatorsState.getByText('Porównania wskaźników tej sieci są publiczne.').waitFor();

    const title = 'Wspólne zakupy energii dla szkół';
    await networks.createGoodPractice({
      title,
      problem: 'Każda szkoła kupowała energię osobno, drożej niż większy odbiorca.',
      solution: 'Gminy grupy ogłosiły jeden wspólny przetarg na energię dla wszystkich szkół.',
      results: 'Cena za MWh spadła o 14% w pierwszym roku umowy.',
      cost: '12 500,50',
      contact: 'oswiata@luzna.example',
      serviceArea: 'Oświata',
      municipality: 'Łużna',
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    await networks.submitGoodPractice(title);
    await page.getByText('12500.50 PLN', { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets an administrator name a coordinator by e-mail and remove them again', async () => {
    const page = await suite.context.newPage();
    await new LoginPage(page).signInAs('admin@ratusz.example');

    const networks = new NetworkPage(page);
    await networks.openList();
    await networks.openFromList(GROUP);
    const remove = page.getByRole('button', { name: 'Usuń koordynatora: Marek Moderator' });
    await networks.addCoordinator('moderator@ratusz.example');
    await remove.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await networks.removeCoordinator('Marek Moderator');
    expect(await remove.count()).toBe(0);
  });
});
