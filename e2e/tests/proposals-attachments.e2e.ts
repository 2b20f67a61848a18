import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { localDate } from '@ratusz/shared';
import { consecutivePhases, createPublishedConsultation } from '../../server/test/support/consultation-factories.js';
import { SAMPLES } from '../../server/test/support/document-factories.js';
import { LoginPage } from '../pages/login.page.js';
import { ProposalsPage } from '../pages/proposals.page.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

/*
 * A proposal's attachment in the browser: the NGO member submits a proposal
 * for their foundation with a PDF (after the picker refuses a file of the
 * wrong type), and a resident sees it on the proposal's page, with its size,
 * and downloads the very same bytes. With the page open, she sees the author
 * add a file and remove another without reloading.
 */

const OFFICIAL = 'urzednik@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';
const NGO = 'ngo@ratusz.example';
const ORGANISATION = 'Fundacja Dialog';

const PROPOSAL = 'Ławki i cień na skwerze przy dworcu';
const PDF = { name: 'Projekt skweru.pdf', mimeType: 'application/pdf', buffer: SAMPLES.pdf };
const CSV = { name: 'Koszt ławek.csv', mimeType: 'text/csv', buffer: SAMPLES.csv };

describe('proposal attachments', () => {
  const suite = browserSuite();
  const contexts: BrowserContext[] = [];
  let ngo: Page;
  let resident: Page;
  let consultationId: string;

  async function signedIn(email: string): Promise<Page> {
    const context = await newContext(suite.browser, suite.server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    return page;
  }

  beforeAll(async () => {
    const officialApi = suite.server.api();
    await apiLogin(officialApi, OFFICIAL);
    const { municipality } = await officialApi.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    const consultation = await createPublishedConsultation(officialApi, municipality.id, {
      title: 'Zieleń w centrum powiatu',
      serviceAreas: ['TRANSPORT'],
      phases: consecutivePhases(localDate(new Date()), [
        ['PROPOSALS', 7],
        ['VOTING', 7],
      ]),
    });
    consultationId = consultation.id;
    ngo = await signedIn(NGO);
    resident = await signedIn(RESIDENT);
  });
  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('the NGO member submits a proposal with a PDF for the foundation; a wrong type is refused at the picker', async () => {
    const proposals = new ProposalsPage(ngo);
    await proposals.open(consultationId);
    await proposals.openForm();
    await ngo.locator('#proposal-new-title').fill(PROPOSAL);
    await ngo.locator('#proposal-new-body').fill('Na skwerze nie ma gdzie usiąść ani schować się przed słońcem.');
    await ngo.locator('#proposal-new-serviceArea').selectOption({ label: 'Transport i komunikacja' });
    await proposals.chooseFiles([{ name: 'skrypt.exe', mimeType: 'application/octet-stream', buffer: SAMPLES.elf }]);
    await ngo.getByRole('button', { name: 'Wyślij propozycję', exact: true }).click();
    await proposals.fileProblem.getByText('Pliku skrypt.exe nie można dołączyć.', { exact: false }).waitFor();
    await expect(proposals.filePicker.getAttribute('aria-invalid')).resolves.toBe('true');
    // Nothing typed is lost; the wrong file is taken out and the PDF chosen instead.
    await expect(ngo.locator('#proposal-new-title').inputValue()).resolves.toBe(PROPOSAL);
    await ngo.getByRole('button', { name: 'Nie dołączaj pliku skrypt.exe' }).click();

    const violations = await accessibilityViolations(ngo);
    if (violations.length > 0) await screenshot(ngo, 'proposal-attachments-form-axe');
    expect(violations).toEqual([]);

    await proposals.submit({
      title: PROPOSAL,
      body: 'Na skwerze nie ma gdzie usiąść ani schować się przed słońcem.',
      serviceArea: 'Transport i komunikacja',
      onBehalfOf: ORGANISATION,
      files: [PDF],
    });
    await proposals.openProposal(PROPOSAL);
    await proposals.attachment(PDF.name).waitFor();
  });

  it('a resident sees the attachment with its size and downloads it', async () => {
    const proposals = new ProposalsPage(resident);
    await proposals.open(consultationId);
    await proposals.openProposal(PROPOSAL);
    await resident.getByText(ORGANISATION).first().waitFor();
    const item = proposals.attachments.getByRole('listitem').filter({ hasText: PDF.name });
    await expect(item.textContent()).resolves.toMatch(new RegExp(`PDF, ${PDF.buffer.length} B`));
    // The resident may not change someone else's attachments.
    await expect(resident.getByRole('button', { name: `Usuń załącznik ${PDF.name}` }).count()).resolves.toBe(0);

    const download = await proposals.download(PDF.name);
    expect(download.suggestedFilename()).toBe(PDF.name);
    const saved = await download.path();
    expect((await readFile(saved)).equals(PDF.buffer)).toBe(true);

    const violations = await accessibilityViolations(resident);
    if (violations.length > 0) await screenshot(resident, 'proposal-attachments-page-axe');
    expect(violations).toEqual([]);
  });

  it('the resident’s open proposal page follows the author adding a file and removing another, without a reload', async () => {
    const reader = new ProposalsPage(resident);
    await reader.open(consultationId);
    await reader.openProposal(PROPOSAL);
    await reader.attachment(PDF.name).waitFor();
    await resident.evaluate(() => {
      (window as unknown as { e2eMarker?: string }).e2eMarker = 'not reloaded';
    });

    const author = new ProposalsPage(ngo);
    await author.open(consultationId);
    await author.openProposal(PROPOSAL);
    await author.addAttachments([CSV]);
    // The pushed list brings the new file with its type and size, after the one already there.
    await reader.attachment(CSV.name).waitFor();
    await expect(reader.attachmentNames()).resolves.toEqual([PDF.name, CSV.name]);
    const added = reader.attachments.getByRole('listitem').filter({ hasText: CSV.name });
    await expect(added.textContent()).resolves.toMatch(new RegExp(`CSV, ${CSV.buffer.length} B`));

    await author.removeAttachment(PDF.name);
    await reader.attachment(PDF.name).waitFor({ state: 'detached' });
    await expect(reader.attachmentNames()).resolves.toEqual([CSV.name]);
    await expect(resident.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).resolves.toBe(
      'not reloaded',
    );
  });
});
