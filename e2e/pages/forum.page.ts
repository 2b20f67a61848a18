import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.js';

/** The forum: category list, a category's threads, a thread with its posts. */
export class ForumPage extends AppPage {
  async openCategories(): Promise<void> {
    await this.goto('/forum');
  }

  async openCategory(categoryId: string): Promise<void> {
    await this.goto(`/forum/${categoryId}`);
  }

  async openThread(threadId: string): Promise<void> {
    await this.goto(`/forum/watek/${threadId}`);
    await this.posts.first().waitFor();
  }

  async openSearch(): Promise<void> {
    await this.goto('/forum/szukaj');
  }

  get posts() {
    return this.page.getByTestId('forum-post');
  }

  /** The post whose own text (not an open composer's preview inside it) contains `text`. */
  post(text: string) {
    return this.posts.filter({ has: this.page.getByTestId('post-body').filter({ hasText: text }) });
  }

  /** The open reply composer's text field (one at a time in these tests). */
  get replyField() {
    return this.page.getByLabel('Twoja odpowiedź (Markdown)');
  }

  /** Types at the caret key by key, as a person would, so the composer reacts to every keystroke. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** The people offered while an @mention is typed in a composer. */
  get mentionList() {
    return this.page.getByRole('listbox', { name: 'Osoby do wspomnienia' });
  }

  get mentionOptions() {
    return this.mentionList.getByRole('option');
  }

  mentionOption(name: string | RegExp) {
    return this.mentionList.getByRole('option', { name });
  }

  /** The composer's polite live region telling how many people are offered. */
  get mentionStatus() {
    return this.page.getByTestId('mention-status');
  }

  /** The prefixes of mentionSuggestions requests the page sends from now on, in order. */
  recordMentionRequests(): string[] {
    const prefixes: string[] = [];
    this.page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body: { operationName?: string; variables?: { prefix?: string } } | null = request.postDataJSON();
      if (body?.operationName === 'MentionSuggestions') prefixes.push(body.variables?.prefix ?? '');
    });
    return prefixes;
  }

  /** The caret's position in a text field (where typing goes on). */
  async caret(field: Locator): Promise<number | null> {
    return field.evaluate((element) => (element instanceof HTMLTextAreaElement ? element.selectionStart : null));
  }

  /** Whether the text field has focus. */
  async focused(field: Locator): Promise<boolean> {
    return field.evaluate((element) => element === document.activeElement);
  }

  /** The texts a field's aria-describedby points at (its hint and error). */
  async fieldDescription(field: Locator): Promise<string> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
    const texts = await Promise.all(ids.map((id) => this.page.locator(`#${id}`).textContent()));
    return texts.join(' ');
  }

  replyButton(number: number) {
    return this.page.getByRole('button', { name: `Odpowiedz na wpis nr ${number}` });
  }

  quoteButton(number: number) {
    return this.page.getByRole('button', { name: `Cytuj wpis nr ${number}` });
  }

  async sendReply(): Promise<void> {
    await this.page.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
  }

  /** Replies to the post containing `text` through its inline composer. */
  async replyTo(number: number, body: string): Promise<void> {
    await this.replyButton(number).click();
    await this.replyField.fill(body);
    await this.sendReply();
  }

  /** The radio group for a reply's stance in threads about a consultation. */
  get stanceGroup() {
    return this.page.getByRole('group', { name: /Twoje stanowisko w konsultacji/ });
  }

  /** The live region's button announcing replies by others. */
  newRepliesButton() {
    return this.page.getByRole('button', { name: /nowa odpowiedź|nowe odpowiedzi|nowych odpowiedzi/ });
  }

  moderationButton(name: 'Przypnij wątek' | 'Odepnij wątek' | 'Zamknij wątek' | 'Otwórz wątek') {
    return this.page.getByRole('button', { name, exact: true });
  }

  get lockedNotice() {
    return this.page.getByText('Wątek zamknięty — nowe odpowiedzi są wyłączone.');
  }

  /** The badges under the thread's title. */
  get threadFlags() {
    return this.page.getByRole('list', { name: 'Stan wątku' });
  }

  /** A thread's entry in a category's list. */
  threadListItem(title: string) {
    return this.page.locator('.forum-list__item').filter({ has: this.page.getByRole('link', { name: title }) });
  }
}
