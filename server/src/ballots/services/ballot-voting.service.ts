import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BallotEligibility,
  BallotMethod,
  ConsultationAction,
  ConsultationStatus,
  FieldErrorCode,
  randomReceipt,
  validateBallotChoices,
  type BallotForValidation,
  type ConsultationEvent,
} from '@ratusz/shared';
import { isUniqueViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../../consultations/clock.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import type { Consultation } from '../../consultations/models/consultation.model.js';
import { PhaseRulesService, type ConsultationTimeline } from '../../consultations/services/phase-rules.service.js';
import { requireNotBlocked } from '../../moderation/blocks.js';
import { canEnterPaperBallots, canViewBallot, canVoteOnBallot } from '../ballots.policy.js';
import type { BallotChoiceInput } from '../dtos/ballot-choice.input.js';
import type { CastBallotInput } from '../dtos/cast-ballot.input.js';
import type { EnterPaperBallotsInput } from '../dtos/enter-paper-ballots.input.js';
import type { Ballot } from '../models/ballot.model.js';
import type { BallotChoice, CastBallot } from '../models/cast-ballot.model.js';
import { BallotRepository } from '../repositories/ballot.repository.js';
import { CastBallotRepository, RECEIPT_CONSTRAINT, type CastContext } from '../repositories/cast-ballot.repository.js';
import { ballotNotFound, ballotProblemError, notEligible } from './ballot-errors.js';
import { BallotLiveService } from './ballot-live.service.js';

/** A first cast's transaction found the ballot frozen by another one meanwhile. */
const FROZEN_MEANWHILE = Symbol('frozen meanwhile');

/** Attempts at a fresh receipt (a collision among 31^10 codes per ballot is already rare), or after a block ended. */
const RECEIPT_ATTEMPTS = 3;

/**
 * Checks the choices by the shared rules and returns them as stored: no
 * zero-point entries, ranked choices in rank order, nothing but the
 * method's value.
 */
function checkedChoices(
  ballot: BallotForValidation,
  choices: readonly BallotChoiceInput[],
  ballotIndex?: number,
): BallotChoice[] {
  const problem = validateBallotChoices(ballot, choices);
  if (problem) throw ballotProblemError(problem, ballotIndex);
  const stored = choices.map((c) => ({
    optionId: c.optionId,
    points: ballot.method === BallotMethod.POINTS ? c.points! : null,
    rank: ballot.method === BallotMethod.RANKED ? c.rank! : null,
  }));
  if (ballot.method === BallotMethod.POINTS) return stored.filter((c) => c.points! > 0);
  if (ballot.method === BallotMethod.RANKED) return stored.sort((a, b) => a.rank! - b.rank!);
  return stored;
}

/**
 * The phase rules' view of the consultation, from the cast's one read: they
 * judge only its status, the phase moved on to early and the phases.
 */
function castTimeline(context: CastContext): ConsultationTimeline {
  const consultation: Pick<Consultation, 'id' | 'status' | 'advancedTo' | 'municipalityId'> = {
    id: context.consultationId,
    status: context.consultationStatus,
    advancedTo: context.advancedTo,
    municipalityId: context.municipalityId,
  };
  return { consultation: consultation as Consultation, phases: context.phases };
}

/** The voter's id now, the full Viewer (roles) only if a policy needs it. */
export interface LazyViewer {
  userId: string | null;
  load(): Promise<Viewer>;
}

/** Online and paper ballots. */
@Injectable()
export class BallotVotingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ballots: BallotRepository,
    private readonly casts: CastBallotRepository,
    private readonly consultations: ConsultationService,
    private readonly phaseRules: PhaseRulesService,
    private readonly live: BallotLiveService,
    private readonly clock: Clock,
  ) {}

  /**
   * Casts the viewer's ballot or replaces it (the latest counts; the
   * receipt stays). The hot path is one read of the ballot with the voter's
   * residency, the phase rules' read, and one write statement; only the
   * ballot's very first cast also takes the ballot's lock, to freeze it.
   */
  async cast(voter: LazyViewer, input: CastBallotInput): Promise<CastBallot> {
    if (!voter.userId) throw DomainError.unauthenticated();
    const context = await this.casts.castContext(input.ballotId, voter.userId);
    // A published consultation's ballot is open to every logged-in user whatever their roles, so the
    // policies need the viewer's roles (one more statement per cast) only for one still in preparation.
    const viewer: Viewer =
      context?.consultationStatus === ConsultationStatus.PUBLISHED
        ? { userId: voter.userId, isAdmin: false, municipalRoles: new Map() }
        : await voter.load();
    requireUser(viewer);
    if (!context || !canViewBallot(viewer, context)) throw ballotNotFound();
    requireAccess(canVoteOnBallot(viewer, context));
    const now = this.clock.now();
    this.phaseRules.check(castTimeline(context), ConsultationAction.VOTE, now);
    if (context.eligibility === BallotEligibility.RESIDENTS && !context.resident) throw notEligible();
    let choices = checkedChoices(context, input.choices);
    const voterId = viewer.userId;
    const { municipalityId } = context;

    for (let attempt = 1; ; attempt++) {
      const receipt = randomReceipt(randomInt);
      try {
        // The write itself refuses a voter blocked in the municipality (null), in the same statement.
        const cast = context.frozen
          ? await this.casts.upsert({ ballotId: context.id, voterId, receipt, at: now, choices, municipalityId })
          : await this.db.transaction(async (tx) => {
              // The first cast freezes the ballot. Casts that queued behind it find it frozen, end their empty
              // transaction at once (releasing the row) and go the shared way below; casts that read it frozen
              // never lock it.
              if (!(await this.ballots.lockUnfrozen(context.id, tx))) return FROZEN_MEANWHILE;
              // Under the lock the configuration read above may have changed.
              const current = (await this.casts.castContext(context.id, voterId, tx))!;
              choices = checkedChoices(current, input.choices);
              const written = await this.casts.upsert(
                { ballotId: context.id, voterId, receipt, at: now, choices, municipalityId },
                tx,
              );
              // Blocked: nothing is frozen either (the error below rolls the transaction back).
              if (!written) await requireNotBlocked(tx, voterId, { municipalityId });
              else await this.ballots.freeze(context.id, now, tx);
              return written;
            });
        // Frozen since the read above: read again (the configuration is final now) and cast the shared way.
        if (cast === FROZEN_MEANWHILE) return this.cast(voter, input);
        if (!cast) {
          // Says why, with the block's end; a block lifted meanwhile lets the next attempt through.
          await requireNotBlocked(this.db, voterId, { municipalityId });
          if (attempt < RECEIPT_ATTEMPTS) continue;
          throw new Error(`The ballot of ${voterId} was refused as blocked, then not`);
        }
        this.live.castCommitted(context);
        return { receipt: cast.receipt, castAt: cast.castAt, choices };
      } catch (error) {
        if (attempt < RECEIPT_ATTEMPTS && isUniqueViolation(error, RECEIPT_CONSTRAINT)) continue;
        throw error;
      }
    }
  }

  /**
   * Paper ballots collected at meetings, typed in by the municipality's
   * officials (VOTING, and REPORT for late counting), checked by the same
   * rules as online ballots. All of a call's ballots are stored, or none.
   */
  async enterPaper(viewer: Viewer, input: EnterPaperBallotsInput): Promise<Ballot> {
    requireUser(viewer);
    const ballot = await this.ballots.byId(input.ballotId);
    if (!ballot || !canViewBallot(viewer, ballot)) throw ballotNotFound();
    requireAccess(canEnterPaperBallots(viewer, ballot), 'Only officials of the municipality enter paper ballots.');
    const now = this.clock.now();
    await this.phaseRules.require(ballot.consultationId, ConsultationAction.ENTER_PAPER_BALLOTS, { now });
    const meetingId = input.meetingId ?? null;
    if (meetingId && !(await this.ballots.meetingOfConsultation(meetingId, ballot.consultationId))) {
      throw DomainError.badInput([{ field: 'meetingId', code: FieldErrorCode.NOT_FOUND }]);
    }

    const events: ConsultationEvent[] = [];
    await this.db.transaction(async (tx) => {
      await this.consultations.lockManaged(viewer, ballot.consultationId, tx);
      const locked = (await this.ballots.lockById(ballot.id, tx))!;
      const [options] = await this.ballots.optionsByBallotIds([ballot.id], tx);
      const rules: BallotForValidation = { ...locked, optionIds: options.map((o) => o.id) };
      const checked = input.ballots.map((choices, index) => checkedChoices(rules, choices, index));
      if (!locked.frozenAt) await this.ballots.freeze(ballot.id, now, tx);
      await this.casts.insertPaper({ ballotId: ballot.id, meetingId, enteredBy: viewer.userId, ballots: checked }, tx);
      events.push(...(await this.live.recordCounts(tx, locked)));
    });
    this.live.publish(events);
    return (await this.ballots.byId(ballot.id))!;
  }
}
