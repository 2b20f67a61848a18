import { AppPage } from './app.page.js';

/** The networks list, a network's page (`/networks/:id`) and its meeting plan. */
export class NetworkPage extends AppPage {
  async openList(): Promise<void> {
    await this.goto('/networks');
    await this.page.getByTestId('network-list').waitFor();
  }

  /** From the list, by the network's name; ends on its page with the name as the heading. */
  async openFromList(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.networkHeading(name).waitFor();
  }

  networkHeading(name: string) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  get plan() {
    return this.page.getByTestId('meeting-plan');
  }

  get members() {
    return this.page.getByTestId('network-members').getByRole('listitem');
  }

  /** Fills and sends the coordinator's plan form; waits for its confirmation. */
  async generatePlan(values: { startDate: string; count: number; intervalWeeks: number }): Promise<void> {
    await this.page.getByLabel('Pierwsze spotkanie (dzień)').fill(values.startDate);
    await this.page.getByLabel('Liczba spotkań').fill(String(values.count));
    await this.page.getByLabel('Odstęp (tygodnie)').selectOption(String(values.intervalWeeks));
    await this.page.getByRole('button', { name: 'Ułóż plan' }).click();
    await this.page
      .getByRole('status')
      .getByText(/^Ułożono plan/)
      .waitFor();
  }

  /** Each planned meeting as [day (YYYY-MM-DD), host], in the table's order. */
  async planRows(): Promise<[string, string][]> {
    const rows = this.plan.locator('tbody tr');
    const result: [string, string][] = [];
    for (let index = 0; index < (await rows.count()); index++) {
      const row = rows.nth(index);
      const day = await row.locator('time').getAttribute('datetime');
      const host = (await row.locator('td').nth(2).innerText()).trim();
      result.push([day ?? '', host]);
    }
    return result;
  }
}
