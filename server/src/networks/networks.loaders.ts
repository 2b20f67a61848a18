import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { Network } from '../municipalities/models/municipality.model.js';
import type { GoodPracticeReport } from './models/good-practice.model.js';
import type { NetworkCoordinator, NetworkMember } from './models/network-member.model.js';
import type { NetworkMeeting } from './models/network-meeting.model.js';
import { GoodPracticeRepository } from './repositories/good-practice.repository.js';
import { NetworkMeetingRepository } from './repositories/network-meeting.repository.js';
import { NetworkMemberRepository } from './repositories/network-member.repository.js';
import { NetworkRepository } from './repositories/network.repository.js';

const BY_ID = Symbol('network.byId');
const MEMBERS = Symbol('network.members');
const COORDINATORS = Symbol('network.coordinators');
const PLAN = Symbol('network.plan');
const ATTENDANCE = Symbol('networkMeeting.attendance');
const REPORTS = Symbol('goodPractice.reports');

/** One statement per relation for a whole page of networks, meetings or practices. */
@Injectable()
export class NetworkLoaders {
  constructor(
    private readonly networks: NetworkRepository,
    private readonly memberRepository: NetworkMemberRepository,
    private readonly meetings: NetworkMeetingRepository,
    private readonly practices: GoodPracticeRepository,
  ) {}

  byId(ctx: RequestContext): DataLoader<string, Network | null> {
    return ctx.loaders.get(BY_ID, () => new DataLoader((ids: readonly string[]) => this.networks.byIds(ids)));
  }

  members(ctx: RequestContext): DataLoader<string, NetworkMember[]> {
    return ctx.loaders.get(
      MEMBERS,
      () => new DataLoader((ids: readonly string[]) => this.memberRepository.membersOf(ids)),
    );
  }

  coordinators(ctx: RequestContext): DataLoader<string, NetworkCoordinator[]> {
    return ctx.loaders.get(
      COORDINATORS,
      () => new DataLoader((ids: readonly string[]) => this.memberRepository.coordinatorsOf(ids)),
    );
  }

  plan(ctx: RequestContext): DataLoader<string, NetworkMeeting[]> {
    return ctx.loaders.get(PLAN, () => new DataLoader((ids: readonly string[]) => this.meetings.plansOf(ids)));
  }

  attendance(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      ATTENDANCE,
      () => new DataLoader((ids: readonly string[]) => this.meetings.attendanceOf(ids)),
    );
  }

  reports(ctx: RequestContext): DataLoader<string, GoodPracticeReport[]> {
    return ctx.loaders.get(REPORTS, () => new DataLoader((ids: readonly string[]) => this.practices.reportsOf(ids)));
  }
}
