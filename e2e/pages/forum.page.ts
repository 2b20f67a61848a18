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

  post(text: string) {
    return this.posts.filter({ hasText: text });
  }

  /** Replies to the post containing `text` through its inline composer. */
  async replyTo(number: number, body: string): Promise<void> {
    await this.page.getByRole('button', { name: `Odpowiedz na wpis nr ${number}` }).click();
    await this.page.getByLabel('Twoja odpowiedź (Markdown)').fill(body);
    await this.page.getByRole('button', { name: 'Wyślij odpowiedź' }).click();
  }

  /** The live region's button announcing replies by others. */
  newRepliesButton() {
    return this.page.getByRole('button', { name: /nowa odpowiedź|nowe odpowiedzi|nowych odpowiedzi/ });
  }
}
