import { ForumPage } from '../pages/forum.page.js';
import { ModerationPage } from '../pages/moderation.page.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';
import { apiLogin } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

describe('moderation in the browser', () => {
  const suite = browserSuite();
  let threadId: string;
  let municipalityId: string;

  beforeAll(async () => {
    const official = suite.server.api();
    await apiLogin(official, 'urzednik@ratusz.example');
    const municipality = await official.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    municipalityId = municipality.municipality.id;
    const category = await official.data<{ createForumCategory: { id: string } }>(
      `mutation($input: CreateCategoryInput!) { createForumCategory(input: $input) { id } }`,
      {
        input: {
          municipalityId: municipality.municipality.id,
          slug: 'ogloszenia-mieszkancow',
          name: 'Ogłoszenia mieszkańców',
          description: 'Sprawy bieżące.',
          position: 9,
        },
      },
    );
    const ngo = suite.server.api();
    await apiLogin(ngo, 'ngo@ratusz.example');
    const thread = await ngo.data<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      {
        input: {
          categoryId: category.createForumCategory.id,
          title: 'Tanie kredyty bez BIK',
          body: 'Super oferta kredytowa, dzwoń teraz pod numer z profilu!',
        },
      },
    );
    threadId = thread.createThread.id;
  });

  const loggedIn = async (email: string) => new ModerationPage(await suite.signedIn(email));

  it('a resident reports a post, the moderator sees it arrive live, hides it, and the public log shows it', async () => {
    const moderator = await loggedIn('moderator@ratusz.example');
    await moderator.openQueue();
    await moderator.page.evaluate(() => {
      (window as unknown as { e2eMarker?: string }).e2eMarker = 'not reloaded';
    });
    expect(await moderator.queueItem('Super oferta kredytowa').count()).toBe(0);

    const resident = await loggedIn('mieszkanka@ratusz.example');
    const forum = new ForumPage(resident.page);
    await forum.openThread(threadId);
    await resident.reportPost(1, 'Spam lub reklama');

    // The queue updates in place: no reload.
    await moderator.queueItem('Super oferta kredytowa').waitFor();
    expect(await moderator.page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      'not reloaded',
    );
    await expect(moderator.queueItem('Super oferta kredytowa').textContent()).resolves.toContain('Spam lub reklama');
    expect(await accessibilityViolations(moderator.page)).toEqual([]);
    await screenshot(moderator.page, 'moderation-queue');

    await moderator.hide('Super oferta kredytowa', 'Reklama kredytów');
    await moderator.queueItem('Super oferta kredytowa').waitFor({ state: 'detached' });

    await forum.openThread(threadId);
    await resident.page
      .getByTestId('hidden-notice')
      .filter({ hasText: 'Ukryte przez moderatora: Reklama kredytów' })
      .waitFor();

    const visitor = new ModerationPage(await (await suite.newContext()).newPage());
    await visitor.openLog();
    const first = visitor.logRows.first();
    await expect(first.textContent()).resolves.toMatch(/Ukryto.*Moderator.*Wpis.*Reklama kredytów/);
    expect(await visitor.page.getByTestId('moderation-log').textContent()).not.toContain('Marek');
    expect(await accessibilityViolations(visitor.page)).toEqual([]);
    await screenshot(visitor.page, 'moderation-log');
    // Three browsers and two axe runs: more than the default minute on a loaded machine.
  }, 180_000);

  it("an official's change of the moderation settings is in the public log with the values before and after", async () => {
    const official = suite.server.api();
    await apiLogin(official, 'urzednik@ratusz.example');
    const { moderationSettings: before } = await official.data<{
      moderationSettings: {
        flagThreshold: number;
        premoderation: boolean;
        premoderationAccountDays: number;
        premoderationApprovedPosts: number;
      };
    }>(
      `query($id: ID!) { moderationSettings(id: $id) {
        flagThreshold premoderation premoderationAccountDays premoderationApprovedPosts } }`,
      { id: municipalityId },
    );
    const threshold = before.flagThreshold + 2;
    await official.data(
      `mutation($input: ModerationSettingsInput!) { setModerationSettings(input: $input) { flagThreshold } }`,
      { input: { ...before, municipalityId, flagThreshold: threshold } },
    );

    const visitor = new ModerationPage(await (await suite.newContext()).newPage());
    await visitor.openLog();
    const row = visitor.logRows.filter({ hasText: 'Zmieniono ustawienia' }).first();
    await expect(row.textContent()).resolves.toMatch(
      new RegExp(`Urzędnik.*Ustawień moderacji gminy.*Próg zgłoszeń: ${before.flagThreshold} → ${threshold}`),
    );
    // Only what changed: pre-moderation stayed as it was.
    await expect(row.textContent()).resolves.not.toContain('Wstępna moderacja');
    expect(await accessibilityViolations(visitor.page)).toEqual([]);
  });
});
