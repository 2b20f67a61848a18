import { XSS_VECTORS } from '../../server/test/support/xss-vectors.js';
import { ForumPage } from '../pages/forum.page.js';
import { browserSuite } from '../support/suite.js';

/** A spread of the corpus (every kind of vector), small enough for one page of a thread. */
const SAMPLE = XSS_VECTORS.filter((_, index) => index % Math.ceil(XSS_VECTORS.length / 20) === 0).slice(0, 20);

describe('hostile posts in the browser', () => {
  const suite = browserSuite();

  it('shows XSS vectors as text: no dialog opens, no script runs, the CSP reports nothing', async () => {
    const api = suite.server.api();
    await api.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { email: 'mieszkanka@ratusz.example', password: 'Ratusz-demo-2026' },
    });
    const { forumCategory } = await api.data<{ forumCategory: { id: string } }>(
      `query { forumCategory(slug: "dialog-obywatelski") { id } }`,
    );
    // Each body starts with a label the test can find whatever the vector turns into.
    const bodies = SAMPLE.map((vector, index) => `Wektor ${index + 1}:\n\n${vector}`);
    const { createThread } = await api.data<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { categoryId: forumCategory.id, title: 'Próba <script>alert(1)</script>', body: bodies[0] } },
    );
    for (const body of bodies.slice(1)) {
      await api.data(`mutation($input: ReplyInput!) { replyToPost(input: $input) { id } }`, {
        input: { threadId: createThread.id, body },
      });
    }

    const page = await suite.context.newPage();
    const dialogs: string[] = [];
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (/content security policy|refused to/i.test(message.text())) problems.push(message.text());
    });

    const forum = new ForumPage(page);
    await forum.openThread(createThread.id);
    await page.getByRole('heading', { name: 'Próba <script>alert(1)</script>' }).waitFor();
    for (const index of SAMPLE.keys()) await forum.post(`Wektor ${index + 1}:`).waitFor();
    // The first vector is a bare script tag: it must read as the text typed.
    await forum.post('Wektor 1:').getByText('<script>alert(1)</script>').waitFor();
    // Give anything that would fire late (onerror of a failed load, autofocus, animations) a moment to do so.
    await page.waitForTimeout(500);

    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(
      await page.evaluate(() => document.querySelectorAll('script:not([src]), iframe, object, embed').length),
    ).toBe(0);
  });
});
