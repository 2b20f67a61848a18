import type { Browser, BrowserContext } from 'playwright-core';
import { ForumPage } from '../pages/forum.page.js';
import { LoginPage } from '../pages/login.page.js';
import { accessibilityViolations, launchBrowser, newContext } from '../support/browser.js';
import { startE2EServer, type E2EServer } from '../support/server.js';

const PASSWORD = 'Ratusz-demo-2026';

describe('forum in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let categoryId: string;
  let threadId: string;

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
    const api = server.api();
    await api.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email: 'mieszkanka@ratusz.example', password: PASSWORD },
    });
    const found = await api.data<{ forumCategory: { id: string } }>(
      `query { forumCategory(slug: "dialog-obywatelski") { id } }`,
    );
    categoryId = found.forumCategory.id;
    const created = await api.data<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { categoryId, title: 'Ławki w parku miejskim', body: 'Czy w parku przydałyby się **nowe ławki**?' } },
    );
    threadId = created.createThread.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  async function loggedIn(email: string): Promise<ForumPage> {
    const context = await newContext(browser, server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, PASSWORD);
    await login.currentUser.waitFor();
    return new ForumPage(page);
  }

  it('shows a reply by someone else live, behind a polite "new replies" button', async () => {
    const writer = await loggedIn('mieszkanka@ratusz.example');
    const reader = await loggedIn('ngo@ratusz.example');
    await writer.openThread(threadId);
    await reader.openThread(threadId);

    await writer.replyTo(1, 'Tak, i koszy na śmieci też.');
    // The writer sees their own reply at once.
    await writer.post('Tak, i koszy na śmieci też.').waitFor();

    // The reader is offered it without reloading, and sees it after asking.
    const button = reader.newRepliesButton();
    await button.waitFor({ timeout: 10_000 });
    expect(await button.textContent()).toContain('1 nowa odpowiedź');
    expect(await reader.post('Tak, i koszy na śmieci też.').count()).toBe(0);
    await button.click();
    await reader.post('Tak, i koszy na śmieci też.').waitFor();
    await button.waitFor({ state: 'detached' });
  });

  it('has no accessibility violations on the forum pages', async () => {
    const forum = await loggedIn('ngo@ratusz.example');
    await forum.openCategories();
    await forum.page
      .getByRole('link', { name: 'Ławki w parku miejskim' })
      .or(forum.page.locator('.forum-list'))
      .first()
      .waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    await forum.openCategory(categoryId);
    await forum.page.getByRole('link', { name: 'Ławki w parku miejskim' }).waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    await forum.openThread(threadId);
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    await forum.openSearch();
    await forum.page.getByLabel('Szukana fraza').fill('ławki');
    await forum.page.getByRole('link', { name: 'Ławki w parku miejskim' }).first().waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);
  });
});
