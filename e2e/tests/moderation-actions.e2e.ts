import type { BrowserContext } from 'playwright-core';
import { localDate } from '@ratusz/shared';
import { consecutivePhases, createPublishedConsultation } from '../../server/test/support/consultation-factories.js';
import { registerUser } from '../../server/test/support/factories.js';
import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { ForumPage } from '../pages/forum.page.js';
import { LoginPage } from '../pages/login.page.js';
import { ModerationPage } from '../pages/moderation.page.js';
import { ProblemTreePage } from '../pages/problem-tree.page.js';
import { ProposalsPage } from '../pages/proposals.page.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

/*
 * Issue 11's moderator actions beyond hiding, in the browser: a moderator of
 * Powiat wołomiński corrects a post with a public note, warns and blocks its
 * author (never an administrator, whose posts offer neither), moves the thread
 * to another category; a resident reading a proposal sees it hidden the moment
 * the moderator hides it elsewhere, and sees a correction and its note live
 * when a moderator corrects one from the proposal's own page; an official
 * turns pre-moderation on for one category, where a new account's thread
 * waits, unseen by others, until a moderator approves it.
 */

const MODERATOR = 'moderator@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';
const NGO = 'ngo@ratusz.example';
const OFFICIAL = 'urzednik@ratusz.example';

const SOURCE_CATEGORY = 'Sprawy różne (moderacja)';
const TARGET_CATEGORY = 'Ogłoszenia drobne (moderacja)';
const PROPOSAL = 'Darmowe kredyty dla każdego mieszkańca';
const CORRECTED_PROPOSAL = 'Nowe ławki przy przystanku Kościelna';

