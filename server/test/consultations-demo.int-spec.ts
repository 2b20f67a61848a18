import { SeedService } from '../src/seed/seed.service.js';
import { DEMO_CONSULTATION } from '../src/seed/demo-consultation.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const DEMO = `query($id: ID!) { consultation(id: $id) {
  id status title currentPhase municipality { slug } organiser { displayName }
  serviceAreas { code } phases { kind isCurrent } allowedActions
  discussionThread { id title subjectType } } }`;

interface DemoView {
  consultation: {
    id: string;
    status: string;
    title: string;
    currentPhase: string;
    municipality: { slug: string };
    organiser: { displayName: string };
    serviceAreas: { code: string }[];
    phases: { kind: string; isCurrent: boolean }[];
    allowedActions: string[];
    discussionThread: { id: string; title: string; subjectType: string } | null;
  };
}

async function counts(t: TestApp): Promise<Record<string, number>> {
  const [row] = await t.db.query(`SELECT
    (SELECT count(*)::int FROM consultations) AS consultations,
    (SELECT count(*)::int FROM consultation_phases) AS phases,
    (SELECT count(*)::int FROM consultation_service_areas) AS areas,
    (SELECT count(*)::int FROM forum_threads WHERE subject_type = 'CONSULTATION') AS threads`);
  return row;
}

describe('the demo consultation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('is published in Powiat wołomiński, in PROPOSALS, with the seeded debate as its discussion', async () => {
    const { consultation } = await t.client().data<DemoView>(DEMO, { id: DEMO_CONSULTATION.id });
    expect(consultation).toMatchObject({
      status: 'PUBLISHED',
      title: DEMO_CONSULTATION.title,
      currentPhase: 'PROPOSALS',
      municipality: { slug: 'powiat-wolominski' },
      organiser: { displayName: 'Anna Urzędniczka' },
    });
    expect(consultation.serviceAreas).toHaveLength(8);
    expect(consultation.phases.map((p) => p.kind)).toEqual([
      'DIAGNOSIS',
      'DELIBERATION',
      'PROPOSALS',
      'VOTING',
      'REPORT',
    ]);
    expect(consultation.phases.find((p) => p.isCurrent)?.kind).toBe('PROPOSALS');
    expect(consultation.allowedActions).toContain('SUBMIT_PROPOSAL');
    const [debate]: { id: string }[] = await t.db.query(
      `SELECT t.id FROM forum_threads t JOIN forum_categories c ON c.id = t.category_id
       JOIN municipalities m ON m.id = c.municipality_id WHERE m.slug = 'powiat-wolominski' AND t.subject_id = $1`,
      [DEMO_CONSULTATION.id],
    );
    expect(consultation.discussionThread).toMatchObject({ id: debate.id, subjectType: 'CONSULTATION' });
  });

  it('is not added twice by seeding again', async () => {
    const before = await counts(t);
    expect(before).toEqual({ consultations: 1, phases: 5, areas: 8, threads: 1 });
    await t.app.get(SeedService).seed();
    expect(await counts(t)).toEqual(before);
  });
});
