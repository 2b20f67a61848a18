import { randomUUID } from 'node:crypto';
import { ThreadSubjectType } from '../../server/src/forum/models/forum.model.js';
import { PostService } from '../../server/src/forum/services/post.service.js';
import type { Browser, BrowserContext } from 'playwright-core';
import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { ForumCategoriesPage } from '../pages/forum-categories.page.js';
import { ForumPage } from '../pages/forum.page.js';
import { LoginPage } from '../pages/login.page.js';
import { accessibilityViolations, launchBrowser, newContext, screenshot } from '../support/browser.js';
import { startE2EServer, type E2EServer } from '../support/server.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;

async function createThread(api: GraphQLClient, input: Record<string, unknown>): Promise<string> {
  const created = await api.data<{ createThread: { id: string } }>(CREATE_THREAD, { input });
  return created.createThread.id;
}

describe('forum in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let categoryId: string;
  let threadId: string;
  /** Powiat wołomiński, where the demo official and moderator hold their roles. */
  let municipalityId: string;
  let municipalCategoryId: string;
  let lockThreadId: string;
  let quoteThreadId: string;
  let consultationThreadId: string;
  let mentionThreadId: string;

  beforeAll(async () => {
    server = await startE2EServer();
    browser = await launchBrowser();
    const api = server.api();
    await apiLogin(api, 'mieszkanka@ratusz.example');
    const found = await api.data<{ forumCategory: { id: string } }>(
      `query { forumCategory(slug: "dialog-obywatelski") { id } }`,
    );
    categoryId = found.forumCategory.id;
    threadId = await createThread(api, {
      categoryId,
      title: 'Ławki w parku miejskim',
      body: 'Czy w parku przydałyby się **nowe ławki**?',
    });
    mentionThreadId = await createThread(api, {
      categoryId,
      title: 'Plac zabaw przy szkole',
      body: 'Kto wie, kiedy otworzą plac zabaw po remoncie?',
    });
    quoteThreadId = await createThread(api, {
      categoryId,
      title: 'Oświetlenie boiska',
      body: 'Czy boisko przy szkole powinno być oświetlone do 22:00?\n\nLatem gra się długo.',
    });

    const official = server.api();
    await apiLogin(official, 'urzednik@ratusz.example');
    const municipality = await official.data<{ municipality: { id: string } }>(
      `query { municipality(slug: "powiat-wolominski") { id } }`,
    );
    municipalityId = municipality.municipality.id;
    const category = await official.data<{ createForumCategory: { id: string } }>(
      `mutation($input: CreateCategoryInput!) { createForumCategory(input: $input) { id } }`,
      {
        input: {
          municipalityId,
          slug: 'zielen-miejska',
          name: 'Zieleń miejska',
          description: 'Parki, skwery i drzewa w powiecie.',
          position: 5,
        },
      },
    );
    municipalCategoryId = category.createForumCategory.id;
    lockThreadId = await createThread(api, {
      categoryId: municipalCategoryId,
      title: 'Wycinka drzew przy rynku',
      body: 'Słyszałam, że drzewa przy rynku mają zostać wycięte.',
    });
    // The API opens general threads only; a consultation opens its debate through the forum's service, as here.
    const lockAuthor = await api.data<{ forumThread: { author: { id: string } } }>(
      `query($id: ID!) { forumThread(id: $id) { author { id } } }`,
      { id: lockThreadId },
    );
    consultationThreadId = (
      await server.started.app.get(PostService).createThread(
        { userId: lockAuthor.forumThread.author.id, sessionId: '', isAdmin: false },
        {
          categoryId: municipalCategoryId,
          title: 'Konsultacje: nowy park w Kobyłce',
          body: 'Co myślicie o projekcie parku?',
          subjectType: ThreadSubjectType.CONSULTATION,
          subjectId: randomUUID(),
        },
      )
    ).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  async function loggedIn(email: string): Promise<ForumPage> {
    const context = await newContext(browser, server.url);
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(email, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    return new ForumPage(page);
  }

  /** Marks the page, so a test can tell it was updated in place and not reloaded. */
  async function markPage(forum: ForumPage): Promise<void> {
    await forum.page.evaluate(() => {
      (window as unknown as { e2eMarker?: string }).e2eMarker = 'not reloaded';
    });
  }

  async function pageMarker(forum: ForumPage): Promise<string | undefined> {
    return forum.page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker);
  }

  it('a moderator locks and pins a thread; a resident’s open page follows live, its composer gone', async () => {
    const resident = await loggedIn('mieszkanka@ratusz.example');
    const moderator = await loggedIn('moderator@ratusz.example');
    await resident.openThread(lockThreadId);
    await moderator.openThread(lockThreadId);

    // Only those who moderate the category see the controls.
    expect(await resident.moderationButton('Zamknij wątek').count()).toBe(0);
    await resident.replyButton(1).click();
    await resident.replyField.fill('Zaczynam pisać odpowiedź…');
    await markPage(resident);

    await moderator.moderationButton('Zamknij wątek').click();
    await moderator.moderationButton('Otwórz wątek').waitFor();
    await moderator.lockedNotice.waitFor();

    // The resident's page hears it over the socket: notice shown, every way to reply gone.
    await resident.lockedNotice.waitFor({ timeout: 10_000 });
    await resident.replyField.waitFor({ state: 'detached' });
    expect(await resident.page.getByRole('button', { name: /^Odpowiedz na wpis/ }).count()).toBe(0);
    expect(await resident.page.getByRole('button', { name: /^Cytuj wpis/ }).count()).toBe(0);
    expect(await resident.threadFlags.getByText('Zamknięty', { exact: true }).count()).toBe(1);

    await moderator.moderationButton('Przypnij wątek').click();
    await moderator.moderationButton('Odepnij wątek').waitFor();
    await resident.threadFlags.getByText('Przypięty', { exact: true }).waitFor({ timeout: 10_000 });
    expect(await pageMarker(resident)).toBe('not reloaded');
    await screenshot(moderator.page, 'forum-thread-moderator');
    expect(await accessibilityViolations(moderator.page)).toEqual([]);
    expect(await accessibilityViolations(resident.page)).toEqual([]);

    // The category's list says it in words too.
    await resident.openCategory(municipalCategoryId);
    const item = resident.threadListItem('Wycinka drzew przy rynku');
    await item.waitFor();
    expect(await item.getByText('Przypięty', { exact: true }).count()).toBe(1);
    expect(await item.getByText('Zamknięty', { exact: true }).count()).toBe(1);
    expect(await accessibilityViolations(resident.page)).toEqual([]);

    // Unlocking brings the reply buttons back.
    await moderator.moderationButton('Otwórz wątek').click();
    await moderator.replyButton(1).waitFor();
  });

  it('quotes a post: the composer starts with the quote, the reply shows it and links to the quoted post', async () => {
    const writer = await loggedIn('ngo@ratusz.example');
    await writer.openThread(quoteThreadId);
    // Not a consultation: no stance to choose.
    await writer.replyButton(1).click();
    await writer.replyField.waitFor();
    expect(await writer.stanceGroup.count()).toBe(0);
    await writer.page.getByRole('button', { name: 'Anuluj' }).click();

    await writer.quoteButton(1).click();
    expect(await writer.replyField.inputValue()).toBe(
      '> Czy boisko przy szkole powinno być oświetlone do 22:00?\n>\n> Latem gra się długo.\n\n',
    );
    // Focus is in the text, after the quote, so writing continues there.
    await writer.page.keyboard.type('Tak, ale z czujnikiem ruchu. Co myślisz, @zofia_mieszkanka?');
    expect(await writer.replyField.inputValue()).toMatch(
      /Latem gra się długo\.\n\nTak, ale z czujnikiem ruchu\. Co myślisz, @zofia_mieszkanka\?$/,
    );
    // The composer says how to mention someone, tied to the field for screen readers.
    expect(await writer.fieldDescription(writer.replyField)).toContain('napisz @nazwa, np. @zofia_mieszkanka');
    expect(await accessibilityViolations(writer.page)).toEqual([]);
    await writer.sendReply();

    const reply = writer.post('Tak, ale z czujnikiem ruchu.');
    await reply.waitFor();
    await reply
      .locator('blockquote')
      .getByText(/Czy boisko przy szkole/)
      .waitFor();
    await reply.locator('.mention', { hasText: '@zofia_mieszkanka' }).waitFor();
    // Checks the mention's contrast too.
    expect(await accessibilityViolations(writer.page)).toEqual([]);
    const marker = reply.getByRole('link', { name: 'cytuje wpis #1' });
    await marker.waitFor();
    await marker.click();
    await writer.page.waitForFunction(() => document.activeElement?.id === 'post-1');
  });

  it('suggests people for a half-typed @mention as a combobox, usable by keyboard and mouse', async () => {
    const resident = await loggedIn('mieszkanka@ratusz.example');
    const requests = resident.recordMentionRequests();
    await resident.openThread(mentionThreadId);
    await resident.replyButton(1).click();
    const field = resident.replyField;
    await field.waitFor();
    expect(await resident.focused(field)).toBe(true);
    expect(await field.getAttribute('aria-autocomplete')).toBe('list');
    expect(await resident.fieldDescription(field)).toContain('Enter lub Tab wstawia, Escape zamyka listę');

    // A bare @ asks nothing and offers nothing.
    await resident.type('Pytanie do @');
    await resident.page.waitForTimeout(500);
    expect(requests).toEqual([]);
    expect(await resident.mentionList.count()).toBe(0);

    // Asked once typing pauses (how many keystrokes that spans depends on the machine's speed).
    await resident.type('mar');
    const marek = resident.mentionOption('Marek Moderator @marek_moderator');
    await marek.waitFor();
    expect(requests.at(-1)).toBe('mar');
    // The field points at the list and at the highlighted first option; focus stays in the field.
    const listId = await resident.mentionList.getAttribute('id');
    expect(listId).toBeTruthy();
    expect(await field.getAttribute('aria-controls')).toBe(listId);
    expect(await resident.mentionOptions.first().getAttribute('id')).toBe(await marek.getAttribute('id'));
    expect(await field.getAttribute('aria-activedescendant')).toBe(await marek.getAttribute('id'));
    expect(await marek.getAttribute('aria-selected')).toBe('true');
    // axe allows aria-expanded on a textarea only with role="combobox", which is not valid there: open is told by aria-controls.
    expect(await field.getAttribute('aria-expanded')).toBeNull();
    const count = await resident.mentionOptions.count();
    expect(await resident.mentionStatus.textContent()).toMatch(new RegExp(`^${count} propozycj[aei]$`));
    expect(await resident.focused(field)).toBe(true);
    await screenshot(resident.page, 'forum-mention-suggestions');
    expect(await accessibilityViolations(resident.page)).toEqual([]);

    // Enter takes the highlighted person: the handle replaces what was typed, the caret goes after it.
    await resident.page.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('Pytanie do @marek_moderator ');
    await resident.mentionList.waitFor({ state: 'detached' });
    expect(await resident.caret(field)).toBe('Pytanie do @marek_moderator '.length);
    expect(await field.getAttribute('aria-activedescendant')).toBeNull();
    expect(await field.getAttribute('aria-controls')).toBeNull();
    expect(await resident.mentionStatus.textContent()).toBe('');

    // Arrows move the highlight while the list is open; Escape closes it and leaves the text alone.
    await resident.type('i @a');
    await resident.mentionOption(/Anna Urzędniczka/).waitFor();
    const options = resident.mentionOptions;
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    const [firstId, secondId] = [await options.nth(0).getAttribute('id'), await options.nth(1).getAttribute('id')];
    expect(await field.getAttribute('aria-activedescendant')).toBe(firstId);
    await resident.page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe(secondId);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    await resident.page.keyboard.press('ArrowUp');
    expect(await field.getAttribute('aria-activedescendant')).toBe(firstId);
    expect(await field.inputValue()).toBe('Pytanie do @marek_moderator i @a');
    await resident.page.keyboard.press('Escape');
    await resident.mentionList.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe('Pytanie do @marek_moderator i @a');
    expect(await resident.focused(field)).toBe(true);
    // With the list closed the arrows move the caret, as in any textarea; coming back does not reopen it.
    const end = 'Pytanie do @marek_moderator i @a'.length;
    await resident.page.keyboard.press('ArrowLeft');
    expect(await resident.caret(field)).toBe(end - 1);
    await resident.page.keyboard.press('ArrowRight');
    expect(await resident.caret(field)).toBe(end);
    await resident.page.waitForTimeout(300);
    expect(await resident.mentionList.count()).toBe(0);

    // Nobody by that name: no list, and the live region says so.
    await resident.page.keyboard.press('Backspace');
    await resident.type('qx');
    await resident.page.waitForFunction(
      () =>
        document.querySelector('[data-testid="mention-status"]')?.textContent ===
        'Nie znaleziono nikogo o takiej nazwie.',
    );
    expect(await resident.mentionList.count()).toBe(0);

    // Tab takes the highlighted person too, and focus stays in the field.
    await resident.page.keyboard.press('Backspace');
    await resident.page.keyboard.press('Backspace');
    await resident.type('fund');
    await resident.mentionOption('Fundacja Dialog @fundacja_dialog').waitFor();
    await resident.page.keyboard.press('Tab');
    expect(await field.inputValue()).toBe('Pytanie do @marek_moderator i @fundacja_dialog ');
    expect(await resident.focused(field)).toBe(true);
    await resident.mentionList.waitFor({ state: 'detached' });

    // A click takes the person clicked, without taking focus from the text.
    await resident.type('oraz @zof');
    await resident.mentionOption('Zofia Mieszkanka @zofia_mieszkanka').click();
    expect(await field.inputValue()).toBe('Pytanie do @marek_moderator i @fundacja_dialog oraz @zofia_mieszkanka ');
    expect(await resident.focused(field)).toBe(true);
    await resident.mentionList.waitFor({ state: 'detached' });

    // With no list open, Enter is a new line again.
    await resident.page.keyboard.press('Enter');
    await resident.type('Co sądzicie o terminie otwarcia?');
    expect(await field.inputValue()).toBe(
      'Pytanie do @marek_moderator i @fundacja_dialog oraz @zofia_mieszkanka \nCo sądzicie o terminie otwarcia?',
    );
    await resident.sendReply();

    const reply = resident.post('Co sądzicie o terminie otwarcia?');
    await reply.waitFor();
    await reply.locator('.mention', { hasText: '@marek_moderator' }).waitFor();
    expect(await reply.locator('.mention').allTextContents()).toEqual([
      '@marek_moderator',
      '@fundacja_dialog',
      '@zofia_mieszkanka',
    ]);
    expect(requests.every((prefix) => prefix.length > 0)).toBe(true);
  });

  it('lets a reply in a consultation thread take a stance, shown as a word on the post', async () => {
    const resident = await loggedIn('mieszkanka@ratusz.example');
    await resident.openThread(consultationThreadId);
    await resident.replyButton(1).click();
    const group = resident.stanceGroup;
    await group.waitFor();
    expect(await group.getByRole('radio', { name: 'Bez stanowiska' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Przeciw' }).check();
    await resident.replyField.fill('Park tak, ale nie kosztem parkingu przy przychodni.');
    await screenshot(resident.page, 'forum-reply-with-stance');
    expect(await accessibilityViolations(resident.page)).toEqual([]);
    await resident.sendReply();

    const reply = resident.post('Park tak, ale nie kosztem parkingu');
    await reply.waitFor();
    const badge = reply.locator('.badge--stance');
    expect(await badge.textContent()).toBe('Stanowisko: Przeciw');
    expect(await badge.isVisible()).toBe(true);
    // The first post took no stance.
    expect(await resident.post('Co myślicie o projekcie parku?').locator('.badge--stance').count()).toBe(0);
  });

  it('an official adds a municipal category: a taken address is explained in Polish, nothing typed is lost', async () => {
    const official = await loggedIn('urzednik@ratusz.example');
    const categories = new ForumCategoriesPage(official.page);
    await categories.openCategories();
    // Admins alone add global categories; the official is offered their own municipality's forum.
    expect(await categories.addForm.count()).toBe(0);
    expect(await accessibilityViolations(official.page)).toEqual([]);
    await official.page.getByRole('link', { name: 'Forum: Powiat wołomiński' }).click();
    await official.page.getByRole('heading', { level: 1, name: 'Forum: Powiat wołomiński' }).waitFor();
    await categories.category('Zieleń miejska').waitFor();
    expect(official.page.url()).toContain(`/forum/gmina/${municipalityId}`);

    const name = categories.addField('Nazwa');
    const slug = categories.addField('Adres kategorii');
    const description = categories.addField('Opis');
    await name.fill('Zieleń miejska');
    // The address is suggested from the name, Polish letters transliterated.
    expect(await slug.inputValue()).toBe('zielen-miejska');
    await description.fill('Drzewa, trawniki i kwietniki.');
    await categories.submitAdd();

    const slugId = (await slug.getAttribute('id')) ?? '';
    await official.page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-invalid') === 'true',
      slugId,
    );
    expect(await categories.fieldDescription(slug)).toContain('W tym miejscu jest już kategoria o takim adresie.');
    expect(await categories.addForm.getByRole('alert').textContent()).toContain(
      'W tym miejscu jest już kategoria o takim adresie.',
    );
    expect(await official.page.evaluate(() => document.activeElement?.id)).toBe(slugId);
    expect(await name.inputValue()).toBe('Zieleń miejska');
    expect(await description.inputValue()).toBe('Drzewa, trawniki i kwietniki.');
    await screenshot(official.page, 'forum-category-slug-taken');
    expect(await accessibilityViolations(official.page)).toEqual([]);

    await slug.fill('zielen-i-laki');
    await name.fill('Zieleń i łąki');
    // A typed address stays as typed when the name changes.
    expect(await slug.inputValue()).toBe('zielen-i-laki');
    await categories.submitAdd();
    await categories.category('Zieleń i łąki').waitFor();
    expect(await name.inputValue()).toBe('');
    expect(await categories.category('Zieleń i łąki').getByRole('link').getAttribute('href')).toMatch(/^\/forum\//);

    // A category with threads cannot be removed, and says why.
    await categories.remove('Zieleń miejska');
    await categories
      .category('Zieleń miejska')
      .getByText('Nie można usunąć kategorii „Zieleń miejska”, bo są w niej wątki.', { exact: false })
      .waitFor();
    // An empty one can.
    await categories.remove('Zieleń i łąki');
    await categories.category('Zieleń i łąki').waitFor({ state: 'detached' });
    expect(await accessibilityViolations(official.page)).toEqual([]);
  });

  it('shows a reply by someone else live, behind a polite "new replies" button', async () => {
    const writer = await loggedIn('mieszkanka@ratusz.example');
    const reader = await loggedIn('ngo@ratusz.example');
    await writer.openThread(threadId);
    await reader.openThread(threadId);

    await writer.replyTo(1, 'Tak, i koszy na śmieci też.');
    // The writer sees their own reply at once.
    await writer.post('Tak, i koszy na śmieci też.').waitFor();

    // The reader is offered it without reloading, and sees it after asking.
    const button = reader.newRepliesButton();
    await button.waitFor({ timeout: 10_000 });
    expect(await button.textContent()).toContain('1 nowa odpowiedź');
    expect(await reader.post('Tak, i koszy na śmieci też.').count()).toBe(0);
    await button.click();
    await reader.post('Tak, i koszy na śmieci też.').waitFor();
    await button.waitFor({ state: 'detached' });
  });

  it('has no accessibility violations on the forum pages', async () => {
    const forum = await loggedIn('ngo@ratusz.example');
    await forum.openCategories();
    await forum.page
      .getByRole('link', { name: 'Ławki w parku miejskim' })
      .or(forum.page.locator('.forum-list'))
      .first()
      .waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    await forum.openCategory(categoryId);
    await forum.page.getByRole('link', { name: 'Ławki w parku miejskim' }).waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    await forum.openThread(threadId);
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    await forum.openCategory(municipalCategoryId);
    await forum.page.getByRole('link', { name: 'Forum: Powiat wołomiński' }).waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    const categories = new ForumCategoriesPage(forum.page);
    await categories.openMunicipality(municipalityId);
    await categories.category('Zieleń miejska').waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);

    await forum.openSearch();
    await forum.page.getByLabel('Szukana fraza').fill('ławki');
    await forum.page.getByRole('link', { name: 'Ławki w parku miejskim' }).first().waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);
  });

  it('names a municipality forum opened by a link, even before it has categories', async () => {
    const found = await server
      .api()
      .data<{ municipality: { id: string } }>(`query { municipality(slug: "radzymin") { id } }`);
    const context = await newContext(browser, server.url);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`/forum/gmina/${found.municipality.id}`);
    await page.getByRole('heading', { level: 1, name: 'Forum: Radzymin' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
