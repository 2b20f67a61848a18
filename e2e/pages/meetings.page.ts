import { AppPage } from './app.page.js';

export interface MeetingForm {
  kind: string;
  title: string;
  /** datetime-local values, Warsaw time. */
  startsAt: string;
  endsAt: string;
  address: string;
  capacity: string;
  description: string;
}

/** A consultation's meetings tab, the meeting page and the organisers' form. */
export class MeetingsPage extends AppPage {
  async open(consultationId: string): Promise<void> {
    await this.goto(`/konsultacje/${consultationId}?zakladka=meetings`);
    await this.page.getByTestId('meetings-tab').waitFor();
  }

  async openMeeting(meetingId: string): Promise<void> {
    await this.goto(`/spotkania/${meetingId}`);
  }

  get calendar() {
    return this.page.getByTestId('meetings-calendar');
  }

  async showAgenda(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lista', exact: true }).click();
    await this.page.getByTestId('meetings-agenda').or(this.page.getByText('W tym miesiącu nie ma spotkań.')).waitFor();
  }

  /** Fills and sends the new-meeting form; ends on the new meeting's page. */
  async schedule(values: MeetingForm): Promise<string> {
    await this.page.getByRole('button', { name: 'Zaplanuj spotkanie' }).click();
    const form = this.page.getByTestId('meeting-form');
    await form.getByLabel('Rodzaj spotkania').selectOption(values.kind);
    await form.getByLabel('Tytuł', { exact: true }).fill(values.title);
    await form.getByLabel('Początek').fill(values.startsAt);
    await form.getByLabel('Koniec').fill(values.endsAt);
    await form.getByLabel(/^Adres/).fill(values.address);
    await form.getByLabel(/^Liczba miejsc/).fill(values.capacity);
    await form.getByLabel('Opis (Markdown)').fill(values.description);
    await form.getByRole('button', { name: 'Zaplanuj spotkanie' }).click();
    await this.page.waitForURL(/\/spotkania\/[0-9a-f-]{36}$/);
    await this.heading().filter({ hasText: values.title }).waitFor();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  get seats() {
    return this.page.getByTestId('meeting-seats');
  }

  get myRegistration() {
    return this.page.getByTestId('my-registration');
  }

  async register(): Promise<void> {
    await this.page.getByRole('button', { name: /^Zapisz się( na listę rezerwową)?$/ }).click();
    await this.myRegistration.waitFor();
  }
}
