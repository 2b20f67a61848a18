import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BallotOptionSource,
  ConsultationAction,
  ConsultationPhaseKind,
  isVotingClosed,
  validateBallotConfig,
  type ConsultationEvent,
} from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { decodeCursor, encodeCursor } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../../consultations/clock.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { PhaseClosedError } from '../../consultations/services/phase-closed.error.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import { canConfigureBallot, canViewBallot } from '../ballots.policy.js';
import type { ConfigureBallotInput } from '../dtos/configure-ballot.input.js';
import type { BallotReceiptConnection } from '../models/ballot-receipt-connection.model.js';
import type { Ballot } from '../models/ballot.model.js';
import { BallotRepository, type BallotConfig } from '../repositories/ballot.repository.js';
import { CastBallotRepository } from '../repositories/cast-ballot.repository.js';
import { ballotFrozen, ballotNotFound, resultsHidden } from './ballot-errors.js';
import { BallotLiveService } from './ballot-live.service.js';

/** Setting a ballot up, reading it, and the receipts published after the close. */
@Injectable()
export class BallotService {
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
   * The consultation's ballot, null when it has none or the viewer may not
   * see it. A ballot over accepted proposals follows the proposals until it
   * is frozen: a read that finds them changed brings the options up to date.
   */
  async forConsultation(viewer: Viewer, consultationId: string): Promise<Ballot | null> {
    const [ballot] = await this.ballots.byConsultationIds([consultationId]);
    if (!ballot || !canViewBallot(viewer, ballot)) return null;
    if (
      ballot.frozenAt === null &&
      ballot.optionSource === BallotOptionSource.ACCEPTED_PROPOSALS &&
      (await this.ballots.proposalOptionsStale(ballot.id))
    ) {
      await this.refreshOptions(ballot.consultationId);
    }
    return ballot;
  }

  /** A ballot the viewer may see, or BALLOT_NOT_FOUND. */
  async requireVisible(viewer: Viewer, ballotId: string, tx?: Queryable): Promise<Ballot> {
    const ballot = await this.ballots.byId(ballotId, tx);
    if (!ballot || !canViewBallot(viewer, ballot)) throw ballotNotFound();
    return ballot;
  }

  /**
   * Creates the ballot or replaces its configuration: officials of the
   * municipality, until the consultation closes, and only before the first
   * ballot is cast (BALLOT_FROZEN after). The options are rebuilt from the
   * source in the same transaction.
   */
  async configure(viewer: Viewer, input: ConfigureBallotInput): Promise<Ballot> {
    requireUser(viewer);
    const timeline = await this.phaseRules.timeline(input.consultationId);
    const { consultation } = timeline;
    const scope = { municipalityId: consultation.municipalityId, consultationStatus: consultation.status };
    if (!canViewBallot(viewer, scope)) throw DomainError.notFound('The consultation');
    requireAccess(canConfigureBallot(viewer, scope), 'Only officials of the municipality set up its ballot.');
    // Open before publication and between phases too (officials prepare the ballot early): only a closed
    // consultation refuses, with the phase rules' error so the client names the action.
    if (this.phaseRules.stage(timeline) === ConsultationPhaseKind.CLOSED) {
      throw new PhaseClosedError({
        action: ConsultationAction.CONFIGURE_BALLOT,
        phase: ConsultationPhaseKind.CLOSED,
        opensIn: null,
        opensOn: null,
      });
    }
    const config: BallotConfig = {
      method: input.method,
      maxChoices: input.maxChoices ?? null,
      pointsTotal: input.pointsTotal ?? null,
      pointsPerOptionMax: input.pointsPerOptionMax ?? null,
      optionSource: input.optionSource,
      resultsVisibility: input.resultsVisibility,
      eligibility: input.eligibility,
    };
    const problems = validateBallotConfig(config);
    if (problems.length) throw DomainError.badInput(problems);

    const events: ConsultationEvent[] = [];
    const id = await this.db.transaction(async (tx) => {
      // The consultation first, then the ballot: the order every ballot write takes its locks in.
      await this.consultations.lockManaged(viewer, input.consultationId, tx);
      const existing = await this.ballots.lockByConsultationId(input.consultationId, tx);
      if (existing?.frozenAt) throw ballotFrozen(existing.frozenAt);
      const ballotId = existing
        ? (await this.ballots.update(existing.id, config, viewer.userId, tx), existing.id)
        : await this.ballots.insert(input.consultationId, config, viewer.userId, tx);
      await this.ballots.syncOptions(ballotId, config.optionSource, tx);
      events.push(await this.live.recordUpdated(tx, { id: ballotId, consultationId: input.consultationId }));
      return ballotId;
    });
    this.live.publish(events);
    return (await this.ballots.byId(id))!;
  }

  /**
   * Brings a not yet frozen ballot's options in line with its source (the
   * accepted proposals change while proposals are reviewed). Safe to call
   * any time, e.g. by the proposals feature after a review; a frozen ballot
   * is left alone.
   */
  async refreshOptions(consultationId: string): Promise<void> {
    const events: ConsultationEvent[] = [];
    await this.db.transaction(async (tx) => {
      const ballot = await this.ballots.lockByConsultationId(consultationId, tx);
      if (!ballot || ballot.frozenAt) return;
      if (await this.ballots.syncOptions(ballot.id, ballot.optionSource, tx)) {
        events.push(await this.live.recordUpdated(tx, ballot));
      }
    });
    this.live.publish(events);
  }

  /** The receipts of the ballots counted online, alphabetically; published once voting closed. */
  async receipts(
    viewer: Viewer,
    ballotId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<BallotReceiptConnection> {
    const ballot = await this.requireVisible(viewer, ballotId);
    const timeline = await this.phaseRules.timeline(ballot.consultationId);
    if (!isVotingClosed(timeline.consultation, timeline.phases, this.clock.now())) throw resultsHidden();
    const cursor = decodeCursor(after);
    const found = await this.casts.receipts(ballotId, first + 1, cursor ? String(cursor[0]) : null);
    const nodes = found.slice(0, first).map((row) => row.receipt);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: { hasNextPage: found.length > first, endCursor: last ? encodeCursor([last, last]) : null },
      totalCount: await this.casts.receiptCount(ballotId),
    };
  }
}
