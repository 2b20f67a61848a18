import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { MarkdownService } from '../forum/services/markdown.service.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { MeetingAttendeeFieldsResolver, MeetingFieldsResolver } from './meeting-fields.resolver.js';
import { MeetingResolver } from './meeting.resolver.js';
import { MeetingsHttpController } from './meetings-http.controller.js';
import { MeetingLoaders } from './meetings.loaders.js';
import { MeetingRepository } from './repositories/meeting.repository.js';
import { RegistrationRepository } from './repositories/registration.repository.js';
import { MeetingFeedService } from './services/meeting-feed.service.js';
import { MeetingLiveService } from './services/meeting-live.service.js';
import { MeetingService } from './services/meeting.service.js';
import { RegistrationService } from './services/registration.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const meetingResolvers = [MeetingResolver, MeetingFieldsResolver, MeetingAttendeeFieldsResolver];

/**
 * Meetings with registration and a waiting list, the organisers' attendee
 * export and the public iCal feeds. A consultation's meetings follow its
 * phase rules and live in its event log.
 */
@Module({
  imports: [AccountsModule, MunicipalitiesModule, ConsultationsModule],
  controllers: [MeetingsHttpController],
  providers: [
    // The forum's renderer class (the one markdown renderer); stateless, so this module holds its own instance.
    MarkdownService,
    MeetingRepository,
    RegistrationRepository,
    MeetingLiveService,
    MeetingService,
    RegistrationService,
    MeetingFeedService,
    MeetingLoaders,
    ...meetingResolvers,
  ],
  // The seed schedules its demo meetings through the same service as everyone else.
  exports: [MeetingService],
})
export class MeetingsModule {}
