import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.js';

/** A consultation's proposals tab and a proposal's own page, in Polish. */
export class ProposalsPage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=proposals`);
    await this.tab.waitFor();
  }

  get tab(): Locator {
    return this.page.getByTestId('proposals-tab');
  }

  /** Opens the form, fills it in and sends it; waits for the confirmation. */
  async submit(values: { title: string; body: string; serviceArea: string; cost?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Zgłoś propozycję', exact: true }).click();
    await this.page.locator('#proposal-new-title').fill(values.title);
    await this.page.locator('#proposal-new-body').fill(values.body);
    await this.page.locator('#proposal-new-serviceArea').selectOption({ label: values.serviceArea });
    if (values.cost !== undefined) await this.page.locator('#proposal-new-costEstimatePln').fill(values.cost);
    await this.page.getByRole('button', { name: 'Wyślij propozycję', exact: true }).click();
    await this.page.getByTestId('proposal-submitted').getByText(values.title, { exact: false }).waitFor();
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
