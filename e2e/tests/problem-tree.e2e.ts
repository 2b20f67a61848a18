import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { addDays, localDate } from '@ratusz/shared';
import { consecutivePhases, createPublishedConsultation } from '../../server/test/support/consultation-factories.js';
import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { LoginPage } from '../pages/login.page.js';
import { ProblemTreePage, WorkshopParticipantPage } from '../pages/problem-tree.page.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/suite.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';

/*
 * Issue 9 in two browsers: an official runs a workshop on the projector, a
 * resident joins from a phone by the code on screen and suggests a cause; the
 * suggestion appears live in the official's queue and one key accepts it.
 * The diagram is then exported as SVG holding every node's text, and the tree
 * page passes axe in both languages.
 */

const OFFICIAL = 'urzednik@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';
const CORE = 'Mieszkańcy rzadko biorą udział w konsultacjach';
const CAUSE = 'Informacje o konsultacjach trudno znaleźć';
const EFFECT = 'Decyzje nie odpowiadają na potrzeby mieszkańców';
const SUGGESTED = 'Spotkania odbywają się w godzinach pracy';

async function addNode(api: GraphQLClient, treeId: string, parentId: string, kind: string, text: string) {
  const { addProblemTreeNode } = await api.data<{ addProblemTreeNode: { id: string } }>(
    `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { id } }`,
    { input: { treeId, parentId, kind, text } },
  );
  return addProblemTreeNode.id;
}

describe('a problem tree built together in a workshop', () => {
  const suite = browserSuite();
  const contexts: BrowserContext[] = [];
  let consultationId: string;

  async function signedIn(email: string, phone: boolean): Promise<Page> {
    const context = await suite.browser.newContext({
      baseURL: suite.server.url,
      locale: 'pl-PL',
      acceptDownloads: true,
      ...(phone
        ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
        : { viewport: { width: 1280, height: 900 } }),
    });
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    return page;
  }

  beforeAll(async () => {
    const official = suite.server.api();
    await apiLogin(official, OFFICIAL);
    const { municipality } = await official.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    const today = localDate(new Date());
    // The workshops run today: residents may suggest, officials may edit.
    const consultation = await createPublishedConsultation(official, municipality.id, {
      title: 'Warsztat: udział mieszkańców w konsultacjach',
      phases: consecutivePhases(addDays(today, -3), [
        ['WORKSHOPS', 14],
        ['REPORT', 14],
      ]),
    });
    consultationId = consultation.id;
    const { createProblemTree } = await official.data<{
      createProblemTree: { id: string; nodes: { id: string; kind: string }[] };
    }>(`mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { id nodes { id kind } } }`, {
      input: { consultationId, title: 'Drzewo problemów dialogu obywatelskiego', coreText: CORE },
    });
    const core = createProblemTree.nodes.find((node) => node.kind === 'CORE')!;
    await addNode(official, createProblemTree.id, core.id, 'CAUSE', CAUSE);
    await addNode(official, createProblemTree.id, core.id, 'EFFECT', EFFECT);
  });

  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('takes a suggestion from a phone live into the workshop queue, accepted with one key, and exports it as SVG', async () => {
    const officialPage = await signedIn(OFFICIAL, false);
    const tree = new ProblemTreePage(officialPage);
    await tree.open(consultationId);
    await tree.diagramNode(CORE).waitFor();
    await tree.openWorkshop();
    const code = await tree.joinCode();
    expect(code).toMatch(/^[2-9A-Z]{6}$/);

    const phone = await signedIn(RESIDENT, true);
    const participant = new WorkshopParticipantPage(phone);
    await participant.open(code);
    await participant.suggest('cause', SUGGESTED);
    await expect(participant.mySuggestion(SUGGESTED).textContent()).resolves.toContain('propozycja');

    // The official never reloads: the suggestion arrives over the socket.
    const queued = tree.suggestion(SUGGESTED);
    await queued.waitFor();
    await screenshot(officialPage, 'problem-tree-workshop');
    await tree.workshop.focus();
    await officialPage.keyboard.press('a');
    await queued.waitFor({ state: 'detached' });
    await officialPage.getByTestId('workshop-announcement').filter({ hasText: SUGGESTED }).waitFor();

    // The participant's phone hears the decision too.
    await participant.mySuggestion(SUGGESTED).filter({ hasText: 'przyjęto' }).waitFor();

    await tree.closeWorkshop();
    await expect(tree.diagramNode(SUGGESTED).getAttribute('data-status')).resolves.toBe('ACCEPTED');
    await tree.treeItem(SUGGESTED).waitFor();

    const download = await tree.export('SVG');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile((await download.path())!, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg/);
    for (const text of [CORE, CAUSE, EFFECT, SUGGESTED]) expect(svg).toContain(text);
  });

  it('is operable from the keyboard tree', async () => {
    const page = await signedIn(OFFICIAL, false);
    const tree = new ProblemTreePage(page);
    await tree.open(consultationId);
    const core = page.getByRole('treeitem', { level: 1 });
    await core.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-level'))).resolves.toBe('2');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByTestId('node-panel').waitFor();
    await page.keyboard.press('Home');
    await expect(core.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
  });

  it('has no accessibility violations on the tree page, in Polish and in English', async () => {
    const page = await signedIn(OFFICIAL, false);
    const tree = new ProblemTreePage(page);
    await tree.open(consultationId);
    await tree.diagramNode(CORE).waitFor();
    await tree.treeItem(CAUSE).click();
    await page.getByTestId('node-panel').waitFor();
    expect(await tree.language()).toBe('pl');
    expect(await accessibilityViolations(page)).toEqual([]);
    await tree.switchLanguage();
    await page.getByRole('heading', { name: 'Problem tree', exact: true }).waitFor();
    expect(await tree.language()).toBe('en');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
