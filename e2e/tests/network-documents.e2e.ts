import type { Page } from 'playwright-core';
import { SAMPLES, upload } from '../../server/test/support/document-factories.js';
import { LoginPage } from '../pages/login.page.js';
import { NetworkPage } from '../pages/network.page.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { apiLogin } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

/*
 * A network's documents in the browser: the coordinator uploads one (after
 * the server refuses a file that only pretends to be a PDF, in Polish),
 * anyone downloads a public network's, and an internal network's stay with
 * those inside it.
 */

const ADMIN = 'admin@ratusz.example';
const COORDINATOR = 'urzednik@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';
const PUBLIC_NETWORK = 'Sieć e2e: dokumenty jawne';
const INTERNAL_NETWORK = 'Sieć e2e: dokumenty wewnętrzne';
const SEEDED = 'Regulamin sieci';

describe('network documents', () => {
  const suite = browserSuite();
  const ids: Record<string, string> = {};

  async function signedIn(email: string | null): Promise<Page> {
    const context = await newContext(suite.browser, suite.server.url);
    const page = await context.newPage();
    if (email) await new LoginPage(page).signInAs(email);
    return page;
  }

  beforeAll(async () => {
    const admin = suite.server.api();
    await apiLogin(admin, ADMIN);
    for (const [name, isPublic] of [
      [PUBLIC_NETWORK, true],
      [INTERNAL_NETWORK, false],
    ] as const) {
      const { createNetwork } = await admin.data<{ createNetwork: { id: string } }>(
        `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
        { input: { name, kind: 'MONITORING_NETWORK' } },
      );
      ids[name] = createNetwork.id;
      await admin.data(`mutation($n: ID!, $e: String) { addNetworkCoordinator(networkId: $n, email: $e) { id } }`, {
        n: createNetwork.id,
        e: COORDINATOR,
      });
      await admin.data(
        `mutation($n: ID!, $p: Boolean!) { setNetworkIndicatorsPublic(networkId: $n, indicatorsPublic: $p) { id } }`,
        { n: createNetwork.id, p: isPublic },
      );
    }
    const coordinator = suite.server.api();
    await apiLogin(coordinator, COORDINATOR);
    for (const name of [PUBLIC_NETWORK, INTERNAL_NETWORK]) {
      const seeded = await upload(suite.server.url, {
        cookie: coordinator.cookie,
        fields: { networkId: ids[name], title: SEEDED },
        fileName: 'regulamin.pdf',
        content: SAMPLES.pdf,
      });
      if (seeded.status !== 201) throw new Error(`Seeding a document failed: ${JSON.stringify(seeded.body)}`);
    }
  });

  it('lets the coordinator upload a document, after a refusal explained in Polish, and remove one', async () => {
    const networks = new NetworkPage(await signedIn(COORDINATOR));
    await networks.open(ids[PUBLIC_NETWORK], PUBLIC_NETWORK);
    await networks.documentRow(SEEDED).waitFor();

    // Named like a PDF, so the browser lets it go; the server judges the content.
    await networks.sendDocument({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: SAMPLES.html }, 'Plan');
    await networks.documents
      .getByRole('alert')
      .getByText('Tego typu pliku nie można dołączyć. Dozwolone są: PDF, DOCX, ODT, XLSX, CSV, PNG i JPEG.')
      .first()
      .waitFor();
    expect(await networks.documentRow('Plan').count()).toBe(0);

    const title = 'Plan spotkań na 2027';
    await networks.sendDocument({ name: 'plan-2027.pdf', mimeType: 'application/pdf', buffer: SAMPLES.pdf }, title);
    await networks.documentRow(title).waitFor();
    await networks.documents.getByRole('status').getByText(`Dodano dokument „${title}”.`).waitFor();
    expect(await networks.documentRows.allInnerTexts()).toHaveLength(2);
    await screenshot(networks.page, 'network-documents');
    expect(await accessibilityViolations(networks.page)).toEqual([]);

    await networks.removeDocument(title);
    expect(await networks.documentRows.count()).toBe(1);
  });

  it('lets anyone download a public network’s documents, without the upload form', async () => {
    const networks = new NetworkPage(await signedIn(null));
    await networks.open(ids[PUBLIC_NETWORK], PUBLIC_NETWORK);
    const link = networks.documentRow(SEEDED).getByRole('link', { name: /^Pobierz/ });
    const href = await link.getAttribute('href');
    const response = await networks.page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(Buffer.from(await response.body()).equals(SAMPLES.pdf)).toBe(true);
    expect(await networks.documents.getByRole('button', { name: 'Wyślij dokument' }).count()).toBe(0);
    expect(await accessibilityViolations(networks.page)).toEqual([]);
  });

  it('keeps an internal network’s documents to those inside it', async () => {
    const resident = new NetworkPage(await signedIn(RESIDENT));
    await resident.open(ids[INTERNAL_NETWORK], INTERNAL_NETWORK);
    await resident.documents
      .getByText('Ta sieć udostępnia swoje dokumenty tylko koordynatorom i urzędnikom gmin członkowskich', {
        exact: false,
      })
      .waitFor();
    expect(await resident.documentRows.count()).toBe(0);
    expect(await accessibilityViolations(resident.page)).toEqual([]);

    const coordinator = new NetworkPage(await signedIn(COORDINATOR));
    await coordinator.open(ids[INTERNAL_NETWORK], INTERNAL_NETWORK);
    await coordinator.documentRow(SEEDED).waitFor();
  });
});
