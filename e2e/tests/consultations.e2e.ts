import { ConsultationPage } from '../pages/consultation.page.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/suite.js';

describe('consultations in the browser', () => {
  const suite = browserSuite();
  let consultationId: string;

  const loggedIn = async (email: string) => new ConsultationPage(await suite.signedIn(email));

  it('an official creates and publishes a consultation step by step; a resident follows it and sees the phase change live', async () => {
    const official = await loggedIn('urzednik@ratusz.example');
    await official.openNew();
    await official.fillBasics({
      title: 'Strategia rozwoju powiatu 2030',
      summary: 'Wspólnie przygotujmy **strategię** rozwoju powiatu.',
      goal: 'Poznać potrzeby mieszkańców i ustalić priorytety.',
    });
    // The address follows the title.
    expect(await official.page.getByLabel('Adres konsultacji').inputValue()).toBe('strategia-rozwoju-powiatu-2030');
    await official.next();
    await official.stepHeading(2).waitFor();

    await official.addPhase();
    await official.addPhase();
    expect(await official.phaseField(0, 'kind').inputValue()).toBe('DIAGNOSIS');
    expect(await official.phaseField(1, 'kind').inputValue()).toBe('WORKSHOPS');
    // A phase ending before it starts is caught on the phase, and nothing typed is lost.
    const end = await official.phaseField(1, 'endsOn').inputValue();
    await official.phaseField(1, 'endsOn').fill('2000-01-01');
    await official.next();
    await official.page.getByText('Ostatni dzień nie może być wcześniejszy niż pierwszy.').first().waitFor();
    expect(await official.page.evaluate(() => document.activeElement?.id)).toBe('consultation-phase-1-endsOn');
    await official.phaseField(1, 'endsOn').fill(end);
    await official.next();
    await official.stepHeading(3).waitFor();
    await official.page.getByRole('button', { name: 'Wstecz' }).click();
    await official.page.getByRole('button', { name: 'Wstecz' }).click();
    expect(await official.page.getByLabel('Tytuł', { exact: true }).inputValue()).toBe(
      'Strategia rozwoju powiatu 2030',
    );
    await official.next();
    await official.next();
    await official.publish();
    expect(await official.heading().textContent()).toBe('Strategia rozwoju powiatu 2030');
    consultationId = official.consultationId();
    expect(await official.currentStep.textContent()).toContain('Diagnoza');
    expect(await official.currentStep.textContent()).toContain('trwa teraz');

    const resident = await loggedIn('mieszkanka@ratusz.example');
    await resident.open(consultationId);
    expect(await resident.currentPhase.textContent()).toBe('Diagnoza');
    expect(await resident.page.getByTestId('phase-state-WORKSHOPS').textContent()).toBe('przed nami');
    expect(await resident.page.getByRole('tab', { name: 'Dyskusja' }).getAttribute('aria-selected')).toBe('true');
    await resident.follow();
    expect(await resident.followerCount.textContent()).toContain('1 osoba obserwuje');
    await screenshot(resident.page, 'consultation-resident');

    await official.advancePhase();
    await resident.page.waitForFunction(
      () => document.querySelector('[data-testid="current-phase"]')?.textContent === 'Warsztaty',
    );
    expect(await resident.currentStep.textContent()).toContain('Warsztaty');
    expect(await resident.page.getByTestId('phase-state-DIAGNOSIS').textContent()).toBe('zakończony');
  });

  it('lists the consultation and filters it by phase', async () => {
    const resident = await loggedIn('mieszkanka@ratusz.example');
    await resident.openList();
    await resident.page.getByRole('link', { name: 'Strategia rozwoju powiatu 2030' }).waitFor();
    await resident.page.getByLabel('Etap', { exact: true }).selectOption('VOTING');
    await resident.page.getByText('Nie ma konsultacji spełniających te warunki.').waitFor();
    await resident.page.getByLabel('Etap', { exact: true }).selectOption('WORKSHOPS');
    await resident.page.getByRole('link', { name: 'Strategia rozwoju powiatu 2030' }).waitFor();
  });

  for (const language of ['pl', 'en'] as const) {
    it(`has no accessibility violations on the list, the page and the form in ${language}`, async () => {
      const official = await loggedIn('urzednik@ratusz.example');
      if (language === 'en') await official.switchLanguage();
      const found: Record<string, string[]> = {};
      for (const path of ['/konsultacje', `/konsultacje/${consultationId}`, '/konsultacje/nowa']) {
        await official.goto(path);
        await official.page.waitForLoadState('networkidle');
        expect(await official.language()).toBe(language);
        found[path] = await accessibilityViolations(official.page);
      }
      expect(found).toEqual({
        '/konsultacje': [],
        [`/konsultacje/${consultationId}`]: [],
        '/konsultacje/nowa': [],
      });
    });
  }
});
