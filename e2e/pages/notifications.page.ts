import { AppPage } from './app.page.js';

/** The header's bell, the notifications page and the password-reset pages. */
export class NotificationsPage extends AppPage {
  get bell() {
    return this.page.getByTestId('notification-bell');
  }

  get count() {
    return this.page.getByTestId('notification-count');
  }

  async open(): Promise<void> {
    await this.bell.click();
    await this.page.getByRole('heading', { level: 1, name: 'Powiadomienia' }).waitFor();
  }

  get list() {
    return this.page.getByTestId('notification-list');
  }

  item(text: string | RegExp) {
    return this.list.getByRole('link', { name: text });
  }

  async requestReset(email: string): Promise<void> {
    await this.goto('/logowanie');
    await this.page.getByRole('link', { name: 'Nie pamiętasz hasła?' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Nowe hasło' }).waitFor();
    await this.page.getByLabel('Adres e-mail').fill(email);
    await this.page.getByRole('button', { name: 'Wyślij link' }).click();
    await this.page.getByTestId('reset-requested').waitFor();
  }

  async setNewPassword(path: string, password: string): Promise<void> {
    await this.goto(path);
    await this.page.getByLabel('Nowe hasło').fill(password);
    await this.page.getByRole('button', { name: 'Ustaw hasło' }).click();
    await this.page.getByTestId('password-changed').waitFor();
  }
}
