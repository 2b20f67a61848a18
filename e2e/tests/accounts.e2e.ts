import { AppPage } from '../pages/app.page.js';
import { LoginPage } from '../pages/login.page.js';
import { ProfilePage } from '../pages/profile.page.js';
import { RegisterPage } from '../pages/register.page.js';
import { confirmationLink } from '../../server/test/support/mailbox.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { apiLogin } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

const PASSWORD = 'Mocne-haslo-2026';

describe('accounts in the browser', () => {
  const suite = browserSuite();

  it('registers, logs out, logs in, shows the name in the header, switches language (remembered), logs out', async () => {
    const page = await suite.context.newPage();
    const email = `e2e.${Date.now()}@example.pl`;

    const register = new RegisterPage(page);
    await register.open();
    expect(await register.language()).toBe('pl');
    await register.signUp({ email, password: PASSWORD, displayName: 'Zofia Testowa' });
    // Nobody is logged in yet; the answer has focus, so a screen reader reads it at once.
    expect(await register.currentUser.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('check-email');
    expect(await register.checkEmail.textContent()).toContain(email);
    expect(await accessibilityViolations(page)).toEqual([]);

    await register.confirm(await confirmationLink(suite.server.url, email));
    expect(await register.currentUser.textContent()).toBe('Zofia Testowa');
    expect(new URL(page.url()).pathname).toBe('/');

    await register.logout();

    const login = new LoginPage(page);
    await login.open();
    await login.login(email, PASSWORD);
    await login.currentUser.waitFor();
    expect(await login.currentUser.textContent()).toBe('Zofia Testowa');

    await login.switchLanguage();
    expect(await login.language()).toBe('en');
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await login.language()).toBe('en');
    await screenshot(page, 'logged-in-en');

    await login.logout();
    await page.getByRole('link', { name: 'Log in' }).waitFor();
  });

  it('answers a taken address exactly like a new one, mails its owner, and a used link says so in the chosen language', async () => {
    const answerFor = async (email: string) => {
      const page = await suite.context.newPage();
      const register = new RegisterPage(page);
      await register.open();
      await register.signUp({ email, password: PASSWORD, displayName: 'Duplikat' });
      return ((await register.checkEmail.textContent()) ?? '').replace(email, '<e-mail>');
    };
    const taken = 'mieszkanka@ratusz.example';
    const fresh = `e2e.fresh.${Date.now()}@example.pl`;
    expect(await answerFor(taken)).toBe(await answerFor(fresh));

    const admin = suite.server.api();
    await apiLogin(admin, 'admin@ratusz.example');
    const { mailOutbox } = await admin.data<{ mailOutbox: { nodes: { kind: string; text: string }[] } }>(
      `query($to: String) { mailOutbox(first: 5, to: $to) { nodes { kind text } } }`,
      { to: taken },
    );
    const attempt = mailOutbox.nodes.find((mail) => mail.kind === 'REGISTRATION_ATTEMPT');
    expect(attempt?.text).toContain('/haslo/reset');

    // The fresh address's link works once; the second time it is refused, in Polish and then in English.
    const link = await confirmationLink(suite.server.url, fresh);
    const first = new RegisterPage(await suite.context.newPage());
    await first.confirm(link);
    const again = new RegisterPage(await (await newContext(suite.browser, suite.server.url)).newPage());
    await again.openLink(link);
    const alert = again.page.getByRole('alert').filter({ hasText: /link/i });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/został już użyty/);
    expect(await accessibilityViolations(again.page)).toEqual([]);
    await again.switchLanguage();
    await again.openLink(link);
    await again.page
      .getByRole('alert')
      .filter({ hasText: /was used/ })
      .waitFor();
    expect(await again.currentUser.count()).toBe(0);
    await again.page.context().close();
  });

  it('a wrong password gets one translated message, whatever the e-mail', async () => {
    const page = await suite.context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('mieszkanka@ratusz.example', 'Zle-haslo-123');
    const alert = page.getByRole('alert').filter({ hasText: /hasło/i });
    await alert.first().waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/The e-mail or password is not correct/);
  });

  it('edits the profile: a taken mention name is refused in Polish, nothing typed is lost, then it saves', async () => {
    const page = await suite.context.newPage();
    const register = new RegisterPage(page);
    await register.open();
    const email = `e2e.profile.${Date.now()}@example.pl`;
    await register.signUp({ email, password: PASSWORD, displayName: 'Tomasz Profilowy' });
    await register.confirm(await confirmationLink(suite.server.url, email));

    const profile = new ProfilePage(page);
    await profile.open();
    expect(await page.locator('.details').textContent()).toContain('@tomasz_profilowy');
    await profile.openEditForm();
    expect(await accessibilityViolations(page)).toEqual([]);
    await profile.displayNameField.fill('Tomasz P.');
    await profile.handleField.fill('@zofia_mieszkanka');
    await profile.save();
    expect(await profile.fieldError('handle')).toMatch(/używa już ktoś inny/);
    expect(await profile.handleField.inputValue()).toBe('@zofia_mieszkanka');
    expect(await profile.displayNameField.inputValue()).toBe('Tomasz P.');
    expect(await accessibilityViolations(page)).toEqual([]);

    await profile.handleField.fill('tomasz_p');
    await profile.save();
    await page.getByText('Zapisano zmiany w profilu.').waitFor();
    expect(await page.locator('.details').textContent()).toContain('@tomasz_p');
    expect(await profile.currentUser.textContent()).toBe('Tomasz P.');
  });

  it('logs out everywhere from the profile, and the other browser notices at once', async () => {
    const email = `e2e.everywhere.${Date.now()}@example.pl`;
    const laptop = await suite.context.newPage();
    const register = new RegisterPage(laptop);
    await register.open();
    await register.signUp({ email, password: PASSWORD, displayName: 'Dwa Urządzenia' });
    await register.confirm(await confirmationLink(suite.server.url, email));

    const phoneContext = await newContext(suite.browser, suite.server.url);
    const phone = await phoneContext.newPage();
    const phoneLogin = new LoginPage(phone);
    await phoneLogin.open();
    await phoneLogin.login(email, PASSWORD);
    await phoneLogin.currentUser.waitFor();

    await laptop.goto('/profil');
    await laptop.getByRole('heading', { level: 1 }).waitFor();
    expect(await accessibilityViolations(laptop)).toEqual([]);
    await laptop.getByRole('button', { name: 'Wyloguj ze wszystkich urządzeń' }).click();
    const confirm = laptop.getByRole('button', { name: /Tak|Potwierdź|Wyloguj wszędzie/ });
    if (await confirm.count()) await confirm.first().click();

    // The phone is told over the socket, without reloading.
    await phoneLogin.currentUser.waitFor({ state: 'detached', timeout: 10_000 });
    await laptop.getByRole('link', { name: 'Zaloguj się' }).first().waitFor();
    await phoneContext.close();
  });

  it('lets the admin grant an official role', async () => {
    const page = await suite.context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login('admin@ratusz.example', 'Ratusz-demo-2026');
    await login.currentUser.waitFor();
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const admin = new AppPage(page);
    await admin.pick('Szukaj osoby po adresie e-mail lub nazwie', 'mieszkanka', /mieszkanka@ratusz\.example/);
    await admin.pick('Szukaj gminy, powiatu lub dzielnicy', 'Ząbki', /Ząbki/);
    await page
      .getByRole('radio', { name: /Urzędni/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Nadaj rolę' }).click();
    await page
      .getByRole('button', { name: /Odbierz rolę.*Zofia Mieszkanka/ })
      .first()
      .waitFor();
    await screenshot(page, 'admin');
  });

  describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
    const pages = ['/', '/logowanie', '/rejestracja', '/profil', '/nie-ma-takiej-strony'];

    for (const language of ['pl', 'en'] as const) {
      it(`has no violations on any page in ${language}`, async () => {
        const page = await suite.context.newPage();
        const app = new AppPage(page);
        await app.goto('/');
        if (language === 'en') await app.switchLanguage();
        await page.getByText('Powiat wołomiński').first().waitFor();
        const found: Record<string, string[]> = {};
        for (const path of pages) {
          await app.goto(path);
          await page.waitForLoadState('networkidle');
          expect(await app.language()).toBe(language);
          found[path] = await accessibilityViolations(page);
        }
        await screenshot(page, `404-${language}`);
        expect(found).toEqual(Object.fromEntries(pages.map((p) => [p, []])));
      });
    }

    it('is usable by keyboard alone: the skip link comes first and moves focus to the content', async () => {
      const page = await suite.context.newPage();
      await new AppPage(page).goto('/');
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => document.activeElement?.textContent?.trim());
      expect(skip).toBe('Przejdź do treści');
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(
        () => document.activeElement?.closest('main') !== null || document.activeElement?.id === 'main',
      );
      expect(focused).toBe(true);
    });
  });
});
