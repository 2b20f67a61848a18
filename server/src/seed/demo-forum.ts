import { plDemo } from './pl-demo.js';

/**
 * The consultation the demo debate is about. Consultations get their own
 * table in a later issue; that migration creates the fixture's sample
 * consultation under this id, so the demo thread keeps pointing at it.
 */
export const DEMO_CONSULTATION_ID = '5eed0000-0000-4000-8000-000000000001';

type Author = 'admin' | 'urzednik' | 'moderator' | 'mieszkanka' | 'ngo';

interface DemoReply {
  /** A key other replies use to answer or quote this one. */
  key: string;
  author: Author;
  body: string;
  /** Key of the reply answered; the first post when omitted. */
  parent?: string;
  quotes?: string;
  stance?: 'FOR' | 'AGAINST' | 'NEUTRAL';
}

export interface DemoThread {
  /** A global category's slug, `municipality/slug` for a municipality's own, `network:slug` for a network's. */
  category: string;
  title: string;
  author: Author;
  body: string;
  pinned?: boolean;
  aboutDemoConsultation?: boolean;
  replies: DemoReply[];
}

const [afterFive, pointVoting, registrationCost, feedback] = plDemo.samplePosts;

/** A municipality's categories the demo adds (the fixture's categories are global). */
export const DEMO_MUNICIPAL_CATEGORIES = [
  {
    municipality: 'powiat-wolominski',
    slug: 'konsultacje',
    name: 'Konsultacje powiatu wołomińskiego',
    description: 'Rozmowy o konsultacjach prowadzonych przez starostwo.',
  },
] as const;

/** A network's categories the demo adds: where members of an exchange group compare their services. */
export const DEMO_NETWORK_CATEGORIES = [
  {
    network: 'Sieć na rzecz monitorowania efektywności świadczenia usług administracyjnych',
    slug: 'porownania-kosztow',
    name: 'Porównania kosztów i mierników',
    description: 'Członkowie sieci porównują koszty i jakość obsługi spraw w swoich urzędach.',
  },
] as const;

export const DEMO_THREADS: DemoThread[] = [
  {
    category: 'ogloszenia',
    title: 'Zasady dyskusji na forum Ratusza',
    author: 'admin',
    pinned: true,
    body:
      'Witamy na forum! Kilka zasad:\n\n1. Piszemy o sprawach, nie o osobach.\n2. Odpowiadamy na konkretny wpis — ' +
      'rozmowa zostaje w jednym miejscu.\n3. Wspominając kogoś, piszemy **@nazwa**, np. @marek_moderator.\n\n' +
      'Moderatorzy mogą zamknąć wątek, który przestał służyć rozmowie.',
    replies: [],
  },
  {
    category: 'powiat-wolominski/konsultacje',
    title: plDemo.sampleConsultation.title,
    author: 'urzednik',
    aboutDemoConsultation: true,
    body:
      'Starostwo chce w pierwszej kolejności otworzyć na udział mieszkańców dwie lub trzy usługi publiczne. ' +
      'Które wybrać: edukację, transport, pomoc społeczną…? Napiszcie, co byście wybrali i **dlaczego**. ' +
      'Przy odpowiedzi można zaznaczyć stanowisko.',
    replies: [
      { key: 'godziny', author: 'mieszkanka', body: afterFive, stance: 'FOR' },
      { key: 'punkty', author: 'ngo', body: pointVoting, parent: 'godziny', stance: 'NEUTRAL' },
      {
        key: 'raport',
        author: 'moderator',
        parent: 'godziny',
        quotes: 'godziny',
        body: '> spotkania konsultacyjne odbywały się także po 17:00\n\nDobry pomysł, @zofia_mieszkanka — dopiszę go do raportu z diagnozy.',
      },
      { key: 'zwrotna', author: 'urzednik', body: feedback, stance: 'FOR' },
      {
        key: 'przeciw',
        author: 'ngo',
        parent: 'zwrotna',
        stance: 'AGAINST',
        body: 'Nie zaczynałbym od administracji — mieszkańcy najczęściej pytają o **transport** i **edukację**.',
      },
    ],
  },
  {
    category: 'network:porownania-kosztow',
    title: 'Koszt obsługi sprawy meldunkowej — porównajmy gminy',
    author: 'ngo',
    body: registrationCost,
    replies: [
      {
        key: 'dane',
        author: 'urzednik',
        body: 'W powiecie wołomińskim liczymy to od 2013 r. Podeślę dane z ostatnich trzech lat, @fundacja_dialog.',
      },
    ],
  },
];
