import ical from 'node-ical';
import { io, type Socket } from 'socket.io-client';
import {
  SOCKET_PATH,
  type ClientToServerEvents,
  type ConsultationEvent,
  type MunicipalityMeetingEvent,
  type ServerToClientEvents,
} from '@ratusz/shared';
import { errorCode } from './support/graphql-client.js';
import { countStatements } from './support/sql-counter.js';
import { createMunicipality, grantRole, makeAdmin, registerUser, type RegisteredUser } from './support/factories.js';
import {
  createMeeting,
  hoursFromNow,
  insertConsultation,
  MEETING_FIELDS,
  readMeeting,
  register,
  tryCreateMeeting,
  unregister,
  warsawDay,
  type TestMeeting,
} from './support/meeting-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ATTENDEES = `query($m: ID!, $first: Int, $after: String) {
  meetingAttendees(meetingId: $m, first: $first, after: $after) {
    nodes { status waitingPosition user { id displayName } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('meetings', () => {
  let t: TestApp;
  let county: { id: string };
  let gmina: { id: string };
  let elsewhere: { id: string };
  let official: RegisteredUser;
  let otherOfficial: RegisteredUser;
  let admin: RegisteredUser;
  let resident: RegisteredUser;

  beforeAll(async () => {
    t = await startTestApp();
    county = await createMunicipality(t.db, { name: 'Powiat testowy', kind: 'COUNTY' });
    gmina = await createMunicipality(t.db, { name: 'Gmina Łąkowa', parentId: county.id });
    elsewhere = await createMunicipality(t.db, { name: 'Gmina Inna' });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Ewa' });
    otherOfficial = await registerUser(t.client(), { displayName: 'Urzędnik Obcy' });
    admin = await registerUser(t.client(), { displayName: 'Administrator' });
    resident = await registerUser(t.client(), { displayName: 'Mieszkanka Zofia' });
    await grantRole(t.db, official.id, county.id, 'OFFICIAL');
    await grantRole(t.db, otherOfficial.id, elsewhere.id, 'OFFICIAL');
    await makeAdmin(t.db, admin.id);
  });
  afterAll(() => t.close());

  describe('scheduling', () => {
    it("lets the municipality's officials and administrators schedule, nobody else", async () => {
      const made = await createMeeting(official.client, { municipalityId: county.id, capacity: 20 });
      expect(made).toMatchObject({ capacity: 20, registeredCount: 0, waitingCount: 0, viewerCanManage: true });
      expect(made.descriptionHtml).toContain('<strong>wszystkich</strong>');
      expect((await createMeeting(admin.client, { municipalityId: elsewhere.id })).viewerCanManage).toBe(true);

      expect(errorCode(await tryCreateMeeting(resident.client, { municipalityId: county.id }))).toBe('FORBIDDEN');
      expect(errorCode(await tryCreateMeeting(otherOfficial.client, { municipalityId: county.id }))).toBe('FORBIDDEN');
      // A county's official is not an official of its gminas.
      expect(errorCode(await tryCreateMeeting(official.client, { municipalityId: gmina.id }))).toBe('FORBIDDEN');
      expect(errorCode(await tryCreateMeeting(t.client(), { municipalityId: county.id }))).toBe('UNAUTHENTICATED');

      expect((await readMeeting(resident.client, made.id))!.viewerCanManage).toBe(false);
    });

    it("takes a consultation meeting's municipality from the consultation and its managers' rights", async () => {
      const consultationId = await insertConsultation(t.db, { municipalityId: county.id, organiserId: official.id });
      const made = await createMeeting(official.client, { consultationId, kind: 'STRATEGIC_WORKSHOP' });
      expect(made.consultationId).toBe(consultationId);
      const read = await resident.client.data<{
        meeting: { municipality: { id: string }; consultation: { id: string } };
      }>(`query($id: ID!) { meeting(id: $id) { municipality { id } consultation { id } organiser { displayName } } }`, {
        id: made.id,
      });
      expect(read.meeting).toMatchObject({ municipality: { id: county.id }, consultation: { id: consultationId } });
      expect(errorCode(await tryCreateMeeting(otherOfficial.client, { consultationId }))).toBe('FORBIDDEN');
      const wrongPlace = await tryCreateMeeting(official.client, { consultationId, municipalityId: elsewhere.id });
      expect(wrongPlace.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'municipalityId', code: 'INVALID' }]);
    });

    it.each([
      ['an end before the start', { startsAt: hoursFromNow(5), endsAt: hoursFromNow(4) }, 'endsAt', 'BEFORE_START'],
      ['an end equal to the start', { startsAt: hoursFromNow(5), endsAt: hoursFromNow(5) }, 'endsAt', 'BEFORE_START'],
      ['no seats', { capacity: 0 }, 'capacity', 'INVALID'],
      ['a javascript: link', { onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'URL_INVALID'],
      ['a link without a scheme', { onlineUrl: 'meet.example.pl/abc' }, 'onlineUrl', 'URL_INVALID'],
      ['neither address nor link', { address: null, onlineUrl: null }, 'address', 'REQUIRED'],
      ['an empty title', { title: '   ' }, 'title', 'REQUIRED'],
    ])('refuses %s with a field error', async (_name, values, field, code) => {
      const result = await tryCreateMeeting(official.client, { municipalityId: county.id, ...values });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field, code })]);
    });

    it('refuses an unknown municipality or consultation as field errors', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const a = await tryCreateMeeting(admin.client, { municipalityId: unknown });
      expect(a.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'municipalityId', code: 'NOT_FOUND' }]);
      const b = await tryCreateMeeting(admin.client, { consultationId: unknown });
      expect(b.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'consultationId', code: 'NOT_FOUND' }]);
    });

    it('updates, cancels and attaches minutes, managers only', async () => {
      const made = await createMeeting(official.client, {
        municipalityId: county.id,
        startsAt: hoursFromNow(-3),
        endsAt: hoursFromNow(-1),
      });
      const UPDATE = `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING_FIELDS} } }`;
      const updated = await official.client.data<{ updateMeeting: TestMeeting }>(UPDATE, {
        input: { id: made.id, title: 'Nowy tytuł', onlineUrl: 'https://meet.example.pl/ratusz' },
      });
      expect(updated.updateMeeting).toMatchObject({ title: 'Nowy tytuł', capacity: null });
      expect(errorCode(await resident.client.request(UPDATE, { input: { id: made.id, title: 'Zmiana' } }))).toBe(
        'FORBIDDEN',
      );
      const badEnd = await official.client.request(UPDATE, { input: { id: made.id, endsAt: hoursFromNow(-10) } });
      expect(badEnd.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'endsAt', code: 'BEFORE_START' }]);

      const MINUTES = `mutation($input: SetMeetingMinutesInput!) { setMeetingMinutes(input: $input) { minutesHtml } }`;
      const minutes = await official.client.data<{ setMeetingMinutes: { minutesHtml: string } }>(MINUTES, {
        input: { meetingId: made.id, minutes: '## Ustalenia\n\n- więcej ławek' },
      });
      expect(minutes.setMeetingMinutes.minutesHtml).toContain('<h2>Ustalenia</h2>');
      expect(errorCode(await resident.client.request(MINUTES, { input: { meetingId: made.id, minutes: 'x' } }))).toBe(
        'FORBIDDEN',
      );
      const future = await createMeeting(official.client, { municipalityId: county.id });
      expect(
        errorCode(await official.client.request(MINUTES, { input: { meetingId: future.id, minutes: 'Za wcześnie' } })),
      ).toBe('CONFLICT');

      const CANCEL = `mutation($id: ID!) { cancelMeeting(id: $id) { cancelled } }`;
      expect(errorCode(await resident.client.request(CANCEL, { id: future.id }))).toBe('FORBIDDEN');
      expect(
        (await official.client.data<{ cancelMeeting: { cancelled: boolean } }>(CANCEL, { id: future.id })).cancelMeeting
          .cancelled,
      ).toBe(true);
    });
  });

  describe('registration', () => {
    it('gives seats while they last, then places on the waiting list, and refuses a second registration', async () => {
      const meeting = await createMeeting(official.client, { municipalityId: county.id, capacity: 2 });
      const people = await Promise.all([1, 2, 3].map((n) => registerUser(t.client(), { displayName: `Osoba ${n}` })));
      const results = [];
      for (const person of people) results.push((await register(person.client, meeting.id)).data!.registerForMeeting);
      expect(results.map((m) => m.viewerRegistration?.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITING']);
      expect(results[2]).toMatchObject({
        registeredCount: 2,
        waitingCount: 1,
        viewerRegistration: { waitingPosition: 1 },
      });

      expect(errorCode(await register(people[0].client, meeting.id))).toBe('ALREADY_REGISTERED');
      expect(errorCode(await register(people[2].client, meeting.id))).toBe('ALREADY_REGISTERED');
      expect(errorCode(await unregister(resident.client, meeting.id))).toBe('NOT_REGISTERED');
      expect(errorCode(await register(t.client(), meeting.id))).toBe('UNAUTHENTICATED');

      // A freed seat goes to the first person waiting.
      const after = (await unregister(people[0].client, meeting.id)).data!.cancelMeetingRegistration;
      expect(after).toMatchObject({ registeredCount: 2, waitingCount: 0, viewerRegistration: null });
      const promoted = await readMeeting(people[2].client, meeting.id);
      expect(promoted!.viewerRegistration).toMatchObject({ status: 'REGISTERED', waitingPosition: null });
      expect(promoted!.viewerRegistration!.promotedAt).not.toBeNull();
    });

    it('refuses past, started and cancelled meetings, and consultations whose phase is closed', async () => {
      const past = await createMeeting(official.client, {
        municipalityId: county.id,
        startsAt: hoursFromNow(-30),
        endsAt: hoursFromNow(-28),
      });
      expect(errorCode(await register(resident.client, past.id))).toBe('MEETING_PAST');
      const started = await createMeeting(official.client, {
        municipalityId: county.id,
        startsAt: hoursFromNow(-1),
        endsAt: hoursFromNow(1),
      });
      expect(errorCode(await register(resident.client, started.id))).toBe('MEETING_PAST');

      const called = await createMeeting(official.client, { municipalityId: county.id });
      await official.client.data(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: called.id });
      expect(errorCode(await register(resident.client, called.id))).toBe('MEETING_CANCELLED');

      const ended = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        phases: [{ kind: 'WORKSHOPS', startsOn: warsawDay(-20), endsOn: warsawDay(-2) }],
      });
      const late = await createMeeting(official.client, { consultationId: ended });
      const refused = await register(resident.client, late.id);
      expect(errorCode(refused)).toBe('PHASE_CLOSED');
      expect(errorCode(await register(resident.client, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    });

    it('promotes each freed seat to exactly one waiting person under concurrent registrations and cancellations', async () => {
      const meeting = await createMeeting(official.client, { municipalityId: county.id, capacity: 5 });
      const people = await Promise.all(
        Array.from({ length: 24 }, (_, n) => registerUser(t.client(), { displayName: `Uczestnik ${n + 1}` })),
      );
      const [first20, late4] = [people.slice(0, 20), people.slice(20)];
      const registered = await Promise.all(first20.map((p) => register(p.client, meeting.id)));
      expect(registered.every((r) => !r.errors)).toBe(true);
      const statuses = registered.map((r) => r.data!.registerForMeeting.viewerRegistration!.status);
      expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(5);

      const queue = async () =>
        (await t.db.query(
          `SELECT user_id AS "userId", status, promoted_at AS "promotedAt" FROM meeting_registrations
           WHERE meeting_id = $1 ORDER BY (status = 'WAITING'), registered_at, user_id`,
          [meeting.id],
        )) as { userId: string; status: string; promotedAt: Date | null }[];
      const before = await queue();
      const seatHolders = before.filter((r) => r.status === 'REGISTERED').map((r) => r.userId);
      const waiting = before.filter((r) => r.status === 'WAITING').map((r) => r.userId);
      const leavingQueue = [waiting[0], waiting[4], waiting[9]];
      const byId = new Map(people.map((p) => [p.id, p]));

      // Everyone holding a seat leaves, three people leave the queue and four newcomers arrive, all at once.
      const results = await Promise.all([
        ...[...seatHolders, ...leavingQueue].map((id) => unregister(byId.get(id)!.client, meeting.id)),
        ...late4.map((p) => register(p.client, meeting.id)),
      ]);
      expect(results.filter((r) => r.errors)).toEqual([]);

      const afterRows = await queue();
      const remainingWaiting = waiting.filter((id) => !leavingQueue.includes(id));
      const seats = afterRows.filter((r) => r.status === 'REGISTERED');
      expect(seats.map((r) => r.userId)).toEqual(remainingWaiting.slice(0, 5));
      expect(seats.every((r) => r.promotedAt !== null)).toBe(true);
      expect(afterRows.filter((r) => r.status === 'WAITING')).toHaveLength(20 - 5 - 3 - 5 + 4);
      // Newcomers queue behind everyone who was already waiting.
      const order = afterRows.filter((r) => r.status === 'WAITING').map((r) => r.userId);
      expect(order.slice(0, remainingWaiting.length - 5)).toEqual(remainingWaiting.slice(5));
      const counts = await readMeeting(resident.client, meeting.id);
      expect(counts).toMatchObject({ registeredCount: 5, waitingCount: 11 });
    });

    it('fills all seats from a capacity-one meeting with twenty people racing', async () => {
      const meeting = await createMeeting(official.client, { municipalityId: county.id, capacity: 1 });
      const people = await Promise.all(Array.from({ length: 20 }, () => registerUser(t.client())));
      const results = await Promise.all(people.map((p) => register(p.client, meeting.id)));
      const positions = results
        .map((r) => r.data!.registerForMeeting.viewerRegistration!)
        .filter((r) => r.status === 'WAITING')
        .map((r) => r.waitingPosition)
        .sort((a, b) => a! - b!);
      expect(positions).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
      // Ten cancellations at once: the seat holder and nine in the queue; exactly one person moves up.
      const holder = people.find(
        (_p, i) => results[i].data!.registerForMeeting.viewerRegistration!.status === 'REGISTERED',
      )!;
      const others = people.filter((p) => p !== holder).slice(0, 9);
      await Promise.all([holder, ...others].map((p) => unregister(p.client, meeting.id)));
      expect(await readMeeting(resident.client, meeting.id)).toMatchObject({ registeredCount: 1, waitingCount: 9 });
    });
  });

  describe('attendees', () => {
    let meetingId: string;
    let tricky: RegisteredUser;

    beforeAll(async () => {
      const meeting = await createMeeting(official.client, {
        municipalityId: county.id,
        capacity: 1,
        title: 'Warsztaty: Łódź, Żółkiewka',
      });
      meetingId = meeting.id;
      tricky = await registerUser(t.client(), { displayName: '=HYPERLINK("http://zly.example")' });
      const polish = await registerUser(t.client(), { displayName: 'Żaneta "Gęś", Łęcka' });
      await register(polish.client, meetingId);
      await register(tricky.client, meetingId);
    });

    it('lists seats then the queue, paged, for managers only', async () => {
      const page1 = await official.client.data<{
        meetingAttendees: {
          nodes: { status: string; user: { displayName: string } }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }>(ATTENDEES, { m: meetingId, first: 1 });
      expect(page1.meetingAttendees.nodes).toEqual([
        expect.objectContaining({
          status: 'REGISTERED',
          user: expect.objectContaining({ displayName: 'Żaneta "Gęś", Łęcka' }),
        }),
      ]);
      expect(page1.meetingAttendees.pageInfo.hasNextPage).toBe(true);
      const page2 = await official.client.data<{
        meetingAttendees: { nodes: { status: string; waitingPosition: number }[] };
      }>(ATTENDEES, { m: meetingId, first: 5, after: page1.meetingAttendees.pageInfo.endCursor });
      expect(page2.meetingAttendees.nodes).toEqual([
        expect.objectContaining({ status: 'WAITING', waitingPosition: 1 }),
      ]);

      expect(errorCode(await resident.client.request(ATTENDEES, { m: meetingId }))).toBe('FORBIDDEN');
      expect(errorCode(await otherOfficial.client.request(ATTENDEES, { m: meetingId }))).toBe('FORBIDDEN');
      expect(errorCode(await t.client().request(ATTENDEES, { m: meetingId }))).toBe('UNAUTHENTICATED');
    });

    it('exports a CSV with a BOM, Polish letters, escaped cells and neutralised formulas', async () => {
      const response = await fetch(`${t.url}/api/meetings/${meetingId}/attendees.csv`, {
        headers: { cookie: official.client.cookie!, accept: 'text/html' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const disposition = response.headers.get('content-disposition')!;
      expect(disposition).toMatch(
        /^attachment; filename="uczestnicy-warsztaty-lodz-zolkiewka-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''/,
      );
      expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toMatch(/^uczestnicy-warsztaty-łódź-żółkiewka-/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe('Lp.,Imię i nazwisko,Nazwa użytkownika,Status,Miejsce w kolejce,Zapis,Awans z listy');
      expect(lines[1]).toMatch(/^1,"Żaneta ""Gęś"", Łęcka",\w+,zapisany,,\d{4}-\d{2}-\d{2} \d{2}:\d{2},$/);
      expect(lines[2]).toMatch(/^2,"'=HYPERLINK\(""http:\/\/zly\.example""\)",\w+,lista oczekujących,1,/);
    });

    it('refuses the CSV to anonymous visitors and to people who do not manage the meeting', async () => {
      const anonymous = await fetch(`${t.url}/api/meetings/${meetingId}/attendees.csv`);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
      const residentAnswer = await fetch(`${t.url}/api/meetings/${meetingId}/attendees.csv`, {
        headers: { cookie: tricky.client.cookie! },
      });
      expect(residentAnswer.status).toBe(403);
      const unknown = await fetch(`${t.url}/api/meetings/not-a-uuid/attendees.csv`, {
        headers: { cookie: official.client.cookie! },
      });
      expect(unknown.status).toBe(404);
    });
  });

  describe('calendar', () => {
    it('pages meetings by start within a month, with the children of a county, hiding draft consultations', async () => {
      const base = Date.UTC(2031, 2, 1, 9);
      const at = (day: number, hour = 0) => new Date(base + day * 86_400_000 + hour * 3_600_000).toISOString();
      const gminaOfficial = await registerUser(t.client());
      await grantRole(t.db, gminaOfficial.id, gmina.id, 'OFFICIAL');
      const a = await createMeeting(official.client, { municipalityId: county.id, startsAt: at(3), endsAt: at(3, 2) });
      const b = await createMeeting(gminaOfficial.client, {
        municipalityId: gmina.id,
        startsAt: at(1),
        endsAt: at(1, 2),
      });
      const c = await createMeeting(official.client, {
        municipalityId: county.id,
        startsAt: at(10),
        endsAt: at(10, 2),
      });
      await createMeeting(official.client, { municipalityId: county.id, startsAt: at(40), endsAt: at(40, 2) });
      const draft = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        published: false,
      });
      const hidden = await createMeeting(official.client, { consultationId: draft, startsAt: at(5), endsAt: at(5, 2) });

      const LIST = `query($m: ID, $children: Boolean, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
        meetings(municipalityId: $m, includeChildren: $children, from: $from, to: $to, first: $first, after: $after) {
          nodes { id } pageInfo { hasNextPage endCursor } } }`;
      type Page = { meetings: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const month = { m: county.id, children: true, from: at(0), to: at(31) };
      const first = await resident.client.data<Page>(LIST, { ...month, first: 2 });
      expect(first.meetings.nodes.map((n) => n.id)).toEqual([b.id, a.id]);
      const second = await resident.client.data<Page>(LIST, {
        ...month,
        first: 2,
        after: first.meetings.pageInfo.endCursor,
      });
      expect(second.meetings.nodes.map((n) => n.id)).toEqual([c.id]);
      expect(second.meetings.pageInfo.hasNextPage).toBe(false);

      const own = await resident.client.data<Page>(LIST, { m: county.id, children: false, from: at(0), to: at(31) });
      expect(own.meetings.nodes.map((n) => n.id)).toEqual([a.id, c.id]);
      const managers = await official.client.data<Page>(LIST, { ...month, first: 10 });
      expect(managers.meetings.nodes.map((n) => n.id)).toEqual([b.id, a.id, hidden.id, c.id]);
      expect(await readMeeting(resident.client, hidden.id)).toBeNull();

      const upcoming = await t
        .client()
        .data<{ upcomingMeetings: { id: string }[] }>(
          `query($m: ID!) { upcomingMeetings(municipalityId: $m, first: 20) { id } }`,
          { m: county.id },
        );
      const ids = upcoming.upcomingMeetings.map((m) => m.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
      expect(ids).not.toContain(hidden.id);
      const wrongRange = await resident.client.request(LIST, { from: at(5), to: at(1) });
      expect(wrongRange.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'to', code: 'BEFORE_START' }]);
    });

    it('answers a page of meetings with all their relations in the same number of statements, whatever its size', async () => {
      const place = await createMunicipality(t.db, { name: 'Gmina Liczona' });
      const host = await registerUser(t.client());
      await grantRole(t.db, host.id, place.id, 'OFFICIAL');
      const consultationId = await insertConsultation(t.db, { municipalityId: place.id, organiserId: host.id });
      // One hour apart, so the order is fixed and even the page of 2 holds both kinds (with and without a
      // consultation): otherwise equal start times order by random ids and the small page may lack a relation.
      for (let n = 0; n < 6; n++) {
        const times = { startsAt: hoursFromNow(48 + n), endsAt: hoursFromNow(49 + n) };
        const made = await createMeeting(
          host.client,
          n % 2 ? { ...times, consultationId, capacity: 2 } : { ...times, municipalityId: place.id },
        );
        await register(resident.client, made.id);
      }
      const PAGE = `query($m: ID!, $first: Int) { meetings(municipalityId: $m, first: $first) { nodes {
        ${MEETING_FIELDS} municipality { name } consultation { title } organiser { displayName } } } }`;
      const small = await countStatements(t.db, () => resident.client.data(PAGE, { m: place.id, first: 2 }));
      const large = await countStatements(t.db, () => resident.client.data(PAGE, { m: place.id, first: 6 }));
      expect(large.count).toBe(small.count);
      expect(
        large.statements.filter((s) => s.includes('FROM meeting_registrations') && s.includes('GROUP BY')),
      ).toHaveLength(1);
    });

    it('serves iCal feeds a separate parser reads: per consultation and per municipality with its children', async () => {
      const consultationId = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        title: 'Strategia powiatu',
      });
      const workshop = await createMeeting(official.client, {
        consultationId,
        kind: 'STRATEGIC_WORKSHOP',
        title: 'Warsztat strategiczny: gęś, żółw',
        startsAt: '2031-06-10T15:00:00.000Z',
        endsAt: '2031-06-10T17:30:00.000Z',
        address: 'Starostwo, ul. Prądzyńskiego 3',
      });
      const called = await createMeeting(official.client, {
        consultationId,
        title: 'Odwołane',
        onlineUrl: 'https://meet.example.pl/x',
        address: null,
      });
      await official.client.data(`mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, { id: called.id });

      const response = await fetch(`${t.url}/ical/consultations/${consultationId}.ics`, {
        headers: { accept: 'text/html' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const text = await response.text();
      expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20310610T170000');
      const events = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
      const parsedWorkshop = events.find((e) => e.uid === `meeting-${workshop.id}@ratusz`)!;
      expect(parsedWorkshop.summary).toBe('Warsztat strategiczny: gęś, żółw');
      expect(parsedWorkshop.start.toISOString()).toBe('2031-06-10T15:00:00.000Z');
      expect(parsedWorkshop.end?.toISOString()).toBe('2031-06-10T17:30:00.000Z');
      expect(parsedWorkshop.location).toBe('Starostwo, ul. Prądzyńskiego 3');
      expect(events.find((e) => e.uid === `meeting-${called.id}@ratusz`)!.status).toBe('CANCELLED');

      const gminaOfficial = await registerUser(t.client());
      await grantRole(t.db, gminaOfficial.id, gmina.id, 'OFFICIAL');
      const local = await createMeeting(gminaOfficial.client, { municipalityId: gmina.id, title: 'Zebranie wiejskie' });
      const countyFeed = await (await fetch(`${t.url}/ical/municipalities/${county.id}.ics`)).text();
      const countyUids = Object.values(ical.sync.parseICS(countyFeed)).map((c) =>
        c?.type === 'VEVENT' ? c.uid : null,
      );
      expect(countyUids).toEqual(
        expect.arrayContaining([`meeting-${workshop.id}@ratusz`, `meeting-${local.id}@ratusz`]),
      );
      const gminaFeed = await (await fetch(`${t.url}/ical/municipalities/${gmina.id}.ics`)).text();
      expect(gminaFeed).toContain(`meeting-${local.id}@ratusz`);
      expect(gminaFeed).not.toContain(`meeting-${workshop.id}@ratusz`);

      const draft = await insertConsultation(t.db, {
        municipalityId: county.id,
        organiserId: official.id,
        published: false,
      });
      expect((await fetch(`${t.url}/ical/consultations/${draft}.ics`)).status).toBe(404);
      expect((await fetch(`${t.url}/ical/municipalities/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
    });
  });

  describe('live', () => {
    async function connect(room: string): Promise<ClientSocket> {
      const socket: ClientSocket = io(t.url, {
        path: SOCKET_PATH,
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const ack = await socket.timeout(5000).emitWithAck('room.join', { room });
      expect(ack.ok).toBe(true);
      return socket;
    }

    async function until(predicate: () => boolean): Promise<void> {
      const deadline = Date.now() + 5000;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('Timed out waiting for a live event');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    it("pushes a consultation meeting's creation and registration counts to the consultation room, in sequence", async () => {
      const consultationId = await insertConsultation(t.db, { municipalityId: county.id, organiserId: official.id });
      const socket = await connect(`consultation:${consultationId}`);
      const received: ConsultationEvent[] = [];
      socket.on('consultation.event', (event) => received.push(event));
      try {
        const meeting = await createMeeting(official.client, { consultationId, capacity: 1 });
        await register(resident.client, meeting.id);
        const late = await registerUser(t.client());
        await register(late.client, meeting.id);
        await until(() => received.length >= 3);
        expect(received.map((e) => e.kind)).toEqual([
          'meeting.created',
          'meeting.registrationsChanged',
          'meeting.registrationsChanged',
        ]);
        expect(received[2]).toMatchObject({ meetingId: meeting.id, registeredCount: 1, waitingCount: 1 });
        const seqs = received.map((e) => e.seq);
        expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2]);
        const replay = await resident.client.data<{ consultationEvents: { seq: number; kind: string }[] }>(
          `query($c: ID!, $after: Int!) { consultationEvents(consultationId: $c, afterSeq: $after) { seq kind } }`,
          { c: consultationId, after: seqs[0] - 1 },
        );
        expect(replay.consultationEvents.map((e) => e.kind)).toEqual(received.map((e) => e.kind));
      } finally {
        socket.close();
      }
    });

    it("pushes a municipality-only meeting's changes to the municipality room", async () => {
      const socket = await connect(`municipality:${county.id}`);
      const received: MunicipalityMeetingEvent[] = [];
      socket.on('municipality.meeting', (event) => received.push(event));
      try {
        const meeting = await createMeeting(official.client, { municipalityId: county.id });
        await register(resident.client, meeting.id);
        await until(() => received.length >= 2);
        expect(received[0]).toMatchObject({
          kind: 'meeting.created',
          municipalityId: county.id,
          meeting: { id: meeting.id },
        });
        expect(received[1]).toMatchObject({
          kind: 'meeting.registrationsChanged',
          meetingId: meeting.id,
          registeredCount: 1,
        });
      } finally {
        socket.close();
      }
    });
  });
});
