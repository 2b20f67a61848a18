import { Injectable } from '@nestjs/common';
import {
  allowedActions,
  consultationStage,
  CONSULTATION_TIME_ZONE,
  ConsultationPhaseKind,
  ConsultationStatus,
  currentPhase,
  isActionAllowed,
  phaseOpeningFor,
  type ConsultationAction,
} from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../clock.js';
import type { Consultation } from '../models/consultation.model.js';
import { ConsultationPhaseRepository, type StoredPhase } from '../repositories/consultation-phase.repository.js';
import { ConsultationRepository } from '../repositories/consultation.repository.js';
import { PhaseClosedError } from './phase-closed.error.js';

/** A consultation with its timeline, as the phase rules judge it. */
export interface ConsultationTimeline {
  consultation: Consultation;
  phases: StoredPhase[];
}

/**
 * The one place deciding what a consultation allows when. Problem trees,
 * proposals, ballots, meetings and draft comments call `require` before
 * writing; `viewer`-facing fields call `allowedActions`; both read the one
 * table, PHASE_RULES in `@ratusz/shared`.
 */
@Injectable()
export class PhaseRulesService {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly phases: ConsultationPhaseRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Throws PHASE_CLOSED unless the consultation's current phase allows the
   * action (NOT_FOUND for an unknown id). Pass `tx` to read inside the
   * caller's transaction. Returns what it read, so the caller need not read
   * it again.
   */
  async require(
    consultation: string | Consultation,
    action: ConsultationAction,
    options: { now?: Date; tx?: Queryable } = {},
  ): Promise<ConsultationTimeline> {
    const timeline = await this.timeline(consultation, options.tx);
    this.check(timeline, action, options.now ?? this.clock.now());
    return timeline;
  }

  /** The same rule as `require` over a timeline already read. */
  check(timeline: ConsultationTimeline, action: ConsultationAction, now: Date = this.clock.now()): void {
    const phase = this.stage(timeline, now);
    if (isActionAllowed(action, phase)) return;
    const opening =
      timeline.consultation.status === ConsultationStatus.DRAFT
        ? phaseOpeningFor(action, timeline.phases)
        : phaseOpeningFor(action, timeline.phases, now, CONSULTATION_TIME_ZONE, timeline.consultation.advancedTo);
    throw new PhaseClosedError({
      action,
      phase,
      opensIn: opening?.kind ?? null,
      opensOn: opening?.startsOn ?? null,
    });
  }

  /** Whether the action is allowed now, without throwing. */
  allows(timeline: ConsultationTimeline, action: ConsultationAction, now: Date = this.clock.now()): boolean {
    return isActionAllowed(action, this.stage(timeline, now));
  }

  /** DRAFT, the current phase, CLOSED after the last one, or null before the first / between phases. */
  stage(timeline: ConsultationTimeline, now: Date = this.clock.now()): ConsultationPhaseKind | null {
    return consultationStage(timeline.consultation, timeline.phases, now, CONSULTATION_TIME_ZONE);
  }

  /** The running phase of a published consultation (null for a draft). */
  current(timeline: ConsultationTimeline, now: Date = this.clock.now()): StoredPhase | null {
    if (timeline.consultation.status === ConsultationStatus.DRAFT) return null;
    return currentPhase(timeline.phases, now, CONSULTATION_TIME_ZONE, timeline.consultation.advancedTo);
  }

  allowedActions(timeline: ConsultationTimeline, now: Date = this.clock.now()): ConsultationAction[] {
    return allowedActions(this.stage(timeline, now));
  }

  async timeline(consultation: string | Consultation, tx?: Queryable): Promise<ConsultationTimeline> {
    const found = typeof consultation === 'string' ? await this.consultations.byId(consultation, tx) : consultation;
    if (!found) throw DomainError.notFound('The consultation');
    return { consultation: found, phases: await this.phases.byConsultationId(found.id, tx) };
  }
}

export { ConsultationPhaseKind };
