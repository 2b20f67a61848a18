import type { Page } from 'playwright-core';

/** What every page has: the header with navigation, the signed-in user, the language switch and logout. */
export class AppPage {
  constructor(readonly page: Page) {}

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.page.locator('h1').first().waitFor();
  }

  get currentUser() {
    return this.page.getByTestId('current-user');
  }

  get languageSwitch() {
    return this.page.getByTestId('language-switch');
  }

  async language(): Promise<string | null> {
    return this.page.getAttribute('html', 'lang');
  }

  async switchLanguage(): Promise<void> {
    const before = await this.language();
    await this.languageSwitch.click();
    await this.page.waitForFunction((lang) => document.documentElement.lang !== lang, before);
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Wyloguj się|Log out)$/ }).click();
    await this.currentUser.waitFor({ state: 'detached' });
  }

  /**
   * Types `search` into the combobox labelled `label` and chooses the first
   * suggestion named `option`, as a mouse user would; waits for the list to close.
   */
  async pick(label: string, search: string, option: string | RegExp): Promise<void> {
    const field = this.page.getByRole('combobox', { name: label });
    await field.fill(search);
    await this.page.getByRole('option', { name: option }).first().click();
    await this.page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-expanded') === 'false',
      (await field.getAttribute('id')) ?? '',
    );
  }

  heading() {
    return this.page.locator('h1').first();
  }
}
