import type { Download } from 'playwright-core';
import { AppPage } from './app.page.js';

/** A consultation's problem-tree tab: diagram, keyboard tree, node panel, exports and workshop mode. */
export class ProblemTreePage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=problemTree`);
    await this.page.getByTestId('problem-tree').waitFor();
  }

  get diagram() {
    return this.page.getByTestId('tree-diagram');
  }

  /** A box of the diagram by its text. */
  diagramNode(text: string) {
    return this.diagram.locator('g[data-node-id]').filter({ hasText: text });
  }

  treeItem(text: string) {
    return this.page.getByRole('treeitem').filter({ hasText: text }).last();
  }

  async openWorkshop(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Tryb warsztatowy|Workshop mode)/ }).click();
    await this.workshop.waitFor();
  }

  get workshop() {
    return this.page.getByTestId('workshop');
  }

  async joinCode(): Promise<string> {
    const text = await this.page.getByTestId('join-code').textContent();
    // The visually hidden label precedes the code itself.
    return (text ?? '').trim().split(/\s+/).pop() ?? '';
  }

  suggestion(text: string) {
    return this.page.getByTestId('workshop-suggestion').filter({ hasText: text });
  }

  async closeWorkshop(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Zamknij tryb warsztatowy|Close workshop mode)$/ }).click();
    await this.workshop.waitFor({ state: 'hidden' });
  }

  /** Clicks an export button and waits for the file the browser downloads. */
  async export(format: 'SVG' | 'PNG'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: new RegExp(`\\(${format}\\)$`) }).click();
    return download;
  }
}

/** `/w/<code>` on a phone: a participant suggests a cause or an effect. */
export class WorkshopParticipantPage extends AppPage {
  async open(code: string): Promise<void> {
    await this.goto(`/w/${code}`);
    await this.page.getByTestId('suggest-form').waitFor();
  }

  async suggest(kind: 'cause' | 'effect', text: string): Promise<void> {
    await this.page.getByLabel(kind === 'cause' ? 'Przyczynę (poniżej węzła)' : 'Skutek (powyżej węzła)').check();
    await this.page.getByLabel('Treść', { exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Wyślij propozycję' }).click();
    await this.page.getByTestId('suggest-status').filter({ hasText: text }).waitFor();
  }

  mySuggestion(text: string) {
    return this.page.getByTestId('my-suggestions').locator('li').filter({ hasText: text });
  }
}
