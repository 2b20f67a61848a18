import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  consultationStage,
  CONSULTATION_TIME_ZONE,
  ConsultationStatus,
  ErrorCode,
  FieldErrorCode,
  localDate,
  type ConsultationEvent,
} from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../clock.js';
import type { SetConsultationPhasesInput } from '../dtos/set-consultation-phases.input.js';
import type { Consultation } from '../models/consultation.model.js';
import { NotificationService } from '../../notifications/services/notification.service.js';
import { ConsultationPhaseRepository, type StoredPhase } from '../repositories/consultation-phase.repository.js';
import { ConsultationRepository } from '../repositories/consultation.repository.js';
import { ConsultationEventService } from './consultation-event.service.js';
import { ConsultationService } from './consultation.service.js';
import { pastPhaseErrors, phaseFieldErrors } from './phase-validation.js';
import { PhaseRulesService } from './phase-rules.service.js';

/**
 * A consultation's timeline: setting its phases, the organiser moving on
 * early, and announcing (`consultation.phaseChanged`) every change of the
 * current phase exactly once, whether the organiser or the calendar made it.
 * The current phase itself is always computed on read, so it is right even
 * before the announcement goes out.
 */
@Injectable()
export class ConsultationTimelineService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationRepository,
    private readonly phases: ConsultationPhaseRepository,
    private readonly service: ConsultationService,
    private readonly events: ConsultationEventService,
    private readonly rules: PhaseRulesService,
    private readonly clock: Clock,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Replaces the timeline. Field errors name the phase (`phases[2].endsOn`,
   * BEFORE_START, { phase: 'VOTING' }); once published, phases that already
   * ended cannot change (PHASE_ENDED).
   */
  async setPhases(viewer: Viewer, input: SetConsultationPhasesInput): Promise<Consultation> {
    const problems = phaseFieldErrors(input.phases);
    if (problems.length) throw DomainError.badInput(problems, 'The phases are not valid.');
    const now = this.clock.now();
    const { updated, events } = await this.db.transaction(async (tx) => {
      const current = await this.service.lockManaged(viewer, input.id, tx);
      if (current.status === ConsultationStatus.PUBLISHED) {
        if (input.phases.length === 0) {
          throw DomainError.badInput(
            [{ field: 'phases', code: FieldErrorCode.REQUIRED }],
            'A published consultation needs phases.',
          );
        }
        const before = await this.phases.byConsultationId(current.id, tx);
        const past = pastPhaseErrors(before, input.phases, localDate(now, CONSULTATION_TIME_ZONE));
        if (past.length) throw DomainError.badInput(past, 'Phases that already ended cannot be changed.');
      }
      await this.phases.replace(current.id, input.phases, tx);
      const { updated, event } = await this.service.recordUpdated(current.id, tx);
      const changed = await this.announceIfChanged(updated, now, false, tx);
      return { updated, events: changed ? [event, changed] : [event] };
    });
    this.events.publish(events);
    return updated;
  }

  /**
   * The organiser moves on early: the next phase starts now (its dates stay
   * as planned, so the timeline still shows the plan). Before the first
   * phase or between phases, "next" is the next one to start.
   */
  async advance(viewer: Viewer, id: string): Promise<Consultation> {
    const now = this.clock.now();
    const { updated, event } = await this.db.transaction(async (tx) => {
      const current = await this.service.lockManaged(viewer, id, tx);
      if (current.status !== ConsultationStatus.PUBLISHED) {
        throw new DomainError(ErrorCode.CONFLICT, 'Publish the consultation before moving it on.');
      }
      const phases = await this.phases.byConsultationId(id, tx);
      const next = this.nextPhase({ consultation: current, phases }, now);
      if (!next) throw new DomainError(ErrorCode.CONFLICT, 'The consultation is already in its last phase.');
      await this.consultations.setAdvancedTo(id, next.kind, tx);
      const updated = (await this.consultations.byId(id, tx))!;
      return { updated, event: await this.announceIfChanged(updated, now, true, tx) };
    });
    if (event) this.events.publish([event]);
    return updated;
  }

  /**
   * Announces every published consultation whose current phase changed with
   * the calendar since it was last announced; returns how many were. Safe to
   * call from several instances at once: each change is announced once.
   * The job queue runs it every minute (`consultation.phase-changes`,
   * registered in ConsultationsModule).
   */
  async emitDuePhaseChanges(now: Date = this.clock.now()): Promise<number> {
    const candidates = await this.consultations.announcementCandidates();
    if (candidates.length === 0) return 0;
    const timelines = await this.phases.byConsultationIds(candidates.map((c) => c.id));
    const due = candidates.filter(
      (consultation, index) =>
        consultationStage(consultation, timelines[index], now, CONSULTATION_TIME_ZONE) !== consultation.announcedPhase,
    );
    const published: ConsultationEvent[] = [];
    for (const consultation of due) {
      const event = await this.db.transaction(async (tx) => {
        const locked = await this.consultations.lock(consultation.id, tx);
        return locked ? this.announceIfChanged(locked, now, false, tx) : null;
      });
      if (event) published.push(event);
    }
    this.events.publish(published);
    return published.length;
  }

  /**
   * Within a transaction holding the consultation's lock: records
   * `consultation.phaseChanged` if the stage differs from the last one
   * announced, and remembers it as announced.
   */
  private async announceIfChanged(
    consultation: Consultation,
    now: Date,
    advancedEarly: boolean,
    tx: Queryable,
  ): Promise<ConsultationEvent | null> {
    if (consultation.status !== ConsultationStatus.PUBLISHED) return null;
    const phases = await this.phases.byConsultationId(consultation.id, tx);
    const phase = this.rules.stage({ consultation, phases }, now);
    const previousPhase = (await this.consultations.announcedPhase(consultation.id, tx))?.announcedPhase ?? null;
    if (phase === previousPhase) return null;
    await this.consultations.setAnnouncedPhase(consultation.id, phase, tx);
    // Followers hear of it (by their settings: the daily digest unless they chose otherwise), with this commit.
    await this.notifications.notifyConsultationFollowers(
      {
        type: 'PHASE_CHANGE',
        subjectKind: 'CONSULTATION',
        subjectId: consultation.id,
        consultationId: consultation.id,
        municipalityId: consultation.municipalityId,
        title: consultation.title,
        path: `/konsultacje/${consultation.id}`,
        dedupeKey: `phase:${consultation.id}:${phase ?? 'NONE'}:${previousPhase ?? 'NONE'}`,
      },
      tx,
    );
    return this.events.record(tx, consultation.id, {
      kind: 'consultation.phaseChanged',
      phase,
      previousPhase,
      advancedEarly,
    });
  }

  private nextPhase(timeline: { consultation: Consultation; phases: StoredPhase[] }, now: Date): StoredPhase | null {
    const running = this.rules.current(timeline, now);
    if (running) return timeline.phases[timeline.phases.indexOf(running) + 1] ?? null;
    const today = localDate(now, CONSULTATION_TIME_ZONE);
    return timeline.phases.find((phase) => phase.startsOn > today) ?? null;
  }
}
