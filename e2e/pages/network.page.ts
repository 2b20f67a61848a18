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

  /** A coordinator adds a member municipality through the picker; waits for the confirmation. */
  async addMember(search: string, option: string | RegExp): Promise<void> {
    await this.pick('Szukaj gminy, powiatu lub dzielnicy', search, option);
    await this.page.getByRole('button', { name: 'Dodaj do sieci' }).click();
    await this.page
      .getByRole('status')
      .getByText(/^Dodano:/)
      .waitFor();
  }

  /** The open network's page by its id (the address the list links to). */
  async open(networkId: string, name: string): Promise<void> {
    await this.goto(`/networks/${networkId}`);
    await this.networkHeading(name).waitFor();
  }

  get documents() {
    return this.page.getByTestId('network-documents');
  }

  get documentRows() {
    return this.documents.getByTestId('document-row');
  }

  documentRow(title: string) {
    return this.documentRows.filter({ hasText: title });
  }

  /** A coordinator picks a file, names it and sends it; returns without waiting, as the server may refuse it. */
  async sendDocument(file: { name: string; mimeType: string; buffer: Buffer }, title: string): Promise<void> {
    await this.documents.getByLabel('Plik', { exact: true }).setInputFiles(file);
    await this.documents.getByLabel('Tytuł dokumentu').fill(title);
    await this.documents.getByRole('button', { name: 'Wyślij dokument' }).click();
  }

  /** Removes a document, accepting the confirmation; waits until its row is gone. */
  async removeDocument(title: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.documentRow(title).getByRole('button', { name: /^Usuń/ }).click();
    await this.documentRow(title).waitFor({ state: 'detached' });
  }

  /** An administrator names a coordinator by e-mail or handle; waits for the confirmation. */
  async addCoordinator(person: string): Promise<void> {
    await this.page.getByLabel('Nazwa do wspominania lub adres e-mail').fill(person);
    await this.page.getByRole('button', { name: 'Dodaj koordynatora' }).click();
    await this.page.getByRole('status').getByText(`Dodano koordynatora: ${person}.`).waitFor();
  }

  /** An administrator removes a coordinator by their name; waits for the confirmation. */
  async removeCoordinator(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Usuń koordynatora: ${name}` }).click();
    await this.page.getByRole('status').getByText(`Usunięto koordynatora: ${name}.`).waitFor();
  }

  get indicatorsState() {
    return this.page.getByTestId('network-indicators-state');
  }

  /** Keeps the indicator data internal (or publishes it), by the coordinator's one button. */
  async setIndicatorsPublic(publish: boolean): Promise<void> {
    await this.page
      .getByRole('button', { name: publish ? 'Opublikuj dane wskaźników' : 'Zachowaj dane tylko dla sieci' })
      .click();
    await this.page
      .getByRole('status')
      .getByText(publish ? 'Opublikowano dane wskaźników sieci.' : 'Dane wskaźników są teraz widoczne tylko w sieci.')
      .waitFor();
  }

  /** From the network's page: fills the good-practice form and ends on the new practice's page. */
  async createGoodPractice(values: {
    title: string;
    problem: string;
    solution: string;
    results: string;
    cost: string;
    contact: string;
    serviceArea: string;
    municipality: string;
  }): Promise<void> {
    await this.page.getByRole('link', { name: 'Dodaj dobrą praktykę' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Nowa dobra praktyka' }).waitFor();
    await this.page.getByLabel('Tytuł', { exact: true }).fill(values.title);
    await this.page.getByLabel('Problem', { exact: true }).fill(values.problem);
    await this.page.getByLabel('Rozwiązanie', { exact: true }).fill(values.solution);
    await this.page.getByLabel('Rezultaty', { exact: true }).fill(values.results);
    await this.page.getByLabel('Koszt (zł)').fill(values.cost);
    await this.page.getByLabel('Kontakt', { exact: true }).fill(values.contact);
    await this.page.getByLabel('Obszar usług').selectOption({ label: values.serviceArea });
    await this.page.getByLabel('Samorząd', { exact: true }).selectOption({ label: values.municipality });
  }

  async submitGoodPractice(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Dodaj praktykę' }).click();
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }
}
