import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.js';

/** The indicator data entry page (import, one value, worksheet) and the comparison page; in Polish. */
export class IndicatorsPage extends AppPage {
  async openEntry(): Promise<void> {
    await this.goto('/wskazniki/dane');
    await this.page.getByRole('heading', { name: 'Import z pliku CSV lub XLSX' }).waitFor();
  }

  /** Chooses a file with this content in the import form and sends it. */
  async importCsv(name: string, content: string): Promise<void> {
    await this.page.getByLabel('Plik CSV lub XLSX').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    await this.page.getByRole('button', { name: 'Importuj', exact: true }).click();
  }

  get importErrors(): Locator {
    return this.page.getByTestId('import-errors');
  }

  importDone(count: number): Locator {
    return this.page.getByText(new RegExp(`^Zaimportowano ${count} wartoś`));
  }

  async openComparison(params: {
    network: string;
    indicator: string;
    year: number;
    municipality: string;
  }): Promise<void> {
    const query = new URLSearchParams({
      siec: params.network,
      wskaznik: params.indicator,
      rok: String(params.year),
      gmina: params.municipality,
    });
    await this.goto(`/porownania?${query}`);
    await this.table.waitFor();
  }

  get chart(): Locator {
    return this.page.getByTestId('comparison-chart');
  }

  get table(): Locator {
    return this.page.getByTestId('comparison-table');
  }

  get trendTable(): Locator {
    return this.page.getByTestId('trend-table');
  }

  /** The comparison table's row of one municipality, as its cells' texts. */
  async row(name: string): Promise<string[]> {
    const row = this.table.locator('tbody tr').filter({ has: this.page.getByRole('rowheader', { name }) });
    return row.locator('th, td').allTextContents();
  }

  /** The administrators' definitions page. */
  async openDefinitions(): Promise<void> {
    await this.goto('/wskazniki/definicje');
    await this.page.getByTestId('indicator-definitions').waitFor();
  }

  get definitions(): Locator {
    return this.page.getByTestId('indicator-definitions');
  }

  /** Fills the new-definition form with the Polish labels and sends it; waits for the confirmation. */
  async createDefinition(values: {
    code: string;
    namePl: string;
    nameEn: string;
    serviceArea: string;
    kind: string;
    unit: string;
    direction: string;
    measurementPl: string;
  }): Promise<void> {
    await this.page.getByLabel('Kod', { exact: true }).fill(values.code);
    await this.page.getByLabel('Nazwa (polski)').fill(values.namePl);
    await this.page.getByLabel('Nazwa (angielski)').fill(values.nameEn);
    await this.page.getByLabel('Obszar', { exact: true }).selectOption({ label: values.serviceArea });
    await this.page.getByLabel('Rodzaj', { exact: true }).selectOption({ label: values.kind });
    await this.page.getByLabel('Jednostka', { exact: true }).selectOption({ label: values.unit });
    await this.page.getByLabel('Kierunek', { exact: true }).selectOption({ label: values.direction });
    await this.page.getByLabel('Sposób pomiaru (polski)').fill(values.measurementPl);
    await this.page.getByRole('button', { name: 'Dodaj definicję' }).click();
    await this.page.getByRole('status').getByText(`Dodano wskaźnik ${values.code}.`).waitFor();
  }
}
