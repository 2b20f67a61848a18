import { AppPage } from './app.page.js';

/** A consultation's documents tab: the list and, for its managers, the upload form. */
export class DocumentsPage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=documents`);
    await this.page.getByTestId('documents-tab').waitFor();
  }

  get rows() {
    return this.page.getByTestId('document-row');
  }

  row(title: string) {
    return this.rows.filter({ hasText: title });
  }

  async upload(file: { name: string; mimeType: string; buffer: Buffer }, title: string): Promise<void> {
    await this.page.getByLabel('Plik', { exact: true }).setInputFiles(file);
    await this.page.getByLabel('Tytuł dokumentu').fill(title);
    await this.page.getByRole('button', { name: 'Wyślij dokument' }).click();
    await this.row(title).waitFor();
  }
}
