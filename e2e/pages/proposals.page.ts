import type { Download, Locator } from 'playwright-core';
import { AppPage } from './app.page.js';

export interface AttachmentFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A consultation's proposals tab and a proposal's own page, in Polish. */
export class ProposalsPage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=proposals`);
    await this.tab.waitFor();
  }

  get tab(): Locator {
    return this.page.getByTestId('proposals-tab');
  }

  /** Opens the form (when closed), fills it in and sends it; waits for the confirmation. */
  async submit(values: {
    title: string;
    body: string;
    serviceArea: string;
    cost?: string;
    /** The organisation to submit it for, by name. */
    onBehalfOf?: string;
    files?: AttachmentFile[];
  }): Promise<void> {
    await this.openForm();
    await this.page.locator('#proposal-new-title').fill(values.title);
    await this.page.locator('#proposal-new-body').fill(values.body);
    await this.page.locator('#proposal-new-serviceArea').selectOption({ label: values.serviceArea });
    if (values.cost !== undefined) await this.page.locator('#proposal-new-costEstimatePln').fill(values.cost);
    if (values.onBehalfOf)
      await this.page.locator('#proposal-new-on-behalf').selectOption({ label: values.onBehalfOf });
    if (values.files) await this.chooseFiles(values.files);
    await this.page.getByRole('button', { name: 'Wyślij propozycję', exact: true }).click();
    await this.page.getByTestId('proposal-submitted').getByText(values.title, { exact: false }).waitFor();
  }

  async openForm(): Promise<void> {
    // Open, the toggle says so ("Zwiń formularz").
    if ((await this.page.getByRole('button', { name: 'Zwiń formularz' }).count()) > 0) return;
    await this.page.getByRole('button', { name: 'Zgłoś propozycję', exact: true }).click();
  }

  /** The submit form's file picker, found by its label as a screen reader user would. */
  get filePicker(): Locator {
    return this.page.locator('#proposal-submit-form').getByLabel('Załączniki (nieobowiązkowe)');
  }

  async chooseFiles(files: AttachmentFile[]): Promise<void> {
    await this.filePicker.setInputFiles(files);
  }

  /** The problem the picker reports (its error, tied to the input). */
  get fileProblem(): Locator {
    return this.page.locator('#proposal-new-attachments-error');
  }

  /** The proposal page's list of attachments. */
  get attachments(): Locator {
    return this.page.getByTestId('proposal-attachments');
  }

  /** An attachment's download link on the proposal page, by its file name. */
  attachment(fileName: string): Locator {
    return this.attachments.getByRole('link', { name: fileName, exact: true });
  }

  /** The file names the proposal page lists, in order. */
  attachmentNames(): Promise<string[]> {
    return this.attachments.getByRole('link').allTextContents();
  }

  /** On the proposal page, as its author or an official: chooses files, attaches them and waits for them listed. */
  async addAttachments(files: AttachmentFile[]): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Załączniki', exact: true })
      .getByLabel('Załączniki (nieobowiązkowe)')
      .setInputFiles(files);
    await this.page.getByRole('button', { name: 'Dołącz wybrane pliki', exact: true }).click();
    for (const file of files) await this.attachment(file.name).waitFor();
  }

  /** On the proposal page, as its author or an official: removes an attachment after confirming. */
  async removeAttachment(fileName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Usuń załącznik ${fileName}`, exact: true }).click();
    await this.page
      .getByRole('dialog', { name: 'Usunąć załącznik?' })
      .getByRole('button', { name: 'Usuń załącznik', exact: true })
      .click();
    await this.attachment(fileName).waitFor({ state: 'detached' });
  }

  /** Clicks an attachment's link and waits for the browser's download. */
  async download(fileName: string): Promise<Download> {
    const started = this.page.waitForEvent('download');
    await this.attachment(fileName).click();
    return started;
  }

  card(title: string): Locator {
    return this.page.getByTestId('proposal-card').filter({ hasText: title });
  }

  /** From the list, the proposal's page. */
  async openProposal(title: string): Promise<void> {
    await this.card(title).getByRole('link').click();
    await this.page.getByTestId('proposal-history').waitFor();
  }

  get status(): Locator {
    return this.page.locator('.proposal-facts').getByTestId('proposal-status');
  }

  get answer(): Locator {
    return this.page.getByTestId('proposal-answer');
  }

  get history(): Locator {
    return this.page.getByTestId('proposal-history');
  }

  /** The officials' review: the new status by its label and the public answer. */
  async review(status: string, answer: string): Promise<void> {
    await this.page.locator('#proposal-review-status').selectOption({ label: status });
    await this.page.locator('#proposal-review-answer').fill(answer);
    await this.page.getByRole('button', { name: 'Zapisz ocenę', exact: true }).click();
    await this.page.getByTestId('review-saved').getByText(status, { exact: false }).waitFor();
  }
}
