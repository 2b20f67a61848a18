import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.js';

/** A consultation's vote tab: the organisers' settings, the voter's ballot, the results; in Polish. */
export class BallotPage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=vote`);
    await this.tab.waitFor();
  }

  get tab(): Locator {
    return this.page.getByTestId('vote-tab');
  }

  /** Sets up a points ballot over the service areas, results after the close, for the municipality's residents. */
  async configurePoints(values: { total: number; perOption: number }): Promise<void> {
    await this.page.locator('#ballot-config-method-POINTS').check();
    await this.page.locator('#ballot-config-pointsTotal').fill(String(values.total));
    await this.page.locator('#ballot-config-pointsPerOptionMax').fill(String(values.perOption));
    await this.page.locator('#ballot-config-optionSource-SERVICE_AREAS').check();
    await this.page.locator('#ballot-config-resultsVisibility-AFTER_CLOSE').check();
    await this.page.locator('#ballot-config-eligibility-RESIDENTS').check();
    await this.page.getByRole('button', { name: /^(Przygotuj głosowanie|Zapisz ustawienia)$/ }).click();
    await this.page.getByTestId('ballot-config-saved').getByText('Zapisano ustawienia głosowania.').waitFor();
  }

  /** The points field of an option, by the option's name. */
  points(option: string): Locator {
    return this.page.getByLabel(option, { exact: true });
  }

  /** Clicks an option's "+" button `times` times. */
  async addPoints(option: string, times: number): Promise<void> {
    const button = this.page.getByRole('button', { name: `Dodaj punkt: ${option}`, exact: true });
    for (let i = 0; i < times; i++) await button.click();
  }

  get pointsLeft(): Locator {
    return this.page.getByTestId('points-left');
  }

  get problem(): Locator {
    return this.page.getByTestId('ballot-problem');
  }

  async cast(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Oddaj głos|Zmień głos)$/ }).click();
    await this.page
      .getByTestId('vote-done')
      .getByText(/^Twój głos został zapisany/)
      .waitFor();
  }

  get receipt(): Locator {
    return this.page.getByTestId('own-receipt');
  }

  get chart(): Locator {
    return this.page.getByTestId('ballot-chart');
  }

  get results(): Locator {
    return this.page.getByTestId('ballot-results');
  }

  /** A number from the results table: the option's row, the column online, paper or total. */
  async result(option: string, column: 'online' | 'paper' | 'total'): Promise<number> {
    const row = this.results.locator(`[data-testid="ballot-result-row"][data-option="${option}"]`);
    return Number(await row.locator(`[data-column="${column}"]`).textContent());
  }
}
