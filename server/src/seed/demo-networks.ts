import { Injectable } from '@nestjs/common';
import { addDays, localDate, MunicipalityKind, ServiceAreaCode } from '@ratusz/shared';
import type { AuthState } from '../common/request-context.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { Clock } from '../consultations/clock.js';
import { MunicipalityService } from '../municipalities/services/municipality.service.js';
import { NetworkRepository } from '../networks/repositories/network.repository.js';
import { GoodPracticeService } from '../networks/services/good-practice.service.js';
import { MeetingPlanService } from '../networks/services/meeting-plan.service.js';
import { NetworkService } from '../networks/services/network.service.js';
import { plDemo } from './pl-demo.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

const [MONITORING, EDUCATION_GROUP, COMMUNAL_GROUP] = plDemo.networks.map((network) => network.name);

/** The coordinator of both exchange groups: the demo official. */
const COORDINATOR_EMAIL = 'urzednik@ratusz.example';
const ADMIN_EMAIL = 'admin@ratusz.example';

/** Members in hosting order (municipality slugs). */
const MEMBERS: Record<string, readonly string[]> = {
  // The Małopolska monitoring network: the Gorlice county's gminas and Kraków.
  [MONITORING]: [
    'krakow',
    'gorlice-miasto',
    'gorlice-gmina',
    'biecz',
    'bobowa',
    'lipinki',
    'luzna',
    'moszczenica',
    'ropa',
    'sekowa',
    'uscie-gorlickie',
  ],
  // Rural gminas of the Gorlice county.
  [EDUCATION_GROUP]: ['gorlice-gmina', 'lipinki', 'luzna', 'moszczenica', 'ropa', 'sekowa', 'uscie-gorlickie'],
  // Rural gminas of the Zawiercie county.
  [COMMUNAL_GROUP]: ['irzadze', 'kroczyce', 'wlodowice', 'zarnowiec'],
};

export interface DemoPractice {
  network: string | null;
  municipality: string;
  title: string;
  problem: string;
  solution: string;
  results: string;
  costGrosze: number | null;
  contact: string;
  serviceAreaCode: ServiceAreaCode;
}

export const DEMO_PRACTICES: readonly DemoPractice[] = [
  {
    network: EDUCATION_GROUP,
    municipality: 'luzna',
    title: 'Wspólny dowóz uczniów z sąsiednią gminą',
    problem:
      'Autobusy szkolne dwóch gmin jeździły tymi samymi drogami w połowie puste, a **koszt dowozu** jednego ucznia rósł co roku.',
    solution: 'Gminy ogłosiły jeden przetarg na dowóz i ułożyły wspólne trasy; rodzice dostali rozkład w aplikacji.',
    results: 'Koszt dowozu ucznia spadł o 18% w pierwszym roku; czas dojazdu najdłuższej trasy skrócił się o 10 minut.',
    costGrosze: 1_500_000,
    contact: 'Referat oświaty Urzędu Gminy Łużna',
    serviceAreaCode: ServiceAreaCode.EDUCATION,
  },
  {
    network: COMMUNAL_GROUP,
    municipality: 'kroczyce',
    title: 'Punkt selektywnej zbiórki odpadów czynny w soboty',
    problem: 'Mieszkańcy pracujący poza gminą nie mogli oddać odpadów wielkogabarytowych w dni robocze.',
    solution: 'PSZOK otwarto w soboty od 8 do 14, a odbiór zgłasza się przez formularz na stronie gminy.',
    results: 'Ilość oddanych odpadów wielkogabarytowych wzrosła dwukrotnie; dzikich wysypisk jest mniej.',
    costGrosze: 4_200_000,
    contact: 'Referat gospodarki komunalnej Urzędu Gminy Kroczyce',
    serviceAreaCode: ServiceAreaCode.COMMUNAL,
  },
  {
    network: null,
    municipality: 'powiat-wolominski',
    title: 'Elektroniczna kolejka w wydziale komunikacji',
    problem: 'Kolejki do rejestracji pojazdów sięgały trzech godzin, a mieszkańcy przychodzili przed otwarciem urzędu.',
    solution: 'Rezerwacja wizyt przez internet i biletomat z numerkami na dany dzień.',
    results: 'Średni czas oczekiwania spadł do 20 minut; skarg na obsługę jest o połowę mniej.',
    costGrosze: 6_500_000,
    contact: 'Wydział Komunikacji Starostwa Powiatowego w Wołominie',
    serviceAreaCode: ServiceAreaCode.ADMINISTRATION,
  },
];

