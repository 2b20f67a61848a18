import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { LoginPage } from '../pages/login.page.js';
import { launchBrowser, newContext } from './browser.js';
import { startE2EServer, type E2EServer } from './server.js';

export interface BrowserSuite {
  readonly server: E2EServer;
  readonly browser: Browser;
  /** A fresh browser context (no cookies, no storage) for each test. */
  readonly context: BrowserContext;
  /**
   * Another browser of its own (a second person or device), with `options` over the usual ones.
   * Opened in a test, it is closed after that test; opened in `beforeAll`, after the file.
   */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in another browser of its own, signed in as a demo account through the form; closed as `newContext`'s. */
  signedIn(email: string, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Registers the hooks most browser tests share: one server with demo data and
 * one Chromium per file, a clean context per test. Call inside `describe`.
 */
export function browserSuite(): BrowserSuite {
  let server: E2EServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  // A test's own browsers go with it; those opened for a whole file (a journey's people) stay until its end.
  let inTest = false;
  const testContexts: BrowserContext[] = [];
  const fileContexts: BrowserContext[] = [];
  const closeAll = (contexts: BrowserContext[]) => Promise.all(contexts.splice(0).map((opened) => opened.close()));
  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll(fileContexts);
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    inTest = true;
    context = await newContext(browser!, server!.url);
  });
  afterEach(async () => {
    inTest = false;
    await Promise.all([context?.close(), closeAll(testContexts)]);
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not ready: use it inside a test or hook.`);
    return value;
  };
  const suite: BrowserSuite = {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get context() {
      return ready(context, 'browser context');
    },
    async newContext(options) {
      const opened = await newContext(suite.browser, suite.server.url, options);
      (inTest ? testContexts : fileContexts).push(opened);
      return opened;
    },
    async signedIn(email, options) {
      const page = await (await suite.newContext(options)).newPage();
      await new LoginPage(page).signInAs(email);
      return page;
    },
  };
  return suite;
}
