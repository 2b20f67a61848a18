import type { DataSource } from 'typeorm';
import { addDays, ServiceAreaCode } from '@ratusz/shared';
import type { GraphQLClient } from './graphql-client.js';

/** The eight service areas, as the demo data loads them (a test database starts empty). */
export async function ensureServiceAreas(db: DataSource): Promise<void> {
  const codes = Object.values(ServiceAreaCode);
  await db.query(
    `INSERT INTO service_areas (code, name_pl, name_en, position)
     SELECT code, code, code, position::int - 1 FROM unnest($1::text[]) WITH ORDINALITY AS a(code, position)
     ON CONFLICT DO NOTHING`,
    [codes],
  );
}

export interface PhaseSpec {
  kind: string;
  startsOn: string;
  endsOn: string;
}

export const CONSULTATION_FIELDS = `id slug title status summaryHtml goalHtml currentPhase allowedActions
  viewerCanManage viewerFollows followerCount
  municipality { id slug } organiser { id } serviceAreas { code }
  phases { kind startsOn endsOn isCurrent position }`;

export interface ConsultationView {
  id: string;
  slug: string;
  title: string;
  status: string;
  summaryHtml: string;
  goalHtml: string;
  currentPhase: string | null;
  allowedActions: string[];
  viewerCanManage: boolean;
  viewerFollows: boolean;
  followerCount: number;
  municipality: { id: string; slug: string };
  organiser: { id: string } | null;
  serviceAreas: { code: string }[];
  phases: (PhaseSpec & { isCurrent: boolean; position: number })[];
}

const CREATE = `mutation($input: CreateConsultationInput!) { createConsultation(input: $input) { ${CONSULTATION_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishConsultation(id: $id) { ${CONSULTATION_FIELDS} } }`;

let sequence = 0;

/** A timeline of consecutive phases of `lengths` days each, the first starting on `startsOn`. */
export function consecutivePhases(startsOn: string, phases: [kind: string, days: number][]): PhaseSpec[] {
  let day = startsOn;
  return phases.map(([kind, days]) => {
    const phase = { kind, startsOn: day, endsOn: addDays(day, days - 1) };
    day = addDays(day, days);
    return phase;
  });
}

export function consultationInput(municipalityId: string, overrides: Record<string, unknown> = {}) {
  const n = ++sequence;
  return {
    municipalityId,
    serviceAreas: ['TRANSPORT'],
    title: `Konsultacja ${n}`,
    slug: `konsultacja-${n}-${Math.random().toString(36).slice(2, 7)}`,
    summary: 'Pytamy o **komunikację** w gminie.',
    goal: 'Lepsze rozkłady jazdy.',
    phases: consecutivePhases('2026-03-01', [
      ['DIAGNOSIS', 28],
      ['PROPOSALS', 14],
      ['VOTING', 14],
      ['REPORT', 14],
    ]),
    ...overrides,
  };
}

/** Creates a consultation as `official` (who must be allowed to). */
export async function createConsultation(
  official: GraphQLClient,
  municipalityId: string,
  overrides: Record<string, unknown> = {},
): Promise<ConsultationView> {
  const data = await official.data<{ createConsultation: ConsultationView }>(CREATE, {
    input: consultationInput(municipalityId, overrides),
  });
  return data.createConsultation;
}

export async function publishConsultation(official: GraphQLClient, id: string): Promise<ConsultationView> {
  return (await official.data<{ publishConsultation: ConsultationView }>(PUBLISH, { id })).publishConsultation;
}

export async function createPublishedConsultation(
  official: GraphQLClient,
  municipalityId: string,
  overrides: Record<string, unknown> = {},
): Promise<ConsultationView> {
  const created = await createConsultation(official, municipalityId, overrides);
  return publishConsultation(official, created.id);
}