/**
 * The fixture's networks with members, the demo official as the exchange
 * groups' coordinator, a meeting plan of the education group starting next
 * week, and good practices with one "we tried it too". Written through the
 * networks' own services; skipped where it already exists.
 */
@Injectable()
export class DemoNetworksSeeder {
  constructor(
    private readonly demo: DemoDataRepository,
    private readonly viewers: ViewerService,
    private readonly networks: NetworkService,
    private readonly networkRows: NetworkRepository,
    private readonly plans: MeetingPlanService,
    private readonly practices: GoodPracticeService,
    private readonly municipalities: MunicipalityService,
    private readonly clock: Clock,
  ) {}

  async seed(): Promise<void> {
    const users = await this.demo.usersByEmails([ADMIN_EMAIL, COORDINATOR_EMAIL]);
    const authOf = (email: string): AuthState => {
      const user = users.find((u) => u.email === email);
      if (!user) throw new Error(`The demo account ${email} is missing`);
      return { userId: user.id, sessionId: 'seed', isAdmin: user.isAdmin };
    };
    const admin = await this.viewers.forAuth(authOf(ADMIN_EMAIL));
    const coordinatorAuth = authOf(COORDINATOR_EMAIL);
    const idOf = async (slug: string): Promise<string> => {
      const found = await this.municipalities.findBySlug(slug);
      if (!found) throw new Error(`The demo municipality ${slug} is missing`);
      return found.id;
    };

    const networkIds = new Map<string, string>();
    for (const [name, slugs] of Object.entries(MEMBERS)) {
      const network = await this.networkRows.byName(name);
      if (!network) throw new Error(`The demo network ${name} is missing`);
      networkIds.set(name, network.id);
      if (name !== MONITORING) {
        await this.networkRows.setMunicipalityKind(network.id, MunicipalityKind.RURAL_GMINA);
        await this.networks.addCoordinator(admin, { networkId: network.id, userId: coordinatorAuth.userId });
      }
      for (const slug of slugs) await this.networks.addMember(admin, network.id, await idOf(slug));
    }

    const coordinator = await this.viewers.forAuth(coordinatorAuth);
    const educationId = networkIds.get(EDUCATION_GROUP)!;
    if (!(await this.plans.hasPlan(educationId))) {
      await this.plans.generate(coordinator, {
        networkId: educationId,
        startDate: addDays(localDate(this.clock.now()), 7),
        count: 6,
        intervalWeeks: 6,
      });
    }

    for (const practice of DEMO_PRACTICES) {
      if (await this.practices.existsWithTitle(practice.title)) continue;
      const created = await this.practices.create(coordinator, coordinatorAuth, {
        title: practice.title,
        problem: practice.problem,
        solution: practice.solution,
        results: practice.results,
        costGrosze: practice.costGrosze,
        contact: practice.contact,
        serviceAreaCode: practice.serviceAreaCode,
        municipalityId: await idOf(practice.municipality),
        networkId: practice.network ? networkIds.get(practice.network)! : null,
      });
      // The demo official speaks for the Wołomin county: it tried the shared school transport too.
      if (practice.municipality === 'luzna') {
        await this.practices.reportTried(coordinator, {
          practiceId: created.id,
          municipalityId: await idOf('powiat-wolominski'),
          outcome: 'Wspólny przetarg z gminą Tłuszcz: dowóz tańszy o 12%, trasy ułożone w dwa tygodnie.',
          triedOn: addDays(localDate(this.clock.now()), -90),
        });
      }
    }
  }
}
