import { Injectable, Logger } from '@nestjs/common';
import { ViewerService } from '../common/policy/viewer.service.js';
import { OrganisationService } from '../organisations/services/organisation.service.js';
import { DEMO_CONSULTATION_ID } from './demo-forum.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';
import { DemoOrganisationRepository } from './repositories/demo-organisation.repository.js';

/** The demo NGO: the demo NGO account founds it, the county's official verifies it. */
const DEMO_ORGANISATION = {
  name: 'Fundacja Dialog',
  ownerEmail: 'ngo@ratusz.example',
  verifierEmail: 'urzednik@ratusz.example',
  municipalitySlugs: ['powiat-wolominski', 'wolomin', 'kobylka', 'zabki'],
  website: 'https://fundacja-dialog.example.pl',
  description:
    'Fundacja z Wołomina, która od 2016 roku pomaga mieszkańcom powiatu wołomińskiego rozmawiać z samorządem.\n\n' +
    '- dyżury obywatelskie w Wołominie i Kobyłce (wtorki 16–19),\n' +
    '- warsztaty o budżecie obywatelskim dla rad osiedli,\n' +
    '- pomoc w pisaniu uwag do konsultowanych dokumentów.\n\n' +
    'Zapraszamy do współpracy wolontariuszy i inne organizacje.',
} as const;

/**
 * Founds and verifies the demo organisation through the same services as the
 * API, then marks the NGO account's demo proposals as submitted on its
 * behalf. Runs after the demo proposals; seeding again changes nothing.
 */
@Injectable()
export class DemoOrganisationsSeeder {
  private readonly logger = new Logger(DemoOrganisationsSeeder.name);

  constructor(
    private readonly repository: DemoOrganisationRepository,
    private readonly demo: DemoDataRepository,
    private readonly organisations: OrganisationService,
    private readonly viewers: ViewerService,
  ) {}

  async seed(): Promise<void> {
    const users = await this.demo.usersByEmails([DEMO_ORGANISATION.ownerEmail, DEMO_ORGANISATION.verifierEmail]);
    const owner = users.find((u) => u.email === DEMO_ORGANISATION.ownerEmail);
    const verifier = users.find((u) => u.email === DEMO_ORGANISATION.verifierEmail);
    if (!owner || !verifier) {
      this.logger.warn('The demo organisation needs the NGO and official demo accounts; skipped.');
      return;
    }
    if (await this.repository.exists(DEMO_ORGANISATION.name)) return;
    const asOwner = await this.viewers.forAuth({ userId: owner.id, sessionId: 'seed', isAdmin: owner.isAdmin });
    const organisation = await this.organisations.create(asOwner, {
      name: DEMO_ORGANISATION.name,
      krs: null,
      description: DEMO_ORGANISATION.description,
      website: DEMO_ORGANISATION.website,
      municipalityIds: await this.repository.municipalityIds(DEMO_ORGANISATION.municipalitySlugs),
    });
    const asOfficial = await this.viewers.forAuth({ userId: verifier.id, sessionId: 'seed', isAdmin: false });
    await this.organisations.setVerified(asOfficial, organisation.id, true);
    // The NGO's demo proposals were written for the foundation; the member who submitted them stays their author.
    await this.repository.markProposals(organisation.id, owner.id, DEMO_CONSULTATION_ID);
  }
}
