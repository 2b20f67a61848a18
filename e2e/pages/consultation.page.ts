import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.js';

/** The consultation list, a consultation's page and the step-by-step form, in Polish. */
export class ConsultationPage extends AppPage {
  async openList(): Promise<void> {
    await this.goto('/konsultacje');
  }

  async openNew(): Promise<void> {
    await this.goto('/konsultacje/nowa');
    await this.page.getByRole('heading', { name: /^Krok 1 z 3/ }).waitFor();
  }

  async open(id: string): Promise<void> {
    await this.goto(`/konsultacje/${id}`);
    await this.timeline.waitFor();
  }

  /** The id in the address of the consultation page shown. */
  consultationId(): string {
    const match = /\/konsultacje\/([^/?#]+)/.exec(new URL(this.page.url()).pathname);
    if (!match) throw new Error(`Not on a consultation page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  async fillBasics(values: { title: string; summary: string; goal: string }): Promise<void> {
    await this.page.getByLabel('Tytuł', { exact: true }).fill(values.title);
    await this.page.locator('#consultation-area-0').check();
    await this.page.locator('#consultation-summary').fill(values.summary);
    await this.page.locator('#consultation-goal').fill(values.goal);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Dalej', exact: true }).click();
  }

  async addPhase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Dodaj etap', exact: true }).click();
  }

  phaseField(index: number, field: 'kind' | 'startsOn' | 'endsOn'): Locator {
    return this.page.locator(`#consultation-phase-${index}-${field}`);
  }

  /** Sets every field of the phase row `index` (dates as YYYY-MM-DD). */
  async setPhase(index: number, phase: { kind: string; startsOn: string; endsOn: string }): Promise<void> {
    await this.phaseField(index, 'kind').selectOption(phase.kind);
    await this.phaseField(index, 'startsOn').fill(phase.startsOn);
    await this.phaseField(index, 'endsOn').fill(phase.endsOn);
  }

  /** On the form's last step: saves, publishes and waits for the consultation's page. */
  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Zapisz i opublikuj' }).click();
    await this.timeline.waitFor();
  }

  stepHeading(step: number): Locator {
    return this.page.getByRole('heading', { name: new RegExp(`^Krok ${step} z 3`) });
  }

  get timeline(): Locator {
    return this.page.getByTestId('timeline');
  }

  /** The timeline entry marked as the current step. */
  get currentStep(): Locator {
    return this.timeline.locator('[aria-current="step"]');
  }

  get currentPhase(): Locator {
    return this.page.getByTestId('current-phase');
  }

  get followerCount(): Locator {
    return this.page.getByTestId('follower-count');
  }

  async follow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Obserwuj konsultację' }).click();
    await this.page.getByRole('button', { name: 'Przestań obserwować' }).waitFor();
  }

  async advancePhase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Przejdź do następnego etapu' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Przejść do następnego etapu?' });
    await dialog.getByRole('button', { name: 'Tak, przejdź dalej' }).click();
    await this.page
      .getByTestId('phase-announcement')
      .getByText(/^Rozpoczął się etap/)
      .waitFor({ state: 'attached' });
  }
}