describe('moderator actions in the browser', () => {
  const suite = browserSuite();
  const contexts: BrowserContext[] = [];
  let threadId: string;
  let ngoApi: GraphQLClient;
  let consultationId: string;
  let correctedNumber: number;
  let municipalityId: string;
  let adminId: string;

  async function signedIn(email: string): Promise<ModerationPage> {
    const context = await newContext(suite.browser, suite.server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    return new ModerationPage(page);
  }

  beforeAll(async () => {
    const official = suite.server.api();
    await apiLogin(official, OFFICIAL);
    const { municipality } = await official.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    const createCategory = (slug: string, name: string, position: number) =>
      official.data<{ createForumCategory: { id: string } }>(
        `mutation($input: CreateCategoryInput!) { createForumCategory(input: $input) { id } }`,
        { input: { municipalityId: municipality.id, slug, name, description: 'Do testów moderacji.', position } },
      );
    municipalityId = municipality.id;
    const source = await createCategory('sprawy-rozne-moderacja', SOURCE_CATEGORY, 20);
    await createCategory('ogloszenia-drobne-moderacja', TARGET_CATEGORY, 21);

    ngoApi = suite.server.api();
    await apiLogin(ngoApi, NGO);
    const thread = await ngoApi.data<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      {
        input: {
          categoryId: source.createForumCategory.id,
          title: 'Sprzedam rower, tel. 600 100 200',
          body: 'Sprzedam rower miejski. Dzwońcie: 600 100 200.',
        },
      },
    );
    threadId = thread.createThread.id;
    // An administrator's reply: a block against its author must be refused.
    const admin = suite.server.api();
    await apiLogin(admin, 'admin@ratusz.example');
    const adminReply = await admin.data<{ replyToPost: { author: { id: string } } }>(
      `mutation($input: ReplyInput!) { replyToPost(input: $input) { author { id } } }`,
      { input: { threadId, body: 'Proszę nie podawać numerów telefonów na forum.' } },
    );
    adminId = adminReply.replyToPost.author.id;

    const consultation = await createPublishedConsultation(official, municipality.id, {
      title: 'Budżet obywatelski – moderacja',
      serviceAreas: ['TRANSPORT'],
      phases: consecutivePhases(localDate(new Date()), [['PROPOSALS', 14]]),
    });
    consultationId = consultation.id;
    const { submitProposal } = await ngoApi.data<{ submitProposal: { id: string } }>(
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }`,
      {
        input: {
          consultationId,
          title: PROPOSAL,
          body: 'Kliknij w link w profilu, a dostaniesz kredyt bez BIK.',
          serviceArea: 'TRANSPORT',
        },
      },
    );
    const corrected = await ngoApi.data<{ submitProposal: { number: number } }>(
      `mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { number } }`,
      {
        input: {
          consultationId,
          title: CORRECTED_PROPOSAL,
          body: 'Postawmy dwie ławki przy przystanku. Mój numer: 600 200 300.',
          serviceArea: 'TRANSPORT',
        },
      },
    );
    correctedNumber = corrected.submitProposal.number;
    // A flag puts the proposal in the moderators' queue.
    await official.data(`mutation($input: FlagContentInput!) { flagContent(input: $input) { state } }`, {
      input: { kind: 'PROPOSAL', itemId: submitProposal.id, reason: 'SPAM' },
    });
  });
  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('a resident reading a proposal sees it hidden live when a moderator hides it in another browser', async () => {
    const resident = await signedIn(RESIDENT);
    const proposals = new ProposalsPage(resident.page);
    await proposals.open(consultationId);
    await proposals.openProposal(PROPOSAL);
    await resident.page.getByText('Kliknij w link w profilu', { exact: false }).waitFor();
    await resident.page.evaluate(() => {
      (window as unknown as { e2eMarker?: string }).e2eMarker = 'not reloaded';
    });

    const moderator = await signedIn(MODERATOR);
    await moderator.openQueue();
    await moderator.queueItem('Kliknij w link w profilu').waitFor();
    await moderator.hide('Kliknij w link w profilu', 'Reklama usług finansowych');

    await resident.page
      .getByTestId('hidden-notice')
      .filter({ hasText: 'Ukryte przez moderatora: Reklama usług finansowych' })
      .waitFor();
    expect(await resident.page.getByText('Kliknij w link w profilu', { exact: false }).count()).toBe(0);
    expect(await resident.page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      'not reloaded',
    );
  }, 120_000);

  it('a moderator corrects a proposal with a note and hides it; a resident sees both live', async () => {
    const item = `propozycja nr ${correctedNumber}`;
    const resident = await signedIn(RESIDENT);
    const residentView = new ProposalsPage(resident.page);
    await residentView.open(consultationId);
    await residentView.openProposal(CORRECTED_PROPOSAL);
    await resident.page.getByTestId('proposal-body').filter({ hasText: '600 200 300' }).waitFor();
    // Residents get no moderation menu.
    expect(await resident.page.getByRole('button', { name: `Moderuj: ${item}` }).count()).toBe(0);
    await resident.page.evaluate(() => {
      (window as unknown as { e2eMarker?: string }).e2eMarker = 'not reloaded';
    });

    const moderator = await signedIn(MODERATOR);
    const moderatorView = new ProposalsPage(moderator.page);
    await moderatorView.open(consultationId);
    await moderatorView.openProposal(CORRECTED_PROPOSAL);
    // The NGO's proposal may be sanctioned: its menu offers both.
    await moderator.openMenu(item);
    await moderator
      .menuActions(item)
      .getByRole('button', { name: `Upomnij autora: ${item}` })
      .waitFor();
    expect(await accessibilityViolations(moderator.page)).toEqual([]);
    await moderator.editItem(
      item,
      'Postawmy dwie ławki przy przystanku. Kontakt przez wiadomość prywatną.',
      'Usunięto numer telefonu z propozycji',
    );
    await moderator.page.getByTestId('proposal-body').filter({ hasText: 'Kontakt przez wiadomość' }).waitFor();

    // The resident's page takes the correction and its note from the live event.
    await resident.page.getByTestId('proposal-body').filter({ hasText: 'Kontakt przez wiadomość' }).waitFor();
    // The earlier text is gone for the resident, from the body and (the server's rule) from the revisions.
    await expect(resident.page.getByTestId('proposal-body').textContent()).resolves.not.toContain('600 200 300');
    await resident.page
      .getByTestId('proposal-moderator-note')
      .filter({ hasText: 'Moderator poprawił ten tekst: Usunięto numer telefonu z propozycji' })
      .waitFor();

    await moderator.hideItem(item, 'Propozycja dubluje inną');
    await moderator.page.getByRole('button', { name: `Przywróć ${item}` }).waitFor();
    await resident.page
      .getByTestId('hidden-notice')
      .filter({ hasText: 'Ukryte przez moderatora: Propozycja dubluje inną' })
      .waitFor();
    expect(await resident.page.getByTestId('proposal-body').count()).toBe(0);
    expect(await resident.page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      'not reloaded',
    );
    expect(await accessibilityViolations(resident.page)).toEqual([]);
  }, 120_000);

  it('a moderator corrects a post with a note, warns and blocks its author, and moves the thread', async () => {
    const moderator = await signedIn(MODERATOR);
    const forum = new ForumPage(moderator.page);
    await forum.openThread(threadId);

    await moderator.editPost(1, 'Sprzedam rower miejski. Kontakt przez wiadomość prywatną.', 'Usunięto numer telefonu');
    await forum.post('Kontakt przez wiadomość prywatną.').waitFor();
    expect(await forum.post('600 100 200').count()).toBe(0);

    // An empty reason is caught before sending, and focus goes to the field.
    const warn = await moderator.openSanction(1, 'warn');
    await warn.getByRole('button', { name: 'Wyślij upomnienie' }).click();
    await warn.getByText('Powód: To pole jest wymagane', { exact: false }).waitFor();
    await expect(
      moderator.page.evaluate(() => document.activeElement?.closest('.field')?.querySelector('label')?.textContent),
    ).resolves.toBe('Powód (publiczny, bez danych osobowych)');
    expect(await accessibilityViolations(moderator.page)).toEqual([]);
    await warn.getByLabel('Powód (publiczny, bez danych osobowych)').fill('Numery telefonów tylko w wiadomościach');
    await warn.getByRole('button', { name: 'Wyślij upomnienie' }).click();
    await moderator.status('Wysłano upomnienie.').waitFor();

    // An administrator's post offers neither a warning nor a block (viewerCanSanction), which the server refuses.
    await moderator.openPostMenu(2);
    const adminMenu = moderator.menuActions('wpis 2');
    await adminMenu.getByRole('button', { name: 'Ukryj wpis 2' }).waitFor();
    expect(await adminMenu.getByRole('button', { name: 'Upomnij autora: wpis 2' }).count()).toBe(0);
    expect(await adminMenu.getByRole('button', { name: 'Zablokuj autora: wpis 2' }).count()).toBe(0);
    const moderatorApi = suite.server.api();
    await apiLogin(moderatorApi, MODERATOR);
    const refused = await moderatorApi.request(
      `mutation($input: SanctionUserInput!) { blockUser(input: $input) { id } }`,
      { input: { userId: adminId, municipalityId, reason: 'Próba zablokowania administratora', days: 3 } },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CANNOT_SANCTION_ADMIN');

    const block = await moderator.openSanction(1, 'block');
    await block.getByLabel('Powód (publiczny, bez danych osobowych)').fill('Powtarzające się ogłoszenia handlowe');
    await block.getByLabel('Na ile dni').fill('0');
    await block.getByRole('button', { name: 'Zablokuj', exact: true }).click();
    await block.getByText('Podaj liczbę całkowitą od 1 do 3650.', { exact: false }).first().waitFor();
    await expect(block.getByLabel('Powód (publiczny, bez danych osobowych)').inputValue()).resolves.toBe(
      'Powtarzające się ogłoszenia handlowe',
    );
    expect(await accessibilityViolations(moderator.page)).toEqual([]);
    await screenshot(moderator.page, 'moderation-block-dialog');
    await block.getByLabel('Na ile dni').fill('14');
    await block.getByRole('button', { name: 'Zablokuj', exact: true }).click();
    await moderator.status('Zablokowano na 14 dni.').waitFor();

    // The block holds on the server: the author cannot post in the municipality.
    const reply = await ngoApi.request(`mutation($input: ReplyInput!) { replyToPost(input: $input) { id } }`, {
      input: { threadId, body: 'Jeszcze jedno ogłoszenie.' },
    });
    expect(reply.errors?.[0]?.extensions?.code).toBe('USER_BLOCKED');

    await moderator.moveThread(TARGET_CATEGORY, 'Ogłoszenia handlowe mają osobną kategorię');
    await moderator.page.getByRole('link', { name: `Kategoria: ${TARGET_CATEGORY}` }).waitFor();
    expect(await accessibilityViolations(moderator.page)).toEqual([]);

    await moderator.openLog();
    const log = await moderator.page.getByTestId('moderation-log').textContent();
    for (const action of ['Przeniesiono wątek', 'Zablokowano użytkownika', 'Upomniano użytkownika', 'Poprawiono']) {
      expect(log).toContain(action);
    }
    expect(log).toContain('Usunięto numer telefonu');

    // Flagged again, the post's queue entry offers to lift its author's block early.
    const official = suite.server.api();
    await apiLogin(official, OFFICIAL);
    const { threadPosts } = await official.data<{ threadPosts: { nodes: { id: string; number: number }[] } }>(
      `query($threadId: ID!) { threadPosts(threadId: $threadId) { nodes { id number } } }`,
      { threadId },
    );
    const first = threadPosts.nodes.find((post) => post.number === 1)!;
    await official.data(`mutation($input: FlagContentInput!) { flagContent(input: $input) { state } }`, {
      input: { kind: 'POST', itemId: first.id, reason: 'OFF_TOPIC' },
    });
    await moderator.openQueue();
    const entry = moderator.queueItem('Kontakt przez wiadomość prywatną');
    await entry.getByRole('button', { name: 'Odblokuj autora' }).click();
    const unblock = moderator.dialog('Zakończ blokadę użytkownika w gminie');
    await unblock.getByLabel('Powód (publiczny, bez danych osobowych)').fill('Autor obiecał poprawę');
    await unblock.getByRole('button', { name: 'Odblokuj', exact: true }).click();
    await moderator.status('Blokada została zdjęta.').waitFor();
    await ngoApi.data(`mutation($input: ReplyInput!) { replyToPost(input: $input) { id } }`, {
      input: { threadId, body: 'Przepraszam, już bez numerów telefonów.' },
    });
  }, 180_000);

  it('a resident reading a problem tree sees a moderator’s correction of a node and its note live', async () => {
    const official = suite.server.api();
    await apiLogin(official, OFFICIAL);
    const workshop = await createPublishedConsultation(official, municipalityId, {
      title: 'Warsztat – moderacja drzewa',
      phases: consecutivePhases(localDate(new Date()), [['WORKSHOPS', 14]]),
    });
    const { createProblemTree } = await official.data<{
      createProblemTree: { id: string; nodes: { id: string; kind: string }[] };
    }>(`mutation($input: CreateProblemTreeInput!) { createProblemTree(input: $input) { id nodes { id kind } } }`, {
      input: { consultationId: workshop.id, title: 'Drzewo do moderacji', coreText: 'Za mało ławek' },
    });
    const core = createProblemTree.nodes.find((node) => node.kind === 'CORE')!;
    const { addProblemTreeNode } = await ngoApi.data<{ addProblemTreeNode: { id: string } }>(
      `mutation($input: AddProblemTreeNodeInput!) { addProblemTreeNode(input: $input) { id } }`,
      {
        input: {
          treeId: createProblemTree.id,
          parentId: core.id,
          kind: 'CAUSE',
          text: 'Ławki zabrał pan z tel. 600 300 400',
        },
      },
    );

    const resident = await signedIn(RESIDENT);
    const tree = new ProblemTreePage(resident.page);
    await tree.open(workshop.id);
    await tree.treeItem('600 300 400').waitFor();
    await resident.page.evaluate(() => {
      (window as unknown as { e2eMarker?: string }).e2eMarker = 'not reloaded';
    });

    const moderator = suite.server.api();
    await apiLogin(moderator, MODERATOR);
    await moderator.data(`mutation($input: EditContentInput!) { editContent(input: $input) { state } }`, {
      input: {
        kind: 'TREE_NODE',
        itemId: addProblemTreeNode.id,
        body: 'Ławki zostały zabrane',
        note: 'Usunięto numer telefonu',
      },
    });

    await tree.treeItem('Ławki zostały zabrane').waitFor();
    expect(await tree.treeItem('600 300 400').count()).toBe(0);
    await resident.page
      .getByTestId('tree-announcement')
      .filter({ hasText: 'Moderator poprawił „Ławki zostały zabrane”: Usunięto numer telefonu' })
      .waitFor({ state: 'attached' });
    expect(await resident.page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      'not reloaded',
    );
  }, 120_000);

  it('an official sets the flag threshold and pre-moderation; a value out of range is explained', async () => {
    const official = await signedIn(OFFICIAL);
    await official.openQueue();
    const settings = official.page.getByTestId('moderation-settings').filter({ hasText: 'Powiat wołomiński' });
    const threshold = settings.getByLabel('Próg zgłoszeń');
    await threshold.fill('0');
    await settings.getByLabel('Wstępna moderacja wpisów nowych kont').check();
    await settings.getByRole('button', { name: 'Zapisz ustawienia' }).click();
    await settings.getByText('Podaj liczbę całkowitą od 1 do 100.', { exact: false }).first().waitFor();
    await expect(settings.getByLabel('Wstępna moderacja wpisów nowych kont').isChecked()).resolves.toBe(true);
    expect(await accessibilityViolations(official.page)).toEqual([]);
    await threshold.fill('5');
    await settings.getByRole('button', { name: 'Zapisz ustawienia' }).click();
    await official.status('Zapisano ustawienia moderacji').waitFor();

    const api = suite.server.api();
    const { municipality } = await api.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    const { moderationSettings } = await api.data<{
      moderationSettings: { flagThreshold: number; premoderation: boolean };
    }>(`query($id: ID!) { moderationSettings(id: $id) { flagThreshold premoderation } }`, { id: municipality.id });
    expect(moderationSettings).toEqual({ flagThreshold: 5, premoderation: true });
  }, 120_000);

  it('an official turns pre-moderation on for one category; a new resident’s thread there waits for approval', async () => {
    const officialApi = suite.server.api();
    await apiLogin(officialApi, OFFICIAL);
    const { createForumCategory } = await officialApi.data<{ createForumCategory: { id: string } }>(
      `mutation($input: CreateCategoryInput!) { createForumCategory(input: $input) { id } }`,
      {
        input: {
          municipalityId,
          slug: 'nowi-mieszkancy-moderacja',
          name: 'Nowi mieszkańcy (moderacja)',
          description: 'Do testów wstępnej moderacji.',
          position: 22,
        },
      },
    );
    const categoryId = createForumCategory.id;

    const official = await signedIn(OFFICIAL);
    await new ForumPage(official.page).openCategory(categoryId);
    const settings = official.categoryPremoderation;
    await expect(settings.getByLabel('Jak w gminie').isChecked()).resolves.toBe(true);
    // Out of range: explained next to the field, the choice and the other threshold stay as typed.
    await official.setCategoryPremoderation('Włączona w tej kategorii', { accountDays: '400', approvedPosts: '2' });
    await settings.getByText('Podaj liczbę całkowitą od 0 do 365.', { exact: false }).first().waitFor();
    await expect(settings.getByLabel('Włączona w tej kategorii').isChecked()).resolves.toBe(true);
    await expect(settings.getByLabel('Zatwierdzone wpisy').inputValue()).resolves.toBe('2');
    expect(await accessibilityViolations(official.page)).toEqual([]);
    await official.setCategoryPremoderation('Włączona w tej kategorii', { accountDays: '30', approvedPosts: '2' });
    await official.status('Zapisano wstępną moderację tej kategorii.').waitFor();
    await settings.getByText('ustawienie tej kategorii', { exact: false }).waitFor();

    // Residents do not get the form at all.
    const resident = await signedIn(RESIDENT);
    const residentForum = new ForumPage(resident.page);
    await residentForum.openCategory(categoryId);
    await resident.page.getByText('Nowi mieszkańcy (moderacja)').first().waitFor();
    expect(await resident.categoryPremoderation.count()).toBe(0);

    const newcomer = await registerUser(suite.server.api(), {
      displayName: 'Nowa Mieszkanka',
      homeMunicipalityId: municipalityId,
    });
    const { createThread } = await newcomer.client.data<{
      createThread: { id: string; awaitingModeration: boolean };
    }>(`mutation($input: CreateThreadInput!) { createThread(input: $input) { id awaitingModeration } }`, {
      input: { categoryId, title: 'Dzień dobry, jestem nowa', body: 'Gdzie w gminie jest punkt PSZOK?' },
    });
    expect(createThread.awaitingModeration).toBe(true);
    // Others see nothing of it: neither the list nor the API.
    const anonymous = await suite.server
      .api()
      .data<{ forumThreads: { nodes: { id: string }[] } }>(
        `query($c: ID!) { forumThreads(categoryId: $c, first: 20) { nodes { id } } }`,
        { c: categoryId },
      );
    expect(anonymous.forumThreads.nodes).toEqual([]);
    expect(await residentForum.threadListItem('Dzień dobry, jestem nowa').count()).toBe(0);

    const moderator = await signedIn(MODERATOR);
    await moderator.openQueue();
    await moderator.queueItem('Gdzie w gminie jest punkt PSZOK?').waitFor();
    await moderator.approve('Gdzie w gminie jest punkt PSZOK?');
    // The resident's open list takes the approved thread live.
    await residentForum.threadListItem('Dzień dobry, jestem nowa').waitFor();
  }, 180_000);
});
