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

  /** Opens the moderation menu of an item named as the menu names it: "wpis 3", "propozycja nr 2". */
  async openMenu(item: string): Promise<void> {
    const opener = this.page.getByRole('button', { name: `Moderuj: ${item}` });
    if ((await opener.getAttribute('aria-expanded')) !== 'true') await opener.click();
  }

  /** Opens the moderation menu of post `number` on the open thread page. */
  async openPostMenu(number: number): Promise<void> {
    await this.openMenu(`wpis ${number}`);
  }

  /** The open menu's actions of an item (to check what it offers). */
  menuActions(item: string) {
    return this.page.getByRole('group', { name: `Działania moderacyjne: ${item}` });
  }

  /** The open modal dialog of that name. */
  dialog(name: string) {
    return this.page.getByRole('dialog', { name });
  }

  async editPost(number: number, body: string, note: string): Promise<void> {
    await this.editItem(`wpis ${number}`, body, note);
  }

  /** Corrects an item's text with a public note, from its moderation menu. */
  async editItem(item: string, body: string, note: string): Promise<void> {
    await this.openMenu(item);
    await this.page.getByRole('button', { name: `Popraw ${item} z notatką` }).click();
    const dialog = this.dialog(`Popraw ${item}`);
    await dialog.getByLabel('Poprawiona treść').fill(body);
    await dialog.getByLabel('Publiczna notatka: co zmieniono i dlaczego').fill(note);
    await dialog.getByRole('button', { name: 'Zapisz poprawkę' }).click();
    await this.status('Zapisano poprawkę z notatką.').waitFor();
  }

  /** Hides an item with a public reason, from its moderation menu. */
  async hideItem(item: string, reason: string): Promise<void> {
    await this.openMenu(item);
    await this.page.getByRole('button', { name: `Ukryj ${item}` }).click();
    const dialog = this.dialog(`Ukryj ${item}`);
    await dialog.getByLabel('Publiczny powód').fill(reason);
    await dialog.getByRole('button', { name: 'Ukryj treść' }).click();
    await this.status('Ukryto treść.').waitFor();
  }

  /** Opens the warning or block dialog for the author of post `number`. */
  async openSanction(number: number, kind: 'warn' | 'block') {
    await this.openPostMenu(number);
    const verb = kind === 'warn' ? 'Upomnij' : 'Zablokuj';
    await this.page.getByRole('button', { name: `${verb} autora: wpis ${number}` }).click();
    return this.dialog(kind === 'warn' ? 'Upomnij użytkownika' : 'Zablokuj użytkownika w gminie');
  }

  async moveThread(category: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Przenieś wątek' }).click();
    const dialog = this.dialog('Przenieś wątek do innej kategorii');
    await dialog.getByLabel('Nowa kategoria').selectOption({ label: category });
    await dialog.getByLabel('Publiczny powód przeniesienia').fill(reason);
    await dialog.getByRole('button', { name: 'Przenieś', exact: true }).click();
    await this.status(`Przeniesiono wątek do kategorii „${category}”.`).waitFor();
  }

  /** The pre-moderation form of the open category page (only its moderators and officials get it). */
  get categoryPremoderation() {
    return this.page.getByTestId('category-premoderation');
  }

  /** Picks the category's pre-moderation (as the radio is labelled) and, when turning it on, its thresholds; then saves. */
  async setCategoryPremoderation(
    mode: 'Jak w gminie' | 'Włączona w tej kategorii' | 'Wyłączona w tej kategorii',
    thresholds?: { accountDays: string; approvedPosts: string },
  ): Promise<void> {
    const form = this.categoryPremoderation;
    await form.getByLabel(mode).check();
    if (thresholds) {
      await form.getByLabel('Wiek konta (dni)').fill(thresholds.accountDays);
      await form.getByLabel('Zatwierdzone wpisy').fill(thresholds.approvedPosts);
    }
    await form.getByRole('button', { name: 'Zapisz wstępną moderację' }).click();
  }

  /** Approves a held item in the open queue. */
  async approve(text: string): Promise<void> {
    await this.queueItem(text).getByRole('button', { name: 'Zatwierdź', exact: true }).click();
  }

  status(text: string) {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
