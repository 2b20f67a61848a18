import { AppPage } from './app.page.js';

export class RegisterPage extends AppPage {
  async open(): Promise<void> {
    await this.goto('/rejestracja');
  }

  async register(values: { email: string; password: string; displayName: string }): Promise<void> {
    await this.page.getByLabel('Adres e-mail').fill(values.email);
    await this.page.getByLabel('Hasło', { exact: true }).fill(values.password);
    await this.page.getByLabel('Nazwa wyświetlana').fill(values.displayName);
    await this.page.getByRole('button', { name: 'Załóż konto' }).click();
  }

  /** What a sign-up answers, for a new and a taken address alike. */
  get checkEmail() {
    return this.page.getByTestId('check-email');
  }

  /** Signs up and waits for the "check your e-mail" answer. */
  async signUp(values: { email: string; password: string; displayName: string }): Promise<void> {
    await this.register(values);
    await this.checkEmail.waitFor();
  }

  /** Opens the e-mailed confirmation link (an absolute URL of the server) in this tab. */
  async openLink(link: string): Promise<void> {
    const url = new URL(link);
    await this.goto(`${url.pathname}${url.search}`);
  }

  /** Opens the link and waits until it has logged in. */
  async confirm(link: string): Promise<void> {
    await this.openLink(link);
    await this.currentUser.waitFor();
  }
}
