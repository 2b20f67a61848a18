import type { MigrationInterface, QueryRunner } from 'typeorm';

const AREAS = ['EDUCATION', 'HEALTH', 'CULTURE', 'TRANSPORT', 'COMMUNAL', 'HOUSING', 'SOCIAL_AID', 'ADMINISTRATION'];
const AREAS_PL: Record<string, string> = {
  EDUCATION: 'oświata',
  HEALTH: 'ochrona zdrowia',
  CULTURE: 'kultura',
  TRANSPORT: 'transport',
  COMMUNAL: 'gospodarka komunalna',
  HOUSING: 'mieszkalnictwo',
  SOCIAL_AID: 'pomoc społeczna',
  ADMINISTRATION: 'administracja',
};
const AREAS_EN: Record<string, string> = {
  EDUCATION: 'education',
  HEALTH: 'health care',
  CULTURE: 'culture',
  TRANSPORT: 'transport',
  COMMUNAL: 'communal services',
  HOUSING: 'housing',
  SOCIAL_AID: 'social aid',
  ADMINISTRATION: 'administration',
};

type Starter = [
  code: string,
  area: string,
  kind: string,
  unit: string,
  direction: string,
  perThousand: boolean,
  namePl: string,
  nameEn: string,
  measurementPl: string,
  measurementEn: string,
];

/** The starter set that ships with the product: what the exchange groups of 2007–2014 measured first. */
const STARTER: Starter[] = [
  [
    'ADM_CASE_COST',
    'ADMINISTRATION',
    'UNIT_COST',
    'PLN',
    'LOWER_IS_BETTER',
    false,
    'Koszt obsługi jednej sprawy administracyjnej',
    'Cost of one administrative case',
    'Arkusz kosztu jednostkowego: minuty pracy stanowisk na sprawę × koszt godziny + przypisana część kosztów ogólnych, podzielone przez liczbę spraw w roku.',
    'Unit-cost worksheet: staff minutes per case × hourly cost + allocated overheads, divided by the cases of the year.',
  ],
  [
    'ADM_CASES',
    'ADMINISTRATION',
    'RESOURCE',
    'COUNT',
    'HIGHER_IS_BETTER',
    true,
    'Liczba załatwionych spraw administracyjnych',
    'Administrative cases handled',
    'Sprawy zakończone decyzją lub zaświadczeniem w roku (rejestr spraw).',
    'Cases closed with a decision or certificate in the year (case register).',
  ],
  [
    'EDU_COST_PER_PUPIL',
    'EDUCATION',
    'UNIT_COST',
    'PLN',
    'LOWER_IS_BETTER',
    false,
    'Koszt utrzymania jednego ucznia',
    'Cost per pupil',
    'Wydatki bieżące na szkoły prowadzone przez gminę podzielone przez liczbę uczniów wg SIO (30 września).',
    'Current spending on the schools the gmina runs divided by the pupils in SIO (30 September).',
  ],
  [
    'COM_WASTE_PER_RESIDENT',
    'COMMUNAL',
    'RESULT',
    'KG',
    'HIGHER_IS_BETTER',
    false,
    'Odpady zebrane selektywnie na mieszkańca',
    'Separately collected waste per resident',
    'Masa odpadów zebranych selektywnie w roku (sprawozdanie BDO) podzielona przez liczbę mieszkańców.',
    'Mass of separately collected waste in the year (BDO report) divided by the residents.',
  ],
  [
    'CUL_LIBRARY_LOANS_PER_RESIDENT',
    'CULTURE',
    'RESULT',
    'RATIO',
    'HIGHER_IS_BETTER',
    false,
    'Wypożyczenia biblioteczne na mieszkańca',
    'Library loans per resident',
    'Wypożyczenia na zewnątrz w bibliotekach gminnych (GUS K-03) podzielone przez liczbę mieszkańców.',
    'Loans from the gmina’s libraries (GUS K-03) divided by the residents.',
  ],
  [
    'CUL_LIBRARY_LOANS',
    'CULTURE',
    'RESULT',
    'COUNT',
    'HIGHER_IS_BETTER',
    true,
    'Liczba wypożyczeń bibliotecznych',
    'Library loans',
    'Wypożyczenia na zewnątrz w bibliotekach gminnych w roku (GUS K-03).',
    'Loans from the gmina’s libraries in the year (GUS K-03).',
  ],
  [
    'TRA_ROAD_KM_COST',
    'TRANSPORT',
    'UNIT_COST',
    'PLN',
    'LOWER_IS_BETTER',
    false,
    'Koszt utrzymania 1 km drogi gminnej',
    'Upkeep cost of 1 km of gmina road',
    'Wydatki bieżące na utrzymanie dróg gminnych podzielone przez ich długość w km.',
    'Current spending on gmina roads divided by their length in km.',
  ],
  [
    'SOC_AID_BENEFICIARIES',
    'SOCIAL_AID',
    'RESOURCE',
    'COUNT',
    'LOWER_IS_BETTER',
    true,
    'Osoby objęte pomocą społeczną',
    'People receiving social aid',
    'Osoby w rodzinach objętych świadczeniami pomocy społecznej w roku (MRPiPS-03).',
    'People in households receiving social aid in the year (MRPiPS-03).',
  ],
  [
    'HOU_FLAT_WAIT_MONTHS',
    'HOUSING',
    'RESULT',
    'RATIO',
    'LOWER_IS_BETTER',
    false,
    'Średni czas oczekiwania na mieszkanie komunalne (miesiące)',
    'Mean wait for a council flat (months)',
    'Średnia liczba miesięcy od wpisu na listę do przydziału, dla przydziałów w roku.',
    'Mean months from joining the list to the allocation, for allocations in the year.',
  ],
  [
    'HEA_VACCINATION_RATE',
    'HEALTH',
    'RESULT',
    'PERCENT',
    'HIGHER_IS_BETTER',
    false,
    'Odsetek seniorów zaszczepionych przeciw grypie w programie gminy',
    'Share of seniors vaccinated against flu in the gmina’s programme',
    'Zaszczepieni w programie gminy podzieleni przez mieszkańców w wieku 65+ (×100).',
    'Vaccinated in the gmina’s programme divided by residents aged 65+ (×100).',
  ],
  ...AREAS.map((area): Starter => [
    `SAT_${area}`,
    area,
    'SATISFACTION',
    'SCORE',
    'HIGHER_IS_BETTER',
    false,
    `Średnie zadowolenie mieszkańców: ${AREAS_PL[area]}`,
    `Mean resident satisfaction: ${AREAS_EN[area]}`,
    'Średnia odpowiedzi na pytania w skali 1–5 z ankiety satysfakcji mieszkańców (publikowana z wyników ankiety).',
    'Mean of the 1–5 answers of the residents’ satisfaction survey (published from the survey results).',
  ]),
];

