import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ConsultationStatus,
  ErrorCode,
  FieldErrorCode,
  localDate,
  CONSULTATION_TIME_ZONE,
  type ConsultationEvent,
  type LiveConsultation,
} from '@ratusz/shared';
import { isForeignKeyViolation, isUniqueViolation, type Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import { Clock } from '../clock.js';
import {
  canCreateConsultation,
  canManageConsultation,
  canViewConsultation,
  visibleDraftScope,
} from '../consultations.policy.js';
import type { ConsultationsArgs } from '../dtos/consultations.args.js';
import type { CreateConsultationInput } from '../dtos/create-consultation.input.js';
import type { UpdateConsultationInput } from '../dtos/update-consultation.input.js';
import type { Consultation } from '../models/consultation.model.js';
import { ConsultationPhaseRepository, type StoredPhase } from '../repositories/consultation-phase.repository.js';
import { ConsultationServiceAreaRepository } from '../repositories/consultation-service-area.repository.js';
import {
  CONSULTATION_SLUG_CONSTRAINT,
  ConsultationRepository,
  type ConsultationChanges,
} from '../repositories/consultation.repository.js';
import { ConsultationDiscussionService } from './consultation-discussion.service.js';
import { ConsultationEventService, type NewConsultationEvent } from './consultation-event.service.js';
import { phaseFieldErrors } from './phase-validation.js';
import { PhaseRulesService } from './phase-rules.service.js';

const slugTaken = () =>
  DomainError.badInput(
    [{ field: 'slug', code: FieldErrorCode.SLUG_TAKEN }],
    'This address is already used by another consultation of the municipality.',
  );

/** A constraint the input broke, as the field error it means; anything else unchanged. */
function knownWriteError(error: unknown): unknown {
  if (isUniqueViolation(error, CONSULTATION_SLUG_CONSTRAINT)) return slugTaken();
  if (isUniqueViolation(error, 'consultations_pkey')) return new DomainError(ErrorCode.CONFLICT, 'This id is taken.');
  if (isForeignKeyViolation(error, 'consultation_service_areas_service_area_code_fkey')) {
    return DomainError.badInput([{ field: 'serviceAreas', code: FieldErrorCode.NOT_FOUND }], 'Unknown service area.');
  }
  if (isForeignKeyViolation(error, 'consultations_municipality_id_fkey')) {
    return DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
  }
  return error;
}

/** The consultation as live events carry it. */
function toLiveConsultation(consultation: Consultation, phases: readonly StoredPhase[]): LiveConsultation {
  return {
    id: consultation.id,
    slug: consultation.slug,
    title: consultation.title,
    status: consultation.status,
    summaryHtml: consultation.summaryHtml,
    goalHtml: consultation.goalHtml,
    phases: phases.map(({ kind, startsOn, endsOn }) => ({ kind, startsOn, endsOn })),
  };
}

/**
 * Consultations themselves: reading with the visibility rule, creating,
 * editing and publishing. The timeline lives in ConsultationTimelineService.
 */
@Injectable()
export class ConsultationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consultations: ConsultationRepository,
    private readonly phases: ConsultationPhaseRepository,
    private readonly serviceAreas: ConsultationServiceAreaRepository,
    private readonly events: ConsultationEventService,
    private readonly rules: PhaseRulesService,
    private readonly markdown: MarkdownService,
    private readonly discussion: ConsultationDiscussionService,
    private readonly clock: Clock,
  ) {}

  /** Any consultation by id, whoever asks (for other features' services); NOT_FOUND when there is none. */
  async get(id: string, tx?: Queryable): Promise<Consultation> {
    const found = await this.consultations.byId(id, tx);
    if (!found) throw DomainError.notFound('The consultation');
    return found;
  }

  /** The consultation if the viewer may see it; a draft looks absent to others. */
  async find(viewer: Viewer, id: string): Promise<Consultation | null> {
    const found = await this.consultations.byId(id);
    return found && canViewConsultation(viewer, found) ? found : null;
  }

  /** Like find, but NOT_FOUND instead of null. */
  async getVisible(viewer: Viewer, id: string): Promise<Consultation> {
    const found = await this.find(viewer, id);
    if (!found) throw DomainError.notFound('The consultation');
    return found;
  }

  async bySlug(viewer: Viewer, municipalityId: string, slug: string): Promise<Consultation | null> {
    const found = await this.consultations.bySlug(municipalityId, slug);
    return found && canViewConsultation(viewer, found) ? found : null;
  }

  /**
   * Locks the consultation for the rest of the transaction after checking
   * that the viewer manages it: the start of every write.
   */
  async lockManaged(viewer: Viewer, id: string, tx: Queryable): Promise<Consultation> {
    const found = await this.consultations.lock(id, tx);
    if (!found || !canViewConsultation(viewer, found)) throw DomainError.notFound('The consultation');
    requireAccess(canManageConsultation(viewer, found), 'Only officials of the municipality manage its consultations.');
    return found;
  }

  async list(viewer: Viewer, args: ConsultationsArgs): Promise<ConnectionShape<Consultation>> {
    const after = decodeCursor(args.after);
    if (after && Number.isNaN(Date.parse(String(after[0])))) {
      throw DomainError.badInput([{ field: 'after', code: FieldErrorCode.INVALID }], 'The page cursor is not valid.');
    }
    const found = await this.consultations.list(
      {
        municipalityId: args.municipalityId,
        includeChildren: args.includeChildren,
        serviceArea: args.serviceArea,
        phase: args.phase,
        today: localDate(this.clock.now(), CONSULTATION_TIME_ZONE),
        drafts: visibleDraftScope(viewer),
      },
      args.first,
      after,
    );
    return toConnection(found, args.first, (consultation) => [consultation.cursorAt, consultation.id]);
  }

  /**
   * A new consultation starts as a DRAFT only its municipality's officials
   * see; `id` is for the demo data, which must keep a known id.
   */
  async create(viewer: Viewer, input: CreateConsultationInput, id?: string): Promise<Consultation> {
    requireUser(viewer);
    requireAccess(
      canCreateConsultation(viewer, input.municipalityId),
      'Only officials of the municipality create its consultations.',
    );
    const problems = phaseFieldErrors(input.phases);
    if (problems.length) throw DomainError.badInput(problems, 'The phases are not valid.');
    try {
      return await this.db.transaction(async (tx) => {
        const created = await this.consultations.insert(
          {
            municipalityId: input.municipalityId,
            slug: input.slug,
            title: input.title,
            summarySource: input.summary,
            summaryHtml: this.markdown.render(input.summary),
            goalSource: input.goal,
            goalHtml: this.markdown.render(input.goal),
            organiserId: viewer.userId,
          },
          tx,
          id,
        );
        await this.serviceAreas.replace(created.id, [...new Set(input.serviceAreas)], tx);
        await this.phases.replace(created.id, input.phases, tx);
        return created;
      });
    } catch (error) {
      throw knownWriteError(error);
    }
  }

  async update(viewer: Viewer, input: UpdateConsultationInput): Promise<Consultation> {
    const changes: ConsultationChanges = {};
    // An omitted field and an explicit null both leave the value as it is.
    if (input.title) changes.title = input.title;
    if (input.slug) changes.slug = input.slug;
    if (input.summary) {
      changes.summarySource = input.summary;
      changes.summaryHtml = this.markdown.render(input.summary);
    }
    if (input.goal) {
      changes.goalSource = input.goal;
      changes.goalHtml = this.markdown.render(input.goal);
    }
    try {
      const { updated, event } = await this.db.transaction(async (tx) => {
        const current = await this.lockManaged(viewer, input.id, tx);
        await this.consultations.update(current.id, changes, tx);
        if (input.serviceAreas) await this.serviceAreas.replace(current.id, [...new Set(input.serviceAreas)], tx);
        return this.recordUpdated(current.id, tx);
      });
      this.events.publish([event]);
      return updated;
    } catch (error) {
      throw knownWriteError(error);
    }
  }

  /**
   * Makes a draft public (idempotent) and opens its discussion thread. A
   * consultation needs a timeline before anyone sees it.
   */
  async publish(viewer: Viewer, id: string): Promise<Consultation> {
    const now = this.clock.now();
    const result = await this.db.transaction(async (tx) => {
      const current = await this.lockManaged(viewer, id, tx);
      if (current.status === ConsultationStatus.PUBLISHED) return { updated: current, event: null };
      const phases = await this.phases.byConsultationId(id, tx);
      if (phases.length === 0) {
        throw DomainError.badInput(
          [{ field: 'phases', code: FieldErrorCode.REQUIRED }],
          'A consultation needs at least one phase before it is published.',
        );
      }
      const stage = this.rules.stage(
        { consultation: { ...current, status: ConsultationStatus.PUBLISHED }, phases },
        now,
      );
      await this.consultations.markPublished(id, stage, tx);
      return this.recordUpdated(id, tx);
    });
    if (result.event) this.events.publish([result.event]);
    await this.discussion.ensureThread(result.updated);
    return result.updated;
  }

  /** Records `consultation.updated` with the consultation as it is now in `tx`. */
  async recordUpdated(id: string, tx: Queryable): Promise<{ updated: Consultation; event: ConsultationEvent }> {
    const updated = (await this.consultations.byId(id, tx))!;
    const phases = await this.phases.byConsultationId(id, tx);
    const event: NewConsultationEvent = {
      kind: 'consultation.updated',
      consultation: toLiveConsultation(updated, phases),
    };
    return { updated, event: await this.events.record(tx, id, event) };
  }
}
