import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode, isMeetingUrl, MEETING_MAX_DURATION_DAYS, type FieldError } from '@ratusz/shared';
import { isForeignKeyViolation, type Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../../consultations/clock.js';
import { visibleDraftScope } from '../../consultations/consultations.policy.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import type { CreateMeetingInput } from '../dtos/create-meeting.input.js';
import type { MeetingsArgs } from '../dtos/meetings.args.js';
import type { UpdateMeetingInput } from '../dtos/update-meeting.input.js';
import { canManageMeeting, canViewMeeting, type MeetingScope } from '../meetings.policy.js';
import type { Meeting } from '../models/meeting.model.js';
import {
  MEETING_NETWORK_FK,
  MeetingRepository,
  type MeetingChanges,
  type MeetingFilter,
} from '../repositories/meeting.repository.js';
import { RegistrationRepository } from '../repositories/registration.repository.js';
import { MeetingLiveService, noPendingEvents, type PendingMeetingEvents } from './meeting-live.service.js';

const DAY_MS = 24 * 3600 * 1000;

/** Empty text means "none". */
function orNull(value: string | null | undefined): string | null {
  return value ? value : null;
}

/** The problems of a meeting's time and place, as field errors (empty when it is fine). */
function meetingProblems(values: {
  startsAt: Date;
  endsAt: Date;
  address: string | null;
  onlineUrl: string | null;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (values.endsAt.getTime() <= values.startsAt.getTime()) {
    problems.push({ field: 'endsAt', code: FieldErrorCode.BEFORE_START });
  } else if (values.endsAt.getTime() - values.startsAt.getTime() > MEETING_MAX_DURATION_DAYS * DAY_MS) {
    problems.push({ field: 'endsAt', code: FieldErrorCode.INVALID, params: { maxDays: MEETING_MAX_DURATION_DAYS } });
  }
  if (values.onlineUrl !== null && !isMeetingUrl(values.onlineUrl)) {
    problems.push({ field: 'onlineUrl', code: FieldErrorCode.URL_INVALID });
  }
  if (values.address === null && values.onlineUrl === null) {
    problems.push({ field: 'address', code: FieldErrorCode.REQUIRED });
  }
  return problems;
}

/** Scheduling and reading meetings; registrations are RegistrationService's. */
@Injectable()
export class MeetingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly meetings: MeetingRepository,
    private readonly registrations: RegistrationRepository,
    private readonly markdown: MarkdownService,
    private readonly phaseRules: PhaseRulesService,
    private readonly live: MeetingLiveService,
    private readonly clock: Clock,
  ) {}

  async create(viewer: Viewer, input: CreateMeetingInput): Promise<Meeting> {
    requireUser(viewer);
    const scope = await this.scopeOf(input);
    requireAccess(canManageMeeting(viewer, scope), 'Only officials of the municipality can schedule its meetings.');
    const address = orNull(input.address);
    const onlineUrl = orNull(input.onlineUrl);
    const problems = meetingProblems({ startsAt: input.startsAt, endsAt: input.endsAt, address, onlineUrl });
    if (problems.length) throw DomainError.badInput(problems);

    const pending = noPendingEvents();
    const meeting = await this.db
      .transaction(async (tx) => {
        const id = await this.meetings.insert(
          {
            municipalityId: scope.municipalityId,
            consultationId: scope.consultationId,
            networkId: input.networkId ?? null,
            kind: input.kind,
            title: input.title,
            descriptionSource: input.description,
            descriptionHtml: this.markdown.render(input.description),
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            address,
            onlineUrl,
            capacity: input.capacity ?? null,
            organiserId: viewer.userId,
          },
          tx,
        );
        const created = (await this.meetings.byId(id, tx))!;
        await this.live.record(
          created,
          { kind: 'meeting.created', meeting: await this.live.live(created, tx) },
          pending,
          tx,
        );
        return created;
      })
      .catch((error: unknown) => {
        if (isForeignKeyViolation(error, MEETING_NETWORK_FK)) {
          throw DomainError.badInput([{ field: 'networkId', code: FieldErrorCode.NOT_FOUND }]);
        }
        throw error;
      });
    this.live.publish(pending);
    return meeting;
  }

  async update(viewer: Viewer, input: UpdateMeetingInput): Promise<Meeting> {
    return this.changeManaged(
      viewer,
      input.id,
      async (current, tx) => {
        if (current.cancelledAt) throw meetingCancelled();
        const capacity = input.unlimitedCapacity ? null : (input.capacity ?? current.capacity);
        const changes: MeetingChanges = {
          kind: input.kind ?? current.kind,
          title: input.title ?? current.title,
          descriptionSource: input.description ?? current.descriptionSource,
          descriptionHtml:
            input.description === undefined || input.description === null
              ? current.descriptionHtml
              : this.markdown.render(input.description),
          startsAt: input.startsAt ?? new Date(current.startsAt),
          endsAt: input.endsAt ?? new Date(current.endsAt),
          address: input.address === undefined || input.address === null ? current.address : orNull(input.address),
          onlineUrl:
            input.onlineUrl === undefined || input.onlineUrl === null ? current.onlineUrl : orNull(input.onlineUrl),
          capacity,
          networkId: current.networkId,
        };
        const problems = meetingProblems(changes);
        if (problems.length) throw DomainError.badInput(problems);
        await this.meetings.update(current.id, changes, tx);
        return true;
      },
      async (updated, pending, tx) => {
        // More seats (or no limit) go to the people waiting, in order.
        if (await this.fillSeats(updated, tx)) await this.live.recordCounts(updated, pending, tx);
      },
    );
  }

  /** Calling off keeps the registrations (people see it was cancelled); calling off twice changes nothing. */
  async cancel(viewer: Viewer, id: string): Promise<Meeting> {
    return this.changeManaged(viewer, id, async (current, tx) => {
      if (current.cancelledAt) return false;
      await this.meetings.cancel(id, tx);
      return true;
    });
  }

  async setMinutes(viewer: Viewer, id: string, minutes: string): Promise<Meeting> {
    return this.changeManaged(viewer, id, async (current, tx) => {
      if (new Date(current.startsAt).getTime() > this.clock.now().getTime()) {
        throw new DomainError(ErrorCode.CONFLICT, 'Minutes can be attached once the meeting has started.');
      }
      await this.meetings.setMinutes(id, minutes, this.markdown.render(minutes), tx);
      return true;
    });
  }

  /** For the seed: whether this meeting was already scheduled. */
  exists(municipalityId: string, title: string, startsAt: Date): Promise<boolean> {
    return this.meetings.existsAt(municipalityId, title, startsAt);
  }

  /** Null when there is no such meeting or the viewer may not see it. */
  async byId(viewer: Viewer, id: string): Promise<Meeting | null> {
    const meeting = await this.meetings.byId(id);
    return meeting && canViewMeeting(viewer, meeting) ? meeting : null;
  }

  /** A meeting the viewer may see, or NOT_FOUND. */
  async requireVisible(viewer: Viewer, id: string): Promise<Meeting> {
    const meeting = await this.byId(viewer, id);
    if (!meeting) throw DomainError.notFound('The meeting');
    return meeting;
  }

  async list(viewer: Viewer, args: MeetingsArgs): Promise<ConnectionShape<Meeting>> {
    if (args.from && args.to && args.to.getTime() <= args.from.getTime()) {
      throw DomainError.badInput([{ field: 'to', code: FieldErrorCode.BEFORE_START }]);
    }
    const filter: MeetingFilter = {
      consultationId: args.consultationId ?? undefined,
      networkId: args.networkId ?? undefined,
      from: args.from ?? undefined,
      to: args.to ?? undefined,
      draftsOf: this.draftsOf(viewer),
    };
    if (args.municipalityId) {
      filter.municipalityIds = args.includeChildren
        ? await this.meetings.municipalityWithDescendants(args.municipalityId)
        : [args.municipalityId];
    }
    const after = decodeCursor(args.after);
    const found = await this.meetings.page(filter, args.first + 1, after);
    return toConnection(found, args.first, (m) => [new Date(m.startsAt).toISOString(), m.id]);
  }

  /** The municipality page's next meetings: its own and those below it, not cancelled, published only. */
  async upcoming(municipalityId: string, first: number): Promise<Meeting[]> {
    return this.meetings.page(
      {
        municipalityIds: await this.meetings.municipalityWithDescendants(municipalityId),
        from: this.clock.now(),
        activeOnly: true,
        draftsOf: [],
      },
      first,
      null,
    );
  }

  /**
   * Gives free seats to people waiting, in order; under the meeting's row
   * lock. Returns whether anyone was promoted.
   */
  async fillSeats(meeting: Meeting, tx: Queryable): Promise<boolean> {
    const [counts] = await this.registrations.countsByMeetingIds([meeting.id], tx);
    if (counts.waitingCount === 0) return false;
    const free = meeting.capacity === null ? counts.waitingCount : meeting.capacity - counts.registeredCount;
    return (await this.registrations.promote(meeting.id, free, tx)).length > 0;
  }

  /**
   * The one way organisers change a meeting: lock it and check access, let
   * `change` write (answering false when nothing changed), then re-read it and
   * record `meeting.updated` inside the transaction and publish after commit.
   */
  private async changeManaged(
    viewer: Viewer,
    id: string,
    change: (current: Meeting, tx: Queryable) => Promise<boolean>,
    afterChange?: (updated: Meeting, pending: PendingMeetingEvents, tx: Queryable) => Promise<void>,
  ): Promise<Meeting> {
    requireUser(viewer);
    const pending = noPendingEvents();
    const meeting = await this.db.transaction(async (tx) => {
      const current = await this.lockManaged(viewer, id, tx);
      if (!(await change(current, tx))) return current;
      const updated = (await this.meetings.byId(id, tx))!;
      await this.live.record(
        updated,
        { kind: 'meeting.updated', meeting: await this.live.live(updated, tx) },
        pending,
        tx,
      );
      await afterChange?.(updated, pending, tx);
      return updated;
    });
    this.live.publish(pending);
    return meeting;
  }

  private async lockManaged(viewer: Viewer, id: string, tx: Queryable): Promise<Meeting> {
    const meeting = await this.meetings.lockById(id, tx);
    if (!meeting || !canViewMeeting(viewer, meeting)) throw DomainError.notFound('The meeting');
    requireAccess(canManageMeeting(viewer, meeting), "Only the meeting's organisers can change it.");
    return meeting;
  }

  /** Where a new meeting belongs: its consultation's municipality, or the one given. */
  private async scopeOf(input: CreateMeetingInput): Promise<MeetingScope> {
    if (input.consultationId) {
      const { consultation } = await this.phaseRules.timeline(input.consultationId).catch((error: unknown) => {
        if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) {
          throw DomainError.badInput([{ field: 'consultationId', code: FieldErrorCode.NOT_FOUND }]);
        }
        throw error;
      });
      if (input.municipalityId && input.municipalityId !== consultation.municipalityId) {
        throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.INVALID }]);
      }
      return {
        municipalityId: consultation.municipalityId,
        consultationId: consultation.id,
        consultationStatus: consultation.status,
      };
    }
    if (!input.municipalityId) {
      throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.REQUIRED }]);
    }
    if (!(await this.meetings.municipalityExists(input.municipalityId))) {
      throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
    }
    return { municipalityId: input.municipalityId, consultationId: null, consultationStatus: null };
  }

  /** Meetings of unpublished consultations a list may show this viewer: null for all, else these municipalities'. */
  private draftsOf(viewer: Viewer): readonly string[] | null {
    const scope = visibleDraftScope(viewer);
    return 'all' in scope ? null : scope.municipalityIds;
  }
}

export function meetingCancelled(): DomainError {
  return new DomainError(ErrorCode.MEETING_CANCELLED, 'The meeting was cancelled.');
}
