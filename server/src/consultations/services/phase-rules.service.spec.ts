import { ErrorCode, type ConsultationPhaseKind } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../clock.js';
import type { Consultation } from '../models/consultation.model.js';
import type { ConsultationPhaseRepository, StoredPhase } from '../repositories/consultation-phase.repository.js';
import type { ConsultationRepository } from '../repositories/consultation.repository.js';
import { PhaseClosedError } from './phase-closed.error.js';
import { PhaseRulesService } from './phase-rules.service.js';

const ID = '00000000-0000-4000-8000-00000000000c';

function consultation(overrides: Partial<Consultation> = {}): Consultation {
  return {
    id: ID,
    municipalityId: 'm',
    slug: 's',
    title: 't',
    summarySource: '',
    summaryHtml: '',
    goalSource: '',
    goalHtml: '',
    status: 'PUBLISHED',
    createdAt: new Date(),
    updatedAt: new Date(),
    publishedAt: new Date(),
    organiserId: null,
    advancedTo: null,
    cursorAt: '',
    seq: 0,
    ...overrides,
  };
}

const phase = (position: number, kind: ConsultationPhaseKind, startsOn: string, endsOn: string): StoredPhase => ({
  id: `p${position}`,
  consultationId: ID,
  position,
  kind,
  startsOn,
  endsOn,
});

const PHASES = [
  phase(0, 'DIAGNOSIS', '2026-03-01', '2026-03-28'),
  phase(1, 'PROPOSALS', '2026-03-29', '2026-04-10'),
  phase(2, 'VOTING', '2026-04-11', '2026-04-30'),
  phase(3, 'REPORT', '2026-05-01', '2026-05-15'),
];

/** The rules over an in-memory consultation: the repositories are the database's job, tested elsewhere. */
function rulesFor(found: Consultation | null, now: string): PhaseRulesService {
  const consultations = { byId: () => Promise.resolve(found) } as unknown as ConsultationRepository;
  const phases = { byConsultationId: () => Promise.resolve(PHASES) } as unknown as ConsultationPhaseRepository;
  const clock = new Clock();
  clock.now = () => new Date(now);
  return new PhaseRulesService(consultations, phases, clock);
}

describe('PhaseRulesService', () => {
  it('lets through what the current phase allows and returns what it read', async () => {
    const rules = rulesFor(consultation(), '2026-04-01T10:00:00Z');
    await expect(rules.require(ID, 'SUBMIT_PROPOSAL')).resolves.toMatchObject({ phases: PHASES });
    await expect(rules.require(ID, 'DISCUSS')).resolves.toBeDefined();
  });

  it('names the phase and day an action opens in', async () => {
    const rules = rulesFor(consultation(), '2026-03-10T10:00:00Z');
    const error = (await rules.require(ID, 'VOTE').catch((e: unknown) => e)) as PhaseClosedError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.extensions).toEqual({
      code: ErrorCode.PHASE_CLOSED,
      action: 'VOTE',
      phase: 'DIAGNOSIS',
      opensIn: 'VOTING',
      opensOn: '2026-04-11',
    });
    expect(error.message).toContain('opens in the VOTING phase on 2026-04-11');
  });

  it('says when an action does not open again', async () => {
    const rules = rulesFor(consultation(), '2026-04-20T10:00:00Z');
    await expect(rules.require(ID, 'SUBMIT_PROPOSAL')).rejects.toMatchObject({
      extensions: { phase: 'VOTING', opensIn: null, opensOn: null },
      message: 'SUBMIT_PROPOSAL is not possible in the VOTING phase; it does not open (again) in this consultation.',
    });
    await expect(rules.require(ID, 'COMMENT_DRAFT')).rejects.toMatchObject({ extensions: { opensIn: null } });
  });

  it('allows nothing in a draft, naming the phase the action will open in', async () => {
    const rules = rulesFor(consultation({ status: 'DRAFT', publishedAt: null }), '2026-04-01T10:00:00Z');
    await expect(rules.require(ID, 'SUBMIT_PROPOSAL')).rejects.toMatchObject({
      extensions: { phase: 'DRAFT', opensIn: 'PROPOSALS', opensOn: '2026-03-29' },
    });
  });

  it('follows an early move to the next phase', async () => {
    const rules = rulesFor(consultation({ advancedTo: 'PROPOSALS' }), '2026-03-10T10:00:00Z');
    await expect(rules.require(ID, 'SUBMIT_PROPOSAL')).resolves.toBeDefined();
    expect(rules.allowedActions({ consultation: consultation({ advancedTo: 'PROPOSALS' }), phases: PHASES })).toContain(
      'REVIEW_PROPOSAL',
    );
  });

  it('judges at the time it is given, else at the clock’s', async () => {
    const rules = rulesFor(consultation(), '2026-03-10T10:00:00Z');
    await expect(rules.require(ID, 'VOTE', { now: new Date('2026-04-11T00:30:00+02:00') })).resolves.toBeDefined();
    // 23:30 on 10 April in Warsaw is still PROPOSALS.
    await expect(rules.require(ID, 'VOTE', { now: new Date('2026-04-10T23:30:00+02:00') })).rejects.toBeInstanceOf(
      PhaseClosedError,
    );
  });

  it('answers NOT_FOUND for an unknown consultation', async () => {
    await expect(rulesFor(null, '2026-03-10T10:00:00Z').require(ID, 'DISCUSS')).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
  });
});
