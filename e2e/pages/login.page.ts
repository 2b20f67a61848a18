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
}
