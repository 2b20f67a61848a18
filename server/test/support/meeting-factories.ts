import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';

/* Consultations are written directly: these tests are about meetings, not about creating consultations. */

export interface TestPhase {
  kind: string;
  startsOn: string;
  endsOn: string;
}

/** `YYYY-MM-DD` in Warsaw, `days` from today. */
export function warsawDay(days = 0): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A consultation whose timeline lets people register for meetings today (WORKSHOPS around today). */
const OPEN_FOR_MEETINGS: TestPhase[] = [
  { kind: 'DIAGNOSIS', startsOn: warsawDay(-30), endsOn: warsawDay(-11) },
  { kind: 'WORKSHOPS', startsOn: warsawDay(-10), endsOn: warsawDay(30) },
];

export async function insertConsultation(
  db: DataSource,
  values: { municipalityId: string; organiserId: string; published?: boolean; phases?: TestPhase[]; title?: string },
): Promise<string> {
  const published = values.published ?? true;
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO consultations (municipality_id, slug, title, summary_source, summary_html, goal_source, goal_html,
                                organiser_id, status, published_at)
     VALUES ($1, $2, $3, 'Streszczenie', '<p>Streszczenie</p>', 'Cel', '<p>Cel</p>', $4, $5, $6) RETURNING id`,
    [
      values.municipalityId,
      `konsultacja-${randomBytes(4).toString('hex')}`,
      values.title ?? 'Strategia rozwoju powiatu',
      values.organiserId,
      published ? 'PUBLISHED' : 'DRAFT',
      published ? new Date() : null,
    ],
  );
  for (const [position, phase] of (values.phases ?? OPEN_FOR_MEETINGS).entries()) {
    await db.query(
      `INSERT INTO consultation_phases (consultation_id, position, kind, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`,
      [id, position, phase.kind, phase.startsOn, phase.endsOn],
    );
  }
  return id;
}

/** An instant `hours` from now, whole minutes. */
export function hoursFromNow(hours: number): string {
  const at = new Date(Date.now() + hours * 3600_000);
  at.setUTCSeconds(0, 0);
  return at.toISOString();
}

export const MEETING_FIELDS = `id kind title descriptionHtml descriptionSource startsAt endsAt address onlineUrl capacity
  registeredCount waitingCount cancelled cancelledAt consultationId minutesHtml viewerCanManage
  viewerRegistration { status waitingPosition promotedAt }`;

export interface TestMeeting {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  registeredCount: number;
  waitingCount: number;
  cancelled: boolean;
  consultationId: string | null;
  minutesHtml: string | null;
  descriptionHtml: string;
  viewerCanManage: boolean;
  viewerRegistration: {
    status: 'REGISTERED' | 'WAITING';
    waitingPosition: number | null;
    promotedAt: string | null;
  } | null;
}

const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;

export interface MeetingValues {
  municipalityId?: string;
  consultationId?: string;
  kind?: string;
  title?: string;
  description?: string;
  startsAt?: string;
  endsAt?: string;
  address?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
}

function meetingInput(values: MeetingValues): Record<string, unknown> {
  return {
    kind: 'WORKSHOP',
    title: 'Warsztaty o przyszłości gminy',
    description: 'Zapraszamy **wszystkich** mieszkańców.',
    startsAt: hoursFromNow(48),
    endsAt: hoursFromNow(50),
    address: 'Urząd Gminy, sala 12',
    ...values,
  };
}

export function tryCreateMeeting(
  client: GraphQLClient,
  values: MeetingValues,
): Promise<GraphQLResponse<{ createMeeting: TestMeeting }>> {
  return client.request<{ createMeeting: TestMeeting }>(CREATE, { input: meetingInput(values) });
}

export async function createMeeting(client: GraphQLClient, values: MeetingValues): Promise<TestMeeting> {
  return (await client.data<{ createMeeting: TestMeeting }>(CREATE, { input: meetingInput(values) })).createMeeting;
}

const REGISTER = `mutation($m: ID!) { registerForMeeting(meetingId: $m) { ${MEETING_FIELDS} } }`;
const UNREGISTER = `mutation($m: ID!) { cancelMeetingRegistration(meetingId: $m) { ${MEETING_FIELDS} } }`;

export function register(client: GraphQLClient, meetingId: string) {
  return client.request<{ registerForMeeting: TestMeeting }>(REGISTER, { m: meetingId });
}

export function unregister(client: GraphQLClient, meetingId: string) {
  return client.request<{ cancelMeetingRegistration: TestMeeting }>(UNREGISTER, { m: meetingId });
}

export async function readMeeting(client: GraphQLClient, id: string): Promise<TestMeeting | null> {
  return (
    await client.data<{ meeting: TestMeeting | null }>(`query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`, {
      id,
    })
  ).meeting;
}
