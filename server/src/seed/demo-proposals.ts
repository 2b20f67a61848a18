import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, isProposalSupportable, ProposalStatus, ServiceAreaCode } from '@ratusz/shared';
import { DomainError } from '../common/errors/domain-error.js';
import type { Viewer } from '../common/policy/viewer.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { ProposalRepository } from '../proposals/repositories/proposal.repository.js';
import { ProposalSupportService } from '../proposals/services/proposal-support.service.js';
import { ProposalService } from '../proposals/services/proposal.service.js';
import { DEMO_CONSULTATION_ID } from './demo-forum.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

type DemoUser = 'admin' | 'urzednik' | 'moderator' | 'mieszkanka' | 'ngo';

interface DemoProposal {
  author: DemoUser;
  title: string;
  body: string;
  serviceArea: ServiceAreaCode;
  costEstimatePln?: string;
  supporters: DemoUser[];
  /** The official's decision, with the public answer. */
  decision?: { status: ProposalStatus; answer: string };
}

/** Proposals residents and the demo NGO submit in the demo consultation, across the service areas. */
export const DEMO_PROPOSALS: readonly DemoProposal[] = [
  {
    author: 'mieszkanka',
    title: 'Autobus łączący Ząbki z Wołominem w weekendy',
    body:
      'W soboty i niedziele nie da się dojechać do **szpitala powiatowego** bez samochodu. ' +
      'Proponuję linię co godzinę, od 7:00 do 21:00, z przystankiem przy dworcu PKP.',
    serviceArea: ServiceAreaCode.TRANSPORT,
    costEstimatePln: '850000',
    supporters: ['ngo', 'moderator', 'admin'],
    decision: {
      status: ProposalStatus.ACCEPTED,
      answer:
        'Dziękujemy. Zarząd Powiatu przyjmuje propozycję: linia weekendowa trafi na listę do głosowania, ' +
        'a rozkład skonsultujemy z przewoźnikiem do końca kwartału.',
    },
  },
  {
    author: 'ngo',
    title: 'Punkt nieodpłatnej pomocy prawnej dla seniorów',
    body:
      'Fundacja Dialog prowadzi dyżury w dwóch gminach. Proponujemy stały punkt w starostwie, ' +
      'dwa razy w tygodniu, z możliwością umówienia wizyty przez telefon.',
    serviceArea: ServiceAreaCode.SOCIAL_AID,
    costEstimatePln: '120000',
    supporters: ['mieszkanka', 'moderator'],
  },
  {
    author: 'ngo',
    title: 'Zajęcia pozalekcyjne z programowania w szkołach średnich',
    body: 'Koła programowania raz w tygodniu w każdym liceum i technikum powiatu, prowadzone przez wolontariuszy.',
    serviceArea: ServiceAreaCode.EDUCATION,
    costEstimatePln: '45000,50',
    supporters: ['mieszkanka'],
  },
  {
    author: 'mieszkanka',
    title: 'Rejestracja do lekarza specjalisty przez internet',
    body: 'Zapisy do poradni specjalistycznych szpitala powiatowego tylko telefonicznie i osobiście. Prosimy o e-rejestrację.',
    serviceArea: ServiceAreaCode.HEALTH,
    supporters: ['ngo', 'admin'],
  },
  {
    author: 'moderator',
    title: 'Całodobowa świetlica w bibliotece powiatowej',
    body: 'Biblioteka otwarta przez całą dobę, z dyżurem ochrony, jako miejsce nauki dla młodzieży.',
    serviceArea: ServiceAreaCode.CULTURE,
    costEstimatePln: '2400000',
    supporters: [],
    decision: {
      status: ProposalStatus.REJECTED,
      answer:
        'Koszt całodobowej ochrony przekracza budżet biblioteki kilkukrotnie. Proponujemy zamiast tego ' +
        'dłuższe godziny otwarcia w okresie sesji egzaminacyjnej.',
    },
  },
  {
    author: 'mieszkanka',
    title: 'Wspólny harmonogram wywozu odpadów w aplikacji',
    body: 'Jeden kalendarz odbioru odpadów dla wszystkich gmin powiatu, z przypomnieniem dzień wcześniej.',
    serviceArea: ServiceAreaCode.COMMUNAL,
    supporters: ['ngo'],
  },
];

/**
 * Submits, supports and answers the demo proposals through the proposal
 * services, as residents and the official would. A proposal already there
 * (same title) is not submitted again; its supports and decision are only
 * added when missing, so seeding again changes nothing.
 */
@Injectable()
export class DemoProposalsSeeder {
  private readonly logger = new Logger(DemoProposalsSeeder.name);

  constructor(
    private readonly demo: DemoDataRepository,
    private readonly repository: ProposalRepository,
    private readonly proposals: ProposalService,
    private readonly supports: ProposalSupportService,
    private readonly viewers: ViewerService,
  ) {}

  async seed(): Promise<void> {
    const keys: DemoUser[] = ['admin', 'urzednik', 'moderator', 'mieszkanka', 'ngo'];
    const users = await this.demo.usersByEmails(keys.map((key) => `${key}@ratusz.example`));
    const viewers = new Map<DemoUser, Viewer>();
    for (const key of keys) {
      const user = users.find((u) => u.email === `${key}@ratusz.example`);
      if (user)
        viewers.set(key, await this.viewers.forAuth({ userId: user.id, sessionId: 'seed', isAdmin: user.isAdmin }));
    }
    if (viewers.size !== keys.length) {
      this.logger.warn('The demo proposals need every demo account; skipped.');
      return;
    }
    const as = (key: DemoUser): Viewer => viewers.get(key)!;
    try {
      for (const demo of DEMO_PROPOSALS) {
        const proposal =
          (await this.repository.byTitle(DEMO_CONSULTATION_ID, demo.title)) ??
          (await this.proposals.submit(as(demo.author), {
            consultationId: DEMO_CONSULTATION_ID,
            title: demo.title,
            body: demo.body,
            serviceArea: demo.serviceArea,
            costEstimatePln: demo.costEstimatePln ?? null,
          }));
        for (const supporter of isProposalSupportable(proposal.status) ? demo.supporters : []) {
          await this.supports.support(as(supporter), proposal.id).catch(ignore(ErrorCode.PROPOSAL_ALREADY_SUPPORTED));
        }
        if (demo.decision && proposal.status === ProposalStatus.SUBMITTED) {
          await this.proposals.review(as('urzednik'), { id: proposal.id, ...demo.decision });
        }
      }
    } catch (error) {
      // The demo consultation's proposals phase is around the day it was first seeded; later runs may miss it.
      if (error instanceof DomainError && error.code === ErrorCode.PHASE_CLOSED) {
        this.logger.warn('The demo consultation is past its proposals phase; demo proposals left as they are.');
        return;
      }
      throw error;
    }
  }
}

function ignore(code: ErrorCode): (error: unknown) => void {
  return (error) => {
    if (!(error instanceof DomainError && error.code === code)) throw error;
  };
}
