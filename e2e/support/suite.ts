import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext } from './browser.js';
import { startE2EServer, type E2EServer } from './server.js';

export interface BrowserSuite {
  readonly server: E2EServer;
  readonly browser: Browser;
  /** A fresh browser context (no cookies, no storage) for each test. */
  readonly context: BrowserContext;
}

/**
 * Registers the hooks most browser tests share: one server with demo data and
 * one Chromium per file, a clean context per test. Call inside `describe`.
 */
export function browserSuite(): BrowserSuite {
  let server: E2EServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser!, server!.url);
  });
  afterEach(() => context?.close());
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not ready: use it inside a test or hook.`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get context() {
      return ready(context, 'browser context');
    },
  };
}
