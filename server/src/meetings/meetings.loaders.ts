import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { MeetingRegistration } from './models/meeting-registration.model.js';
import { RegistrationRepository, type RegistrationCounts } from './repositories/registration.repository.js';

const COUNTS = Symbol('meeting.registrationCounts');
const VIEWER_REGISTRATION = Symbol('meeting.viewerRegistration');

/** Batches what a page of meetings needs into one statement per relation. */
@Injectable()
export class MeetingLoaders {
  constructor(private readonly registrations: RegistrationRepository) {}

  /** Seats taken and people waiting, for a whole page in one grouped statement. */
  counts(ctx: RequestContext): DataLoader<string, RegistrationCounts> {
    return ctx.loaders.get(
      COUNTS,
      () => new DataLoader((ids: readonly string[]) => this.registrations.countsByMeetingIds(ids)),
    );
  }

  /** The logged-in viewer's registration per meeting (the caller handles anonymous viewers). */
  viewerRegistration(ctx: RequestContext, userId: string): DataLoader<string, MeetingRegistration | null> {
    return ctx.loaders.get(
      VIEWER_REGISTRATION,
      () => new DataLoader((ids: readonly string[]) => this.registrations.ofUser(userId, ids)),
    );
  }
}
