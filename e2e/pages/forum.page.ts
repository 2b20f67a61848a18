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
