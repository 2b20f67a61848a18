import { ForumCategoriesPage } from '../pages/forum-categories.page.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';
import { browserSuite } from '../support/suite.js';

const NETWORK = 'Sieć na rzecz monitorowania efektywności świadczenia usług administracyjnych';

describe('forums of networks of municipalities', () => {
  const suite = browserSuite();

  it('leads from the forum home to a network’s forum, its demo category and the comparison thread', async () => {
    const forum = new ForumCategoriesPage(await suite.context.newPage());
    await forum.goto('/forum');
    await forum.page.getByRole('link', { name: NETWORK }).click();
    await forum.page.getByRole('heading', { level: 1, name: `Forum sieci: ${NETWORK}` }).waitFor();
    expect(await accessibilityViolations(forum.page)).toEqual([]);
    // Only administrators manage a network's categories.
    expect(await forum.addForm.count()).toBe(0);

    await forum.category('Porównania kosztów i mierników').getByRole('link').first().click();
    await forum.page.getByRole('heading', { level: 1, name: 'Porównania kosztów i mierników' }).waitFor();
    await forum.page.getByRole('link', { name: 'Koszt obsługi sprawy meldunkowej — porównajmy gminy' }).waitFor();
    await screenshot(forum.page, 'forum-network-category');
    expect(await accessibilityViolations(forum.page)).toEqual([]);
    await forum.page.getByRole('link', { name: 'Forum sieci' }).click();
    await forum.page.getByRole('heading', { level: 1, name: `Forum sieci: ${NETWORK}` }).waitFor();
  });

  it('names a network’s category opened by a link, before any list has brought it into the page', async () => {
    const api = suite.server.api();
    const { networks } = await api.data<{ networks: { nodes: { id: string; name: string }[] } }>(
      `query { networks(first: 10) { nodes { id name } } }`,
    );
    const networkId = networks.nodes.find((network) => network.name === NETWORK)!.id;
    const { forumCategory } = await api.data<{ forumCategory: { id: string } }>(
      `query($n: ID) { forumCategory(slug: "porownania-kosztow", networkId: $n) { id } }`,
      { n: networkId },
    );
    const page = await suite.context.newPage();
    await page.goto(`/forum/${forumCategory.id}`);
    await page.getByRole('heading', { level: 1, name: 'Porównania kosztów i mierników' }).waitFor();
    expect(await page.getByRole('link', { name: 'Forum sieci' }).getAttribute('href')).toBe(`/forum/siec/${networkId}`);
  });
});
