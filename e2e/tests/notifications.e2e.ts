import type { GraphQLClient } from '../../server/test/support/graphql-client.js';
import { LoginPage } from '../pages/login.page.js';
import { NotificationsPage } from '../pages/notifications.page.js';
import { accessibilityViolations, screenshot } from '../support/browser.js';
import { apiLogin, DEMO_PASSWORD } from '../support/demo-accounts.js';
import { browserSuite } from '../support/suite.js';

const RESIDENT = 'mieszkanka@ratusz.example';
const OFFICIAL = 'urzednik@ratusz.example';
const ADMIN = 'admin@ratusz.example';
const NGO = 'ngo@ratusz.example';

describe('notifications and password reset in the browser', () => {
  const suite = browserSuite();

  async function api(email: string): Promise<GraphQLClient> {
    const client = suite.server.api();
    await apiLogin(client, email);
    return client;
  }

  it('a resident sees a reply to her thread arrive live in the bell and opens it', async () => {
    const resident = await api(RESIDENT);
    const official = await api(OFFICIAL);
    const { forumCategory } = await resident.data<{ forumCategory: { id: string } }>(
      `query { forumCategory(slug: "dialog-obywatelski") { id } }`,
    );
    const categoryId = forumCategory.id;
    const { createThread } = await resident.data<{ createThread: { id: string } }>(
      `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { categoryId, title: 'Zepsuta latarnia na Kościuszki', body: 'Od tygodnia nie świeci.' } },
    );

    const page = await suite.context.newPage();
    const login = new LoginPage(page);
    await login.open();
    await login.login(RESIDENT, DEMO_PASSWORD);
    await login.currentUser.waitFor();
    const notifications = new NotificationsPage(page);
    await notifications.bell.waitFor();
    const before = Number((await notifications.count.count()) ? await notifications.count.innerText() : 0);

    await official.data(`mutation($input: ReplyInput!) { replyToPost(input: $input) { id } }`, {
      input: { threadId: createThread.id, body: 'Zgłoszenie przekazane do naprawy.' },
    });
    // Pushed over the socket: no reload.
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="notification-count"]')?.textContent === String(expected),
      before + 1,
    );

    await notifications.open();
    const item = notifications.item(/Odpowiedź na Twój wpis.*Zepsuta latarnia na Kościuszki/);
    await item.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-list');
    await item.click();
    await page.waitForURL(new RegExp(`/forum/watek/${createThread.id}`));
    await page.getByText('Zgłoszenie przekazane do naprawy.').waitFor();
    await page.waitForFunction(
      (expected) =>
        (document.querySelector('[data-testid="notification-count"]')?.textContent ?? '0') === String(expected),
      before,
    );
  });

  it('resets a forgotten password through the e-mailed link (read from the outbox)', async () => {
    const page = await suite.context.newPage();
    const flow = new NotificationsPage(page);
    await flow.requestReset(NGO);
    expect(await accessibilityViolations(page)).toEqual([]);

    const admin = await api(ADMIN);
    let text = '';
    for (let i = 0; i < 100 && !text; i++) {
      const { mailOutbox } = await admin.data<{ mailOutbox: { nodes: { kind: string; text: string }[] } }>(
        `query($to: String) { mailOutbox(first: 5, to: $to) { nodes { kind text } } }`,
        { to: NGO },
      );
      text = mailOutbox.nodes.find((mail) => mail.kind === 'PASSWORD_RESET')?.text ?? '';
      if (!text) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const link = new URL(/https?:\/\/\S+\/haslo\/nowe\?token=\S+/.exec(text)![0]);

    const NEW_PASSWORD = 'Nowe-haslo-fundacji-2026';
    await flow.goto(`${link.pathname}${link.search}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await flow.setNewPassword(`${link.pathname}${link.search}`, NEW_PASSWORD);

    const login = new LoginPage(page);
    await login.open();
    await login.login(NGO, NEW_PASSWORD);
    await login.currentUser.waitFor();
  });
});
