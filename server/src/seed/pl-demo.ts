/**
 * Demo data copied from the shared Polish fixture (real municipalities, service
 * areas and networks of 2007-2014 public-service projects) so the product does
 * not depend on files outside the repository.
 */
export const plDemo = {
  serviceAreas: [
    {
      code: 'EDUCATION',
      pl: 'Oświata i edukacja',
      en: 'Education',
    },
    {
      code: 'HEALTH',
      pl: 'Ochrona zdrowia',
      en: 'Health care',
    },
    {
      code: 'CULTURE',
      pl: 'Kultura',
      en: 'Culture',
    },
    {
      code: 'TRANSPORT',
      pl: 'Transport i komunikacja',
      en: 'Transport and roads',
    },
    {
      code: 'COMMUNAL',
      pl: 'Gospodarka komunalna (woda, ścieki, odpady)',
      en: 'Municipal utilities (water, sewage, waste)',
    },
    {
      code: 'HOUSING',
      pl: 'Komunalna gospodarka mieszkaniowa',
      en: 'Municipal housing',
    },
    {
      code: 'SOCIAL_AID',
      pl: 'Pomoc społeczna',
      en: 'Social assistance',
    },
    {
      code: 'ADMINISTRATION',
      pl: 'Usługi administracyjne',
      en: 'Administrative services',
    },
  ],
  municipalities: [
    {
      slug: 'warszawa',
      name: 'Miasto stołeczne Warszawa',
      kind: 'CITY_COUNTY',
      districts: [
        'Bemowo',
        'Białołęka',
        'Bielany',
        'Mokotów',
        'Ochota',
        'Praga-Południe',
        'Praga-Północ',
        'Rembertów',
        'Śródmieście',
        'Targówek',
        'Ursus',
        'Ursynów',
        'Wawer',
        'Wesoła',
        'Wilanów',
        'Włochy',
        'Wola',
        'Żoliborz',
      ],
    },
    {
      slug: 'krakow',
      name: 'Kraków',
      kind: 'CITY_COUNTY',
    },
    {
      slug: 'konstancin-jeziorna',
      name: 'Konstancin-Jeziorna',
      kind: 'URBAN_RURAL_GMINA',
    },
    {
      slug: 'lesznowola',
      name: 'Lesznowola',
      kind: 'RURAL_GMINA',
    },
    {
      slug: 'jaraczewo',
      name: 'Jaraczewo',
      kind: 'RURAL_GMINA',
    },
    {
      slug: 'powiat-wolominski',
      name: 'Powiat wołomiński',
      kind: 'COUNTY',
      gminas: [
        {
          name: 'Wołomin',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Kobyłka',
          kind: 'URBAN_GMINA',
        },
        {
          name: 'Marki',
          kind: 'URBAN_GMINA',
        },
        {
          name: 'Ząbki',
          kind: 'URBAN_GMINA',
        },
        {
          name: 'Zielonka',
          kind: 'URBAN_GMINA',
        },
        {
          name: 'Radzymin',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Tłuszcz',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Jadów',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Dąbrówka',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Klembów',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Poświętne',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Strachówka',
          kind: 'RURAL_GMINA',
        },
      ],
    },
    {
      slug: 'powiat-gorlicki',
      name: 'Powiat gorlicki',
      kind: 'COUNTY',
      gminas: [
        {
          name: 'Gorlice (miasto)',
          kind: 'URBAN_GMINA',
        },
        {
          name: 'Gorlice (gmina)',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Biecz',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Bobowa',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Lipinki',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Łużna',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Moszczenica',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Ropa',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Sękowa',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Uście Gorlickie',
          kind: 'RURAL_GMINA',
        },
      ],
    },
    {
      slug: 'powiat-zawiercianski',
      name: 'Powiat zawierciański',
      kind: 'COUNTY',
      gminas: [
        {
          name: 'Zawiercie',
          kind: 'URBAN_GMINA',
        },
        {
          name: 'Poręba',
          kind: 'URBAN_GMINA',
        },
        {
          name: 'Łazy',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Ogrodzieniec',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Pilica',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Szczekociny',
          kind: 'URBAN_RURAL_GMINA',
        },
        {
          name: 'Kroczyce',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Irządze',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Włodowice',
          kind: 'RURAL_GMINA',
        },
        {
          name: 'Żarnowiec',
          kind: 'RURAL_GMINA',
        },
      ],
    },
  ],
  networks: [
    {
      name: 'Sieć na rzecz monitorowania efektywności świadczenia usług administracyjnych',
      kind: 'MONITORING_NETWORK',
      note: 'Signed by 20 Małopolska gminas in Kraków on 2013-10-14.',
    },
    {
      name: 'Grupa Wymiany Doświadczeń: oświata (gminy wiejskie)',
      kind: 'EXCHANGE_GROUP',
      serviceArea: 'EDUCATION',
      note: 'About 6 meetings, one every 4-6 weeks, each hosted by the next member gmina; led by a coordinator.',
    },
    {
      name: 'Grupa Wymiany Doświadczeń: gospodarka komunalna (gminy wiejskie)',
      kind: 'EXCHANGE_GROUP',
      serviceArea: 'COMMUNAL',
    },
  ],
  forumCategories: [
    {
      slug: 'ogloszenia',
      name: 'Ogłoszenia',
      description: 'Komunikaty organizatorów konsultacji.',
    },
    {
      slug: 'dialog-obywatelski',
      name: 'Dialog obywatelski',
      description: 'Jak samorząd może lepiej rozmawiać z mieszkańcami.',
    },
    {
      slug: 'efektywnosc-uslug',
      name: 'Efektywność usług administracyjnych',
      description: 'Koszty, mierniki i jakość obsługi w urzędach.',
    },
    {
      slug: 'dobre-praktyki',
      name: 'Dobre praktyki',
      description: 'Rozwiązania sprawdzone w innych gminach i powiatach.',
    },
  ],
  meetings: [
    {
      date: '2013-10-14',
      place: 'Muzeum Armii Krajowej, Kraków',
      kind: 'WORKSHOP',
      title: 'Usprawnianie procesów świadczenia usług administracyjnych – jak rozmawiać ze społecznością lokalną?',
    },
    {
      date: '2014-10',
      place: 'Gorlice / Zawiercie',
      kind: 'WORKSHOP',
      title: 'Warsztaty strategiczne',
    },
    {
      date: '2014-10',
      place: 'Gorlice / Zawiercie',
      kind: 'WORKSHOP',
      title: 'Warsztaty z konsultacji społecznych',
    },
    {
      date: '2014-12',
      place: 'Kraków',
      kind: 'CONFERENCE',
      title: 'Konferencja kończąca projekt',
    },
  ],
  sampleConsultation: {
    title: 'Które usługi publiczne w pierwszej kolejności otworzyć na udział mieszkańców?',
    municipality: 'powiat-wolominski',
    phases: ['DIAGNOSIS', 'DELIBERATION', 'PROPOSALS', 'VOTING', 'REPORT'],
    ballot: {
      method: 'POINTS',
      pointsPerVoter: 10,
      options: 'one per service area',
    },
    problemTree: {
      core: 'Mieszkańcy rzadko biorą udział w dialogu z samorządem',
      causes: [
        {
          text: 'Informacja o konsultacjach nie dociera do mieszkańców',
          causes: [
            {
              text: 'Ogłoszenia tylko w BIP i na tablicy w urzędzie',
            },
          ],
        },
        {
          text: 'Spotkania odbywają się w godzinach pracy',
        },
        {
          text: 'Mieszkańcy nie dostają informacji zwrotnej, co stało się z ich uwagami',
        },
        {
          text: 'Niskie zaufanie do urzędu',
        },
      ],
      effects: [
        {
          text: 'Usługi nie odpowiadają potrzebom mieszkańców',
        },
        {
          text: 'Konflikty wokół inwestycji ujawniają się za późno',
        },
        {
          text: 'Organizacje pozarządowe tracą motywację do współpracy',
        },
      ],
    },
  },
  samplePosts: [
    'Proponuję, żeby **spotkania konsultacyjne** odbywały się także po 17:00 – wtedy przyjdą osoby pracujące.',
    'W Ząbkach sprawdziło się _głosowanie punktowe_: każdy miał 10 punktów do rozdzielenia. Szczegóły: [raport](https://example.org/raport.pdf)',
    'Czy ktoś zna koszt obsługi jednej sprawy meldunkowej w gminie wiejskiej? Porównajmy mierniki:\n\n| gmina | koszt (zł) |\n|---|---|\n| A | 41,20 |\n| B | 57,90 |',
    'Zgadzam się z przedmówcą. > Informacja zwrotna po konsultacjach to podstawa.\n\nŻółć, gęślą, jaźń – test polskich znaków.',
  ],
} as const;
