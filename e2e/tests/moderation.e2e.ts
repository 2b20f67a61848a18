import type { Browser, BrowserContext } from 'playwright-core';
import { LoginPage } from '../pages/login.page.js';
import { ForumPage } from '../pages/forum.page.js';
import { ModerationPage } from '../pages/moderation.page.js';
import { accessibilityViolations, launchBrowser, newContext, screenshot } from '../support/browser.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';
import { startE2EServer, type E2EServer } from '../support/server.js';

describe('moderation in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let threadId: string;

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
    const official = server.api();
    await apiLogin(official, 'urzednik@ratusz.example');
    const municipality = await official.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
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
    const ngo = server.api();
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
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  async function loggedIn(email: string): Promise<ModerationPage> {
    const context = await newContext(browser, server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    return new ModerationPage(page);
  }

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

    const visitor = new ModerationPage(await (await newContext(browser, server.url)).newPage());
    contexts.push(visitor.page.context());
    await visitor.openLog();
    const first = visitor.logRows.first();
    await expect(first.textContent()).resolves.toMatch(/Ukryto.*Moderator.*Wpis.*Reklama kredytów/);
    expect(await visitor.page.getByTestId('moderation-log').textContent()).not.toContain('Marek');
    expect(await accessibilityViolations(visitor.page)).toEqual([]);
    await screenshot(visitor.page, 'moderation-log');
    // Three browsers and two axe runs: more than the default minute on a loaded machine.
  }, 180_000);
});
