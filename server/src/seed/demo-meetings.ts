import { Injectable, Logger } from '@nestjs/common';
import { addDays, CONSULTATION_TIME_ZONE, localDate, MeetingKind, startOfLocalDay } from '@ratusz/shared';
import type { Viewer } from '../common/policy/viewer.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { Clock } from '../consultations/clock.js';
import { MeetingService } from '../meetings/services/meeting.service.js';
import { MunicipalityService } from '../municipalities/services/municipality.service.js';
import { DEMO_CONSULTATION_ID } from './demo-forum.js';
import { plDemo } from './pl-demo.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

interface DemoMeeting {
  municipalitySlug: string;
  consultationId?: string;
  kind: MeetingKind;
  title: string;
  description: string;
  /** YYYY-MM-DD and hours in Warsaw. */
  day: string;
  from: number;
  to: number;
  address: string;
  capacity?: number;
  /** Scheduled by the official of the municipality rather than by the administrator. */
  byOfficial?: boolean;
}

/**
 * The fixture's meetings of the ZPP project. The fixture names a month (and a
 * place standing for two counties) for some; the demo puts those on the 15th
 * (the 10th for the conference) in each county named, from 10:00 to 14:00.
 */
function fixtureMeetings(): DemoMeeting[] {
  const places: Record<string, string[]> = {
    'Muzeum Armii Krajowej, Kraków': ['krakow'],
    'Gorlice / Zawiercie': ['powiat-gorlicki', 'powiat-zawiercianski'],
    Kraków: ['krakow'],
  };
  const kinds: Record<string, MeetingKind> = {
    'Warsztaty strategiczne': MeetingKind.STRATEGIC_WORKSHOP,
  };
  return plDemo.meetings.flatMap((meeting) => {
    const day =
      meeting.date.length === 7 ? `${meeting.date}-${meeting.kind === 'CONFERENCE' ? '10' : '15'}` : meeting.date;
    return (places[meeting.place] ?? []).map((municipalitySlug) => ({
      municipalitySlug,
      kind: kinds[meeting.title] ?? (meeting.kind as MeetingKind),
      title: meeting.title,
      description: 'Spotkanie projektu Związku Powiatów Polskich o standardach usług publicznych.',
      day,
      from: 10,
      to: 14,
      address: meeting.place,
    }));
  });
}

/** A workshop of the demo consultation ten days after the seed date, open for registration. */
function consultationWorkshop(today: string): DemoMeeting {
  return {
    municipalitySlug: 'powiat-wolominski',
    consultationId: DEMO_CONSULTATION_ID,
    kind: MeetingKind.STRATEGIC_WORKSHOP,
    title: 'Warsztat: które usługi otworzyć najpierw?',
    description:
      'Pracujemy w małych grupach nad wynikami diagnozy i **propozycjami mieszkańców**. ' +
      'Zapewniamy kawę i materiały; prosimy o zapis, liczba miejsc jest ograniczona.',
    day: addDays(today, 10),
    from: 17,
    to: 19.5,
    address: 'Starostwo Powiatowe w Wołominie, ul. Prądzyńskiego 3, Wołomin',
    capacity: 30,
    byOfficial: true,
  };
}

/**
 * Schedules the demo meetings through MeetingService like any official would;
 * a meeting already there (same place, title and start) is skipped.
 */
@Injectable()
export class DemoMeetingsSeeder {
  private readonly logger = new Logger(DemoMeetingsSeeder.name);

  constructor(
    private readonly demo: DemoDataRepository,
    private readonly municipalities: MunicipalityService,
    private readonly meetings: MeetingService,
    private readonly viewers: ViewerService,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const users = await this.demo.usersByEmails(['admin@ratusz.example', 'urzednik@ratusz.example']);
    const admin = users.find((u) => u.email === 'admin@ratusz.example');
    const official = users.find((u) => u.email === 'urzednik@ratusz.example');
    if (!admin || !official) {
      this.logger.warn('The demo meetings need the demo administrator and official; skipped.');
      return;
    }
    const asUser = (user: { id: string; isAdmin: boolean }): Promise<Viewer> =>
      this.viewers.forAuth({ userId: user.id, sessionId: 'seed', isAdmin: user.isAdmin });
    const viewers = { admin: await asUser(admin), official: await asUser(official) };
    const today = localDate(this.clock.now(), CONSULTATION_TIME_ZONE);
    for (const meeting of [...fixtureMeetings(), consultationWorkshop(today)]) {
      const municipality = await this.municipalities.findBySlug(meeting.municipalitySlug);
      if (!municipality) continue;
      const midnight = startOfLocalDay(meeting.day, CONSULTATION_TIME_ZONE).getTime();
      const startsAt = new Date(midnight + meeting.from * 3_600_000);
      const endsAt = new Date(midnight + meeting.to * 3_600_000);
      if (await this.meetings.exists(municipality.id, meeting.title, startsAt)) continue;
      await this.meetings.create(meeting.byOfficial ? viewers.official : viewers.admin, {
        municipalityId: meeting.consultationId ? null : municipality.id,
        consultationId: meeting.consultationId ?? null,
        kind: meeting.kind,
        title: meeting.title,
        description: meeting.description,
        startsAt,
        endsAt,
        address: meeting.address,
        capacity: meeting.capacity ?? null,
      });
    }
  }
}
