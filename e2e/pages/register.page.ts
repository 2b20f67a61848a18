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
}