/**
 * The comparative base: indicator definitions (a starter set ships here),
 * values per municipality and period with how they were entered, the
 * unit-cost worksheets behind UNIT_COST values, the municipalities'
 * population (for values per 1,000 residents) and a network's choice to keep
 * its data internal until published.
 */
export class Indicators1764200200000 implements MigrationInterface {
  name = 'Indicators1764200200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipalities ADD COLUMN population integer CHECK (population > 0)`);
    await q.query(`ALTER TABLE networks ADD COLUMN indicators_public boolean NOT NULL DEFAULT true`);

    await q.query(`
      CREATE TABLE indicator_definitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        name_pl text NOT NULL,
        name_en text NOT NULL,
        -- Not a foreign key: service_areas is demo data, the starter set ships with the schema.
        service_area_code text NOT NULL CHECK (service_area_code IN (${AREAS.map((a) => `'${a}'`).join(',')})),
        kind text NOT NULL CHECK (kind IN ('UNIT_COST','RESULT','RESOURCE','SATISFACTION')),
        unit text NOT NULL CHECK (unit IN ('PLN','COUNT','KG','PERCENT','SCORE','RATIO')),
        direction text NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER','LOWER_IS_BETTER')),
        -- Whether dividing by population means something (a total), or the value already is a rate.
        per_thousand boolean NOT NULL DEFAULT false,
        measurement_pl text NOT NULL DEFAULT '',
        measurement_en text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX indicator_definitions_area_idx ON indicator_definitions (service_area_code, position)`);

    await q.query(`
      CREATE TABLE unit_cost_worksheets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        indicator_id uuid NOT NULL REFERENCES indicator_definitions(id) ON DELETE CASCADE,
        activity text NOT NULL,
        -- [{ post, minutesPerCase, hourlyCostGrosze, costPerCaseGrosze }], as computed by shared computeUnitCost.
        posts jsonb NOT NULL,
        overheads_grosze bigint NOT NULL CHECK (overheads_grosze >= 0),
        overhead_share_bp integer NOT NULL CHECK (overhead_share_bp BETWEEN 0 AND 10000),
        cases integer NOT NULL CHECK (cases > 0),
        staff_cost_grosze bigint NOT NULL,
        allocated_overheads_grosze bigint NOT NULL,
        total_cost_grosze bigint NOT NULL,
        unit_cost_grosze bigint NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE indicator_values (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicator_definitions(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        quarter smallint CHECK (quarter BETWEEN 1 AND 4),
        -- Exact decimal: money in złoty with grosze, never floating point.
        value numeric(18,4) NOT NULL,
        source text NOT NULL CHECK (source IN ('FORM','IMPORT','WORKSHEET','SURVEY','SEED')),
        worksheet_id uuid REFERENCES unit_cost_worksheets(id) ON DELETE SET NULL,
        survey_id uuid,
        entered_by uuid REFERENCES users(id) ON DELETE SET NULL,
        entered_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One value per municipality, indicator and period (a year, or one quarter of it).
    await q.query(`CREATE UNIQUE INDEX indicator_values_period_uq
                   ON indicator_values (indicator_id, municipality_id, year, (COALESCE(quarter, 0)))`);
    await q.query(`CREATE INDEX indicator_values_comparison_idx ON indicator_values (indicator_id, year, municipality_id)
                   INCLUDE (value) WHERE quarter IS NULL`);
    await q.query(`CREATE INDEX indicator_values_municipality_idx ON indicator_values (municipality_id, year)`);

    const params: unknown[] = [];
    const tuples = STARTER.map((row, index) => {
      const base = params.length;
      params.push(...row, index);
      return `(${row.map((_, i) => `$${base + i + 1}`).join(', ')}, $${base + row.length + 1})`;
    });
    await q.query(
      `INSERT INTO indicator_definitions (code, service_area_code, kind, unit, direction, per_thousand, name_pl, name_en,
         measurement_pl, measurement_en, position) VALUES ${tuples.join(', ')}`,
      params,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE indicator_values`);
    await q.query(`DROP TABLE unit_cost_worksheets`);
    await q.query(`DROP TABLE indicator_definitions`);
    await q.query(`ALTER TABLE networks DROP COLUMN indicators_public`);
    await q.query(`ALTER TABLE municipalities DROP COLUMN population`);
  }
}
