import { AppPage } from './app.page.js';

/** "Mój profil": account details, the profile form and the sessions list. */
export class ProfilePage extends AppPage {
  async open(): Promise<void> {
    await this.goto('/profil');
  }

  async openEditForm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Zmień dane profilu' }).click();
    await this.page.getByRole('form', { name: 'Zmiana danych profilu' }).waitFor();
  }

  get displayNameField() {
    return this.page.getByLabel('Nazwa wyświetlana');
  }

  get handleField() {
    return this.page.getByLabel('Nazwa do wspominania');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Zapisz zmiany' }).click();
  }

  /** The error tied to a field with aria-describedby, as a screen reader would read it. */
  async fieldError(field: 'handle' | 'displayName'): Promise<string> {
    const input = field === 'handle' ? this.handleField : this.displayNameField;
    await this.page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true',
      `profile-${field}`,
    );
    const errorId = `profile-${field}-error`;
    expect((await input.getAttribute('aria-describedby')) ?? '').toContain(errorId);
    return (await this.page.locator(`#${errorId}`).textContent()) ?? '';
  }
}
