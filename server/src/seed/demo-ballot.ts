import { randomInt } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BallotEligibility,
  BallotMethod,
  BallotOptionSource,
  BallotResultsVisibility,
  randomReceipt,
  ServiceAreaCode,
} from '@ratusz/shared';
import { BallotRepository } from '../ballots/repositories/ballot.repository.js';
import { CastBallotRepository } from '../ballots/repositories/cast-ballot.repository.js';
import { BallotService } from '../ballots/services/ballot.service.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { Clock } from '../consultations/clock.js';
import { ConsultationService } from '../consultations/services/consultation.service.js';
import { DEMO_CONSULTATION } from './demo-consultation.js';
import { plDemo } from './pl-demo.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

const { ballot: fixtureBallot } = plDemo.sampleConsultation;

/** Who has already voted in the demo, and how they spread their 10 points over the service areas. */
const DEMO_VOTES: { email: string; points: Partial<Record<ServiceAreaCode, number>> }[] = [
  { email: 'mieszkanka@ratusz.example', points: { TRANSPORT: 5, EDUCATION: 3, HEALTH: 2 } },
  { email: 'ngo@ratusz.example', points: { SOCIAL_AID: 6, HEALTH: 4 } },
  { email: 'moderator@ratusz.example', points: { TRANSPORT: 4, COMMUNAL: 4, CULTURE: 2 } },
  { email: 'urzednik@ratusz.example', points: { ADMINISTRATION: 5, TRANSPORT: 3, HOUSING: 2 } },
];

/**
 * The demo consultation's ballot from the fixture: POINTS, 10 points per
 * voter, one option per service area, configured by the demo official
 * through BallotService like any official's. A few demo accounts have
 * voted already; those ballots are written straight through the ballot
 * repositories (the consultation is still in PROPOSALS, so the API would
 * refuse them: this is demo data). Skipped when the ballot exists.
 */
@Injectable()
export class DemoBallotSeeder {
  private readonly logger = new Logger(DemoBallotSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly demo: DemoDataRepository,
    private readonly ballots: BallotService,
    private readonly ballotRows: BallotRepository,
    private readonly casts: CastBallotRepository,
    private readonly viewers: ViewerService,
    private readonly consultations: ConsultationService,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const [organiser] = await this.demo.usersByEmails([DEMO_CONSULTATION.organiserEmail]);
    if (!organiser) {
      this.logger.warn('The demo ballot needs the demo official; skipped.');
      return;
    }
    const viewer = await this.viewers.forAuth({ userId: organiser.id, sessionId: 'seed', isAdmin: organiser.isAdmin });
    if ((await this.ballotRows.byConsultationIds([DEMO_CONSULTATION.id]))[0]) return;
    if (!(await this.consultations.find(viewer, DEMO_CONSULTATION.id))) {
      this.logger.warn('The demo ballot needs the demo consultation; skipped.');
      return;
    }
    const ballot = await this.ballots.configure(viewer, {
      consultationId: DEMO_CONSULTATION.id,
      method: fixtureBallot.method as BallotMethod,
      pointsTotal: fixtureBallot.pointsPerVoter,
      maxChoices: null,
      pointsPerOptionMax: null,
      optionSource: BallotOptionSource.SERVICE_AREAS,
      resultsVisibility: BallotResultsVisibility.AFTER_CLOSE,
      eligibility: BallotEligibility.RESIDENTS,
    });
    const [options] = await this.ballotRows.optionsByBallotIds([ballot.id]);
    const optionOf = new Map(options.map((o) => [o.serviceAreaCode, o.id]));
    const voters = await this.demo.usersByEmails(DEMO_VOTES.map((v) => v.email));
    const now = this.clock.now();
    await this.db.transaction(async (tx) => {
      await this.ballotRows.lockById(ballot.id, tx);
      await this.ballotRows.freeze(ballot.id, now, tx);
      for (const vote of DEMO_VOTES) {
        const voter = voters.find((u) => u.email === vote.email);
        if (!voter) continue;
        const choices = Object.entries(vote.points).map(([code, points]) => ({
          optionId: optionOf.get(code as ServiceAreaCode)!,
          points: points!,
          rank: null,
        }));
        await this.casts.upsert(
          {
            ballotId: ballot.id,
            voterId: voter.id,
            receipt: randomReceipt(randomInt),
            at: now,
            choices,
            municipalityId: ballot.municipalityId,
          },
          tx,
        );
      }
    });
  }
}
