import { DEMO_PASSWORD } from '../support/demo-accounts.js';
import { AppPage } from './app.page.js';

export class LoginPage extends AppPage {
  async open(): Promise<void> {
    await this.goto('/logowanie');
  }

  async login(email: string, password: string): Promise<void> {
    await this.page.getByLabel('Adres e-mail').fill(email);
    await this.page.getByLabel('Hasło', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Zaloguj się', exact: true }).click();
  }

  /** Signs a demo account in through the form; ends when the page shows who is signed in. */
  async signInAs(email: string): Promise<void> {
    await this.open();
    await this.login(email, DEMO_PASSWORD);
    await this.currentUser.waitFor();
  }
}
