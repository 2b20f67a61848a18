import { AppPage } from './app.page.js';

/** A consultation's report tab: the figures, the downloads and, for its organisers, the generate button. */
export class ReportPage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=report`);
    await this.page.getByTestId('report-tab').waitFor();
  }

  async generate(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Wygeneruj raport|Generate the report)$/ }).click();
    await this.figures.waitFor();
  }

  get figures() {
    return this.page.getByTestId('report-figures');
  }

  /** The figure `key` (people, discussionPosts…) in a phase's row, or in the totals row with 'total'. */
  async figure(phase: string, key: string): Promise<number> {
    const row = this.page.getByTestId(phase === 'total' ? 'report-phase-total' : `report-phase-${phase}`);
    return Number(await row.locator(`[data-figure="${key}"]`).textContent());
  }

  /** A figure of the summary list, by its label ("Uwagi z odpowiedzią urzędu"…). */
  async total(label: string): Promise<number> {
    const item = this.page
      .getByTestId('report-totals')
      .locator('div')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
    return Number(await item.locator('dd').textContent());
  }

  download(format: 'PDF' | 'CSV' | 'JSON') {
    return this.page.getByRole('link', { name: new RegExp(`\\b${format}\\b`) });
  }
}
