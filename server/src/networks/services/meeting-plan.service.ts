import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  FieldErrorCode,
  isWorkingDay,
  localDate,
  NetworkMeetingStatus,
  parseDay,
  planExchangeMeetings,
} from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { Clock } from '../../consultations/clock.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import type { GenerateMeetingPlanInput } from '../dtos/generate-meeting-plan.input.js';
import type { UpdateNetworkMeetingInput } from '../dtos/update-network-meeting.input.js';
import type { NetworkMeeting } from '../models/network-meeting.model.js';
import { canManageMeetingPlan } from '../networks.policy.js';
import { NetworkMeetingRepository } from '../repositories/network-meeting.repository.js';
import { NetworkMemberRepository } from '../repositories/network-member.repository.js';
import { NetworkService } from './network.service.js';

/**
 * An exchange group's meeting plan: generated from the members' hosting
 * order and a start day (shared/src/networks.ts computes the days), then
 * edited meeting by meeting. Every change runs under the network's row lock.
 */
@Injectable()
export class MeetingPlanService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly networks: NetworkService,
    private readonly members: NetworkMemberRepository,
    private readonly meetings: NetworkMeetingRepository,
    private readonly markdown: MarkdownService,
    private readonly clock: Clock,
  ) {}

  /** Replaces the plan; refused once a meeting has attendance or minutes, which would be lost. */
  async generate(viewer: Viewer, input: GenerateMeetingPlanInput): Promise<NetworkMeeting[]> {
    requireUser(viewer);
    this.requireFutureDay('startDate', input.startDate);
    const id = await this.db.transaction(async (tx) => {
      const network = await this.networks.lock(input.networkId, tx);
      requireAccess(canManageMeetingPlan(viewer, network), "Only the network's coordinators plan its meetings.");
      const [members] = await this.members.membersOf([network.id], tx);
      if (members.length === 0) {
        throw new DomainError(ErrorCode.NETWORK_HAS_NO_MEMBERS, 'The network has no members to host its meetings.');
      }
      if (await this.meetings.planInUse(network.id, tx)) {
        throw new DomainError(
          ErrorCode.MEETING_PLAN_IN_USE,
          'Meetings of the plan have attendance or minutes; edit them one by one instead.',
        );
      }
      const plan = planExchangeMeetings({
        startDate: input.startDate,
        hostCount: members.length,
        count: input.count,
        intervalWeeks: input.intervalWeeks,
      });
      await this.meetings.replacePlan(
        network.id,
        plan.map((m) => ({ number: m.number, date: m.date, hostMunicipalityId: members[m.hostIndex].municipalityId })),
        tx,
      );
      return network.id;
    });
    const [plan] = await this.meetings.plansOf([id]);
    return plan;
  }

  /** For the seed: whether the network has a plan already. */
  async hasPlan(networkId: string): Promise<boolean> {
    const [plan] = await this.meetings.plansOf([networkId]);
    return plan.length > 0;
  }

  /** Moves a meeting to another working day, hands it to another member, or changes its agenda. */
  update(viewer: Viewer, input: UpdateNetworkMeetingInput): Promise<NetworkMeeting> {
    return this.change(viewer, input.id, async (current, tx) => {
      if (current.status === NetworkMeetingStatus.CANCELLED) throw cancelled();
      const date = input.date ?? current.date;
      if (input.date && input.date !== current.date) {
        this.requireFutureDay('date', input.date);
        if (!isWorkingDay(input.date)) {
          throw DomainError.badInput([{ field: 'date', code: FieldErrorCode.NOT_WORKING_DAY }]);
        }
      }
      const host = input.hostMunicipalityId ?? current.hostMunicipalityId;
      if (host !== current.hostMunicipalityId && !(await this.members.isMember(current.networkId, host, tx))) {
        throw DomainError.badInput([{ field: 'hostMunicipalityId', code: FieldErrorCode.NOT_A_MEMBER }]);
      }
      const agendaSource = input.agenda ?? current.agendaSource;
      await this.meetings.update(
        current.id,
        {
          date,
          hostMunicipalityId: host,
          agendaSource,
          agendaHtml:
            input.agenda === undefined || input.agenda === null
              ? current.agendaHtml
              : this.markdown.render(agendaSource),
        },
        tx,
      );
    });
  }

  /** Calling off twice changes nothing. */
  cancel(viewer: Viewer, id: string): Promise<NetworkMeeting> {
    return this.change(viewer, id, async (current, tx) => {
      if (current.status !== NetworkMeetingStatus.CANCELLED) await this.meetings.cancel(id, tx);
    });
  }

  /** Which members attended; replaces the list. Every municipality named must be a member. */
  setAttendance(viewer: Viewer, id: string, municipalityIds: readonly string[]): Promise<NetworkMeeting> {
    return this.change(viewer, id, async (current, tx) => {
      if (current.status === NetworkMeetingStatus.CANCELLED) throw cancelled();
      const [members] = await this.members.membersOf([current.networkId], tx);
      const memberIds = new Set(members.map((m) => m.municipalityId));
      const unknown = municipalityIds.findIndex((municipalityId) => !memberIds.has(municipalityId));
      if (unknown >= 0) {
        throw DomainError.badInput([
          { field: 'municipalityIds', code: FieldErrorCode.NOT_A_MEMBER, params: { index: unknown } },
        ]);
      }
      await this.meetings.setAttendance(id, [...new Set(municipalityIds)], tx);
    });
  }

  setMinutes(viewer: Viewer, id: string, minutes: string): Promise<NetworkMeeting> {
    return this.change(viewer, id, async (current, tx) => {
      if (current.status === NetworkMeetingStatus.CANCELLED) throw cancelled();
      await this.meetings.setMinutes(id, minutes, this.markdown.render(minutes), tx);
    });
  }

  /** Locks the network, then the meeting; checks access; lets `write` change it; answers it as it is now. */
  private async change(
    viewer: Viewer,
    id: string,
    write: (current: NetworkMeeting, tx: Queryable) => Promise<void>,
  ): Promise<NetworkMeeting> {
    requireUser(viewer);
    return this.db.transaction(async (tx) => {
      const found = await this.meetings.byId(id, tx);
      if (!found) throw DomainError.notFound('The meeting');
      const network = await this.networks.lock(found.networkId, tx);
      requireAccess(canManageMeetingPlan(viewer, network), "Only the network's coordinators change its meetings.");
      const current = (await this.meetings.lockById(id, tx))!;
      await write(current, tx);
      return (await this.meetings.byId(id, tx))!;
    });
  }

  /** A real day, today (Europe/Warsaw) or later. */
  private requireFutureDay(field: string, day: string): void {
    if (!parseDay(day)) throw DomainError.badInput([{ field, code: FieldErrorCode.INVALID }]);
    if (day < localDate(this.clock.now())) throw DomainError.badInput([{ field, code: FieldErrorCode.IN_PAST }]);
  }
}

function cancelled(): DomainError {
  return new DomainError(ErrorCode.MEETING_CANCELLED, 'The meeting was cancelled.');
}
