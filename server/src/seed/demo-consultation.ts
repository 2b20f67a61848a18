import { Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  CONSULTATION_TIME_ZONE,
  localDate,
  ServiceAreaCode,
  slugify,
  type TimelinePhaseKind,
} from '@ratusz/shared';
import { ViewerService } from '../common/policy/viewer.service.js';
import { Clock } from '../consultations/clock.js';
import { ConsultationService } from '../consultations/services/consultation.service.js';
import { MunicipalityService } from '../municipalities/services/municipality.service.js';
import { DEMO_CONSULTATION_ID } from './demo-forum.js';
import { plDemo } from './pl-demo.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

const sample = plDemo.sampleConsultation;

/**
 * The fixture's phases around the seed date (days from today), so that
 * PROPOSALS is running whenever the demo is loaded.
 */
const PHASE_DAYS: Record<string, readonly [number, number]> = {
  DIAGNOSIS: [-60, -41],
  DELIBERATION: [-40, -8],
  PROPOSALS: [-7, 14],
  VOTING: [15, 29],
  REPORT: [30, 44],
};

export const DEMO_CONSULTATION = {
  id: DEMO_CONSULTATION_ID,
  municipalitySlug: sample.municipality,
  organiserEmail: 'urzednik@ratusz.example',
  title: sample.title,
  slug: slugify(sample.title),
  summary:
    'Powiat wołomiński pyta mieszkańców, **które usługi publiczne** jako pierwsze otworzyć na ich udział: ' +
    'od komunikacji i oświaty po pomoc społeczną. Najpierw zbieramy dane i opinie, potem rozmawiamy, ' +
    'zgłaszamy propozycje i głosujemy.',
  goal:
    'Wybrać usługi, w których mieszkańcy współdecydują od przyszłego roku, i uzgodnić, jak urząd ' +
    'będzie informował o tym, co stało się z ich uwagami.',
  serviceAreas: Object.values(ServiceAreaCode),
  phases: sample.phases as readonly TimelinePhaseKind[],
} as const;

/** The demo consultation's timeline relative to `today` (YYYY-MM-DD). */
function demoConsultationPhases(today: string): { kind: TimelinePhaseKind; startsOn: string; endsOn: string }[] {
  return DEMO_CONSULTATION.phases.map((kind) => {
    const [start, end] = PHASE_DAYS[kind];
    return { kind, startsOn: addDays(today, start), endsOn: addDays(today, end) };
  });
}

/**
 * Makes the fixture's sample consultation a real, published consultation of
 * Powiat wołomiński under the id the demo debate already points at, written
 * through ConsultationService like any official's. Skipped when it exists.
 */
@Injectable()
export class DemoConsultationSeeder {
  private readonly logger = new Logger(DemoConsultationSeeder.name);

  constructor(
    private readonly demo: DemoDataRepository,
    private readonly municipalities: MunicipalityService,
    private readonly consultations: ConsultationService,
    private readonly viewers: ViewerService,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const [organiser] = await this.demo.usersByEmails([DEMO_CONSULTATION.organiserEmail]);
    const municipality = await this.municipalities.findBySlug(DEMO_CONSULTATION.municipalitySlug);
    if (!organiser || !municipality) {
      this.logger.warn('The demo consultation needs the demo official and Powiat wołomiński; skipped.');
      return;
    }
    const viewer = await this.viewers.forAuth({ userId: organiser.id, sessionId: 'seed', isAdmin: organiser.isAdmin });
    if (await this.consultations.find(viewer, DEMO_CONSULTATION.id)) return;
    await this.consultations.create(
      viewer,
      {
        municipalityId: municipality.id,
        serviceAreas: [...DEMO_CONSULTATION.serviceAreas],
        title: DEMO_CONSULTATION.title,
        slug: DEMO_CONSULTATION.slug,
        summary: DEMO_CONSULTATION.summary,
        goal: DEMO_CONSULTATION.goal,
        phases: demoConsultationPhases(localDate(this.clock.now(), CONSULTATION_TIME_ZONE)),
      },
      DEMO_CONSULTATION.id,
    );
    await this.consultations.publish(viewer, DEMO_CONSULTATION.id);
  }
}
