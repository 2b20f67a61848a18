import type { BrowserContext, Page } from 'playwright-core';
import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { ForumPage } from '../pages/forum.page.js';
import { LoginPage } from '../pages/login.page.js';
import { OrganisationsPage } from '../pages/organisations.page.js';
import { accessibilityViolations, newContext, screenshot } from '../support/browser.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

/*
 * Organisations in the browser: the demo NGO's owner invites the resident,
 * who accepts and replies in the forum on behalf of the foundation; the post
 * shows "Zofia Mieszkanka (Fundacja Dialog)". The steps build on each other.
 */

const NGO = 'ngo@ratusz.example';
const RESIDENT = 'mieszkanka@ratusz.example';
const ORGANISATION = 'Fundacja Dialog';
const REPLY = 'Fundacja zaprasza na dyżur obywatelski we wtorek.';

describe('an organisation: invitation, membership, a post on its behalf', () => {
  const suite = browserSuite();
  const contexts: BrowserContext[] = [];
  let api: GraphQLClient;
  let organisationId: string;
  let threadId: string;
  let owner: Page;
  let resident: Page;

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
    api = suite.server.api();
    await apiLogin(api, RESIDENT);
    const found = await api.data<{ organisations: { nodes: { id: string; name: string }[] } }>(
      `query { organisations(first: 10, search: "Dialog") { nodes { id name } } }`,
    );
    organisationId = found.organisations.nodes.find((o) => o.name === ORGANISATION)!.id;
    // A thread of its own, so the test does not depend on the demo threads' replies.
    const categories = await api.data<{ forumCategories: { nodes: { id: string }[] } }>(
      `query { forumCategories(first: 1) { nodes { id } } }`,
    );
    const created = await api.data<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      {
        input: {
          categoryId: categories.forumCategories.nodes[0].id,
          title: 'Dyżury obywatelskie w Wołominie',
          body: 'Kiedy są dyżury?',
        },
      },
    );
    threadId = created.createThread.id;
    owner = await signedIn(NGO);
    resident = await signedIn(RESIDENT);
  });
  afterAll(() => Promise.all(contexts.map((context) => context.close())));

  it('shows the verified organisation to its owner, who invites the resident by e-mail', async () => {
    const page = new OrganisationsPage(owner);
    await page.openOrganisation(organisationId);
    await page.verifiedBadge.waitFor();
    expect(await page.verifiedBadge.textContent()).toContain('Zweryfikowana');
    await page.invite(RESIDENT);
    expect(await accessibilityViolations(owner)).toEqual([]);
  });

  it('lets the resident accept the invitation', async () => {
    const page = new OrganisationsPage(resident);
    await page.openInvitations();
    await page.accept(ORGANISATION);
    expect(await accessibilityViolations(resident)).toEqual([]);
    await page.openOrganisation(organisationId);
    await page.members.filter({ hasText: 'Zofia Mieszkanka' }).waitFor();
  });

  it('lets the new member reply on behalf of the organisation, shown as "Name (Organisation)"', async () => {
    const forum = new ForumPage(resident);
    const organisations = new OrganisationsPage(resident);
    await forum.openThread(threadId);
    await forum.replyButton(1).click();
    await forum.replyField.fill(REPLY);
    await organisations.publishAs('Publikuj jako', ORGANISATION);
    await forum.sendReply();
    const post = forum.post(REPLY);
    await post.waitFor();
    await expect(post.locator('.post__author').textContent()).resolves.toContain(`Zofia Mieszkanka (${ORGANISATION}`);
    expect(await accessibilityViolations(resident)).toEqual([]);
    await screenshot(resident, 'organisation-post');

    // Everyone else sees the same, after a reload.
    const other = new ForumPage(owner);
    await other.openThread(threadId);
    await expect(other.post(REPLY).locator('.post__author').textContent()).resolves.toContain(`(${ORGANISATION}`);
  });
});
