import { AppPage } from './app.page.js';

/** Reporting a post, the moderators' queue and the public moderation log. */
export class ModerationPage extends AppPage {
  async openQueue(): Promise<void> {
    await this.goto('/moderacja');
  }

  async openLog(): Promise<void> {
    await this.goto('/moderacja/dziennik');
    await this.page.getByTestId('moderation-log').waitFor();
  }

  /** Reports the post numbered `number` on the open thread page, through the dialog. */
  async reportPost(number: number, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Zgłoś wpis ${number}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Zgłoś moderatorom' });
    await dialog.getByLabel(reason).check();
    await dialog.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Zgłoszono. Dziękujemy.' }).waitFor();
  }

  get queueItems() {
    return this.page.getByTestId('queue-item');
  }

  queueItem(text: string) {
    return this.queueItems.filter({ hasText: text });
  }

  async hide(text: string, reason: string): Promise<void> {
    const item = this.queueItem(text);
    await item.getByLabel('Publiczny powód (przy ukrywaniu)').fill(reason);
    await item.getByRole('button', { name: 'Ukryj', exact: true }).click();
  }

  get logRows() {
    return this.page.getByTestId('moderation-log').locator('tbody tr');
  }
}
