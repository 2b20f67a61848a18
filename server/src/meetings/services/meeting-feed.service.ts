import { Injectable } from '@nestjs/common';
import { ConsultationStatus } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import { MunicipalityService } from '../../municipalities/services/municipality.service.js';
import { meetingsCalendar } from '../meetings-ical.js';
import { MeetingRepository } from '../repositories/meeting.repository.js';

/** A feed holds at most this many meetings (a year back and everything ahead). */
const MAX_FEED_MEETINGS = 1000;

/** The domain part of every event UID: fixed, so UIDs do not change with the address the feed was fetched from. */
const UID_DOMAIN = 'ratusz';

/** Public iCal feeds: a published consultation's meetings, a municipality's (with those below it). */
@Injectable()
export class MeetingFeedService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly phaseRules: PhaseRulesService,
    private readonly municipalities: MunicipalityService,
  ) {}

  async consultationFeed(consultationId: string): Promise<string> {
    const { consultation } = await this.phaseRules.timeline(consultationId);
    // Drafts are not public, so their feed does not exist for anyone.
    if (consultation.status !== ConsultationStatus.PUBLISHED) throw DomainError.notFound('The consultation');
    const meetings = await this.meetings.feed({ consultationId }, MAX_FEED_MEETINGS);
    return meetingsCalendar(consultation.title, meetings, UID_DOMAIN);
  }

  async municipalityFeed(municipalityId: string): Promise<string> {
    const municipality = await this.municipalities.findById(municipalityId);
    if (!municipality) throw DomainError.notFound('The municipality');
    const municipalityIds = await this.meetings.municipalityWithDescendants(municipalityId);
    const meetings = await this.meetings.feed({ municipalityIds }, MAX_FEED_MEETINGS);
    return meetingsCalendar(`Spotkania: ${municipality.name}`, meetings, UID_DOMAIN);
  }
}
