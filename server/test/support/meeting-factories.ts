import type { DataSource } from 'typeorm';
import { createConsultation, warsawDay, type TestPhase } from './document-factories.js';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';

export { warsawDay };

/** A consultation whose timeline lets people register for meetings today (WORKSHOPS around today). */
const OPEN_FOR_MEETINGS: TestPhase[] = [
  { kind: 'DIAGNOSIS', startsOn: warsawDay(-30), endsOn: warsawDay(-11) },
  { kind: 'WORKSHOPS', startsOn: warsawDay(-10), endsOn: warsawDay(30) },
];

/** A consultation written directly (the one document tests use), open for meetings unless phases are given. */
export function insertConsultation(
  db: DataSource,
  values: { municipalityId: string; organiserId: string; published?: boolean; phases?: TestPhase[]; title?: string },
): Promise<string> {
  return createConsultation(db, {
    ...values,
    phases: values.phases ?? OPEN_FOR_MEETINGS,
    title: values.title ?? 'Strategia rozwoju powiatu',
  });
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
