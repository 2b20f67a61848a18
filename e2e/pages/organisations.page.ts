import { AppPage } from './app.page.js';

/** An organisation's page, its owner's invite form, and the invitee's "my invitations". */
export class OrganisationsPage extends AppPage {
  async openOrganisation(id: string): Promise<void> {
    await this.goto(`/organizacje/${id}`);
  }

  async openInvitations(): Promise<void> {
    await this.goto('/organizacje/zaproszenia');
  }

  get verifiedBadge() {
    return this.page.getByTestId('organisation-verified');
  }

  get members() {
    return this.page.getByTestId('member-list').getByRole('listitem');
  }

  /** The owner invites someone by handle or e-mail and waits for the confirmation. */
  async invite(who: string): Promise<void> {
    await this.page.getByLabel('Nazwa użytkownika (@…) lub e-mail').fill(who);
    await this.page.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
    await this.page.getByText(`Wysłano zaproszenie: ${who}.`).waitFor();
  }

  async accept(organisationName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Dołącz do: ${organisationName}` }).click();
    await this.page.getByText(`Dołączono do organizacji ${organisationName}.`).waitFor();
  }

  /** The "publish as" choice of a composer. */
  async publishAs(composerLabel: string, organisationName: string): Promise<void> {
    await this.page.getByLabel(composerLabel).selectOption({ label: organisationName });
  }
}
