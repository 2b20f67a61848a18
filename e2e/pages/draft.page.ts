import { AppPage } from './app.page.js';

/** A consultation's draft tab: numbered paragraphs with their comment threads, versions and publishing. */
export class DraftPage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=draft`);
    await this.page.getByTestId('draft-tab').waitFor();
  }

  get paragraphs() {
    return this.page.getByTestId('draft-paragraph');
  }

  paragraph(number: number) {
    return this.page.locator(`#paragraph-${number}`);
  }

  async publish(title: string, source: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Opublikuj (projekt dokumentu|nową wersję)$/ }).click();
    await this.page.getByLabel('Tytuł dokumentu').fill(title);
    await this.page.getByLabel('Treść (Markdown)').fill(source);
    await this.page.getByRole('button', { name: 'Opublikuj wersję' }).click();
    await this.page.getByRole('heading', { name: title }).waitFor();
  }

  /** Opens a paragraph's comments (the button says "Skomentuj" while comments are open, else "Komentarze"). */
  async openComments(number: number): Promise<void> {
    await this.paragraph(number)
      .getByRole('button', { name: new RegExp(`^(Skomentuj|Komentarze) akapit ${number}$`) })
      .click();
  }

  /** Opens a paragraph's comments whatever the interface language, and waits for the first one. */
  async showComments(number: number): Promise<void> {
    await this.paragraph(number)
      .getByRole('button', { name: new RegExp(`(akapit|paragraph) ${number}$`) })
      .click();
    await this.paragraph(number).getByTestId('forum-post').first().waitFor();
  }

  async comment(number: number, body: string): Promise<void> {
    await this.openComments(number);
    await this.paragraph(number).getByLabel(`Twój komentarz do akapitu ${number}`).fill(body);
    await this.paragraph(number).getByRole('button', { name: 'Wyślij komentarz' }).click();
    await this.comments(number, body).waitFor();
  }

  /** The posts under a paragraph whose text contains `text`. */
  comments(number: number, text: string) {
    return this.paragraph(number)
      .getByTestId('forum-post')
      .filter({ has: this.page.getByTestId('post-body').filter({ hasText: text }) });
  }

  async answer(number: number, commentText: string, body: string): Promise<void> {
    const comment = this.comments(number, commentText).first();
    await comment.getByRole('button', { name: /^Odpowiedz oficjalnie/ }).click();
    await comment.getByLabel(/^Oficjalna odpowiedź na wpis nr/).fill(body);
    await comment.getByRole('button', { name: 'Opublikuj odpowiedź' }).click();
    await this.comments(number, body).first().waitFor();
  }
}
