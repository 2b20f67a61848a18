import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConsultationAction } from '@ratusz/shared';
import { BallotReportService } from '../../ballots/services/ballot-report.service.js';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../../consultations/clock.js';
import type { Consultation } from '../../consultations/models/consultation.model.js';
import { ConsultationEventService } from '../../consultations/services/consultation-event.service.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import type { ConsultationReport, ReportData } from '../models/consultation-report.model.js';
import type { ReportAnswer, ReportComment } from '../models/report-sections.model.js';
import { ReportRepository, type AnswerRow, type CommentRow } from '../repositories/report.repository.js';
import { canGenerateReport, canViewReport } from '../reports.policy.js';

/** Each comment with the officials' answers to it. */
function withAnswers(comments: readonly CommentRow[], answers: readonly AnswerRow[]): ReportComment[] {
  const answersOf = new Map<string, ReportAnswer[]>();
  for (const { answeredPostId, ...answer } of answers) {
    const list = answersOf.get(answeredPostId) ?? [];
    list.push(answer);
    answersOf.set(answeredPostId, list);
  }
  return comments.map((comment) => ({ ...comment, answers: answersOf.get(comment.postId) ?? [] }));
}

/**
 * The final report of a consultation. Its figures are computed from the
 * database in one snapshot and stored as they are, so what was published
 * stays what it was; generating again adds a version.
 */
@Injectable()
export class ReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reports: ReportRepository,
    private readonly consultations: ConsultationService,
    private readonly rules: PhaseRulesService,
    private readonly events: ConsultationEventService,
    private readonly clock: Clock,
    private readonly ballots: BallotReportService,
  ) {}

  /** Officials of the municipality, in the REPORT phase or after the consultation closed. */
  async generate(viewer: Viewer, consultationId: string): Promise<ConsultationReport> {
    requireUser(viewer);
    const consultation = await this.consultations.getVisible(viewer, consultationId);
    requireAccess(
      canGenerateReport(viewer, consultation),
      'Only officials of the municipality generate the consultation’s report.',
    );
    const now = this.clock.now();
    await this.rules.require(consultation, ConsultationAction.GENERATE_REPORT, { now });
    const data = await this.compute(consultation);
    const { report, event } = await this.db.transaction(async (tx) => {
      await this.consultations.lockManaged(viewer, consultationId, tx);
      const stored = await this.reports.insert(
        { consultationId, generatedAt: now, generatedById: viewer.userId, data },
        tx,
      );
      const recorded = await this.events.record(tx, consultationId, {
        kind: 'report.generated',
        report: { id: stored.id, version: stored.version, generatedAt: stored.generatedAt.toISOString() },
      });
      return { report: stored, event: recorded };
    });
    this.events.publish([event]);
    return report;
  }

  /** The newest report, or null before the first one; NOT_FOUND when the consultation is hidden from the viewer. */
  async latest(viewer: Viewer, consultationId: string): Promise<ConsultationReport | null> {
    const consultation = await this.consultations.getVisible(viewer, consultationId);
    if (!canViewReport(viewer, consultation)) throw DomainError.notFound('The consultation');
    return this.reports.latest(consultationId);
  }

  /** Like latest, but NOT_FOUND before the first report (the downloads have nothing to send). */
  async require(viewer: Viewer, consultationId: string): Promise<ConsultationReport> {
    const found = await this.latest(viewer, consultationId);
    if (!found) throw DomainError.notFound('The report');
    return found;
  }

  /** Every figure from one snapshot, so the totals and the sections agree with each other. */
  private compute(consultation: Consultation): Promise<ReportData> {
    return this.db.transaction('REPEATABLE READ', async (tx: Queryable) => {
      const id = consultation.id;
      const names = await this.reports.consultationNames(id, tx);
      const phases = await this.reports.phaseFigures(id, tx);
      const totals = await this.reports.totals(id, tx);
      const drafts = await this.reports.drafts(id, tx);
      const comments = await this.reports.comments(id, tx);
      const answers = await this.reports.answers(id, tx);
      const meetings = await this.reports.meetings(id, tx);
      const documents = await this.reports.documents(id, tx);
      return {
        format: 1,
        consultation: { id, title: consultation.title, ...names },
        phases,
        totals,
        drafts,
        comments: withAnswers(comments, answers),
        meetings,
        documents,
        // Filled by the proposal, ballot and problem-tree features when consultations have them.
        proposals: await this.reports.proposals(id, tx),
        ballot: await this.ballots.forReport(id, tx),
        problemTree: await this.reports.problemTree(id, tx),
      };
    });
  }
}
