import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SurveyAccess, SurveyQuestionKind, type ServiceAreaCode } from '@ratusz/shared';
import { ANONYMOUS_VIEWER } from '../common/policy/viewer.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { rows } from '../common/database/sql.js';
import { SurveyResponseService } from '../surveys/services/survey-response.service.js';
import { SurveyService } from '../surveys/services/survey.service.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

export const DEMO_COMPARISON_NETWORK = 'Sieć porównawcza gmin powiatu wołomińskiego';
const DEMO_SURVEY_TITLE = 'Ankieta satysfakcji mieszkańców powiatu wołomińskiego 2025';
const DEMO_INDICATOR_YEARS = [2022, 2023, 2024] as const;

/** The Wołomin county's gminas with their (rounded) population, in the network's order. */
const GMINAS: readonly [slug: string, population: number][] = [
  ['wolomin', 52_300],
  ['kobylka', 26_400],
  ['marki', 39_100],
  ['zabki', 40_200],
  ['zielonka', 17_300],
  ['radzymin', 28_500],
  ['tluszcz', 19_900],
  ['jadow', 7_600],
  ['dabrowka', 7_500],
  ['klembow', 10_600],
  ['poswietne', 6_000],
  ['strachowka', 2_800],
];

/**
 * Demo values: a base per indicator (what a gmina of this county might
 * report), varied per gmina and year by a fixed pattern, so the comparison
 * has a spread, a trend and — for Strachówka's unit costs — an outlier.
 */
const BASES: readonly [code: string, base: number, decimals: number, perResident: boolean][] = [
  ['ADM_CASE_COST', 142.5, 2, false],
  ['ADM_CASES', 0.9, 0, true],
  ['EDU_COST_PER_PUPIL', 11_800, 2, false],
  ['COM_WASTE_PER_RESIDENT', 182, 3, false],
  ['CUL_LIBRARY_LOANS_PER_RESIDENT', 1.9, 4, false],
  ['CUL_LIBRARY_LOANS', 1.9, 0, true],
  ['TRA_ROAD_KM_COST', 21_400, 2, false],
  ['SOC_AID_BENEFICIARIES', 0.045, 0, true],
  ['SAT_ADMINISTRATION', 3.8, 2, false],
  ['SAT_EDUCATION', 3.6, 2, false],
];

/** A fixed factor between 0.8 and 1.2 for each gmina and indicator; costs grow about 6% a year. */
function demoValue(base: number, gmina: number, indicator: number, yearIndex: number): number {
  const spread = 0.8 + (((gmina * 7 + indicator * 3) % 9) / 8) * 0.4;
  return base * spread * (1 + 0.06 * yearIndex);
}

const SURVEY_SCORES = [5, 4, 4, 3, 5, 2, 4, 4, 3, 5, 1, 4];

/**
 * The comparative base's demo: population of the Wołomin county's gminas, a
 * comparison network of them (the networks' fixture has none for this
 * county), starter indicator values for 2022–2024 and a satisfaction survey
 * with answers collected on paper codes. Skipped where it already exists.
 */
@Injectable()
export class DemoIndicatorsSeeder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly demo: DemoDataRepository,
    private readonly viewers: ViewerService,
    private readonly surveys: SurveyService,
    private readonly responses: SurveyResponseService,
  ) {}

  async seed(): Promise<void> {
    const ids = await rows<{ id: string; slug: string }>(
      this.db,
      `SELECT id, slug FROM municipalities WHERE slug = ANY($1::text[])`,
      [GMINAS.map(([slug]) => slug)],
    );
    const idOf = new Map(ids.map((row) => [row.slug, row.id]));
    const gminas = GMINAS.filter(([slug]) => idOf.has(slug));
    if (gminas.length === 0) return;
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE municipalities m SET population = p.population
         FROM unnest($1::text[], $2::int[]) AS p(slug, population) WHERE m.slug = p.slug AND m.population IS NULL`,
        [gminas.map(([slug]) => slug), gminas.map(([, population]) => population)],
      );
      await tx.query(
        `INSERT INTO networks (name, kind, note) VALUES ($1, 'MONITORING_NETWORK', $2) ON CONFLICT (name) DO NOTHING`,
        [
          DEMO_COMPARISON_NETWORK,
          'Porównanie kosztów i wyników usług gmin powiatu wołomińskiego (dane demonstracyjne).',
        ],
      );
      await tx.query(
        `INSERT INTO network_members (network_id, municipality_id, position)
         SELECT n.id, m.id, x.position::int - 1
         FROM networks n, unnest($2::text[]) WITH ORDINALITY AS x(slug, position)
         JOIN municipalities m ON m.slug = x.slug
         WHERE n.name = $1
         ON CONFLICT DO NOTHING`,
        [DEMO_COMPARISON_NETWORK, gminas.map(([slug]) => slug)],
      );
      const values: { code: string; municipalityId: string; year: number; value: string }[] = [];
      BASES.forEach(([code, base, decimals, perResident], indicatorIndex) => {
        gminas.forEach(([slug, population], gminaIndex) => {
          DEMO_INDICATOR_YEARS.forEach((year, yearIndex) => {
            let value = demoValue(perResident ? base * population : base, gminaIndex, indicatorIndex, yearIndex);
            // The smallest gmina pays far more per case: the comparison's outlier.
            if (slug === 'strachowka' && code === 'ADM_CASE_COST') value *= 2.2;
            if (code.startsWith('SAT_')) value = Math.min(5, Math.max(1, value - 0.1 * yearIndex));
            values.push({ code, municipalityId: idOf.get(slug)!, year, value: value.toFixed(decimals) });
          });
        });
      });
      await tx.query(
        `INSERT INTO indicator_values (indicator_id, municipality_id, year, value, source)
         SELECT d.id, v.m, v.y, v.v::numeric, 'SEED'
         FROM unnest($1::text[], $2::uuid[], $3::int[], $4::text[]) AS v(code, m, y, v)
         JOIN indicator_definitions d ON d.code = v.code
         ON CONFLICT DO NOTHING`,
        [
          values.map((v) => v.code),
          values.map((v) => v.municipalityId),
          values.map((v) => v.year),
          values.map((v) => v.value),
        ],
      );
    });
    await this.seedSurvey();
  }

  /** A survey of the county run by the demo official, answered on 12 paper codes, 30 codes still unused. */
  private async seedSurvey(): Promise<void> {
    const [existing] = await rows<{ id: string }>(this.db, `SELECT id FROM surveys WHERE title = $1`, [
      DEMO_SURVEY_TITLE,
    ]);
    const [county] = await rows<{ id: string }>(this.db, `SELECT id FROM municipalities WHERE slug = $1`, [
      'powiat-wolominski',
    ]);
    const [official] = await this.demo.usersByEmails(['urzednik@ratusz.example']);
    if (existing || !county || !official) return;
    const viewer = await this.viewers.forAuth({ userId: official.id, sessionId: 'seed', isAdmin: official.isAdmin });
    const day = 24 * 3600 * 1000;
    const survey = await this.surveys.create(viewer, {
      municipalityId: county.id,
      title: DEMO_SURVEY_TITLE,
      description: 'Jak oceniają Państwo usługi urzędów i szkół w powiecie? Ankieta zajmie 3 minuty.',
      serviceArea: 'ADMINISTRATION' as ServiceAreaCode,
      access: SurveyAccess.CODE,
      opensAt: new Date(Date.now() - 7 * day),
      closesAt: new Date(Date.now() + 30 * day),
      questions: [
        {
          kind: SurveyQuestionKind.LIKERT,
          text: 'Jak ocenia Pani/Pan obsługę w urzędzie?',
          required: true,
          options: [],
        },
        {
          kind: SurveyQuestionKind.LIKERT,
          text: 'Jak ocenia Pani/Pan szkoły i przedszkola?',
          required: true,
          options: [],
          serviceArea: 'EDUCATION' as ServiceAreaCode,
        },
        {
          kind: SurveyQuestionKind.SINGLE_CHOICE,
          text: 'Jak najczęściej załatwia Pani/Pan sprawy urzędowe?',
          required: true,
          options: ['Osobiście w urzędzie', 'Przez internet (ePUAP)', 'Telefonicznie'],
        },
        {
          kind: SurveyQuestionKind.MULTIPLE_CHOICE,
          text: 'Co należy poprawić w pierwszej kolejności?',
          required: false,
          options: ['Czas oczekiwania', 'Godziny otwarcia', 'Informacja na stronie', 'Uprzejmość obsługi'],
        },
        { kind: SurveyQuestionKind.OPEN_TEXT, text: 'Inne uwagi', required: false, options: [] },
      ],
    });
    await this.surveys.publish(viewer, survey.id);
    await this.surveys.generateCodes(viewer, survey.id, SURVEY_SCORES.length + 30);
    const codes = await rows<{ code: string }>(
      this.db,
      `SELECT code FROM survey_codes WHERE survey_id = $1 ORDER BY code LIMIT $2`,
      [survey.id, SURVEY_SCORES.length],
    );
    const [office, schools, how, improve, remarks] = survey.questions;
    for (const [index, { code }] of codes.entries()) {
      const score = SURVEY_SCORES[index];
      await this.responses.submit(ANONYMOUS_VIEWER, {
        surveyId: survey.id,
        code,
        answers: [
          { questionId: office.id, score },
          { questionId: schools.id, score: Math.max(1, Math.min(5, 6 - score + (index % 2))) },
          { questionId: how.id, choices: [index % 3] },
          { questionId: improve.id, choices: index % 2 ? [0, 2] : [1] },
          ...(index % 4 === 0
            ? [{ questionId: remarks.id, text: 'Proszę o dłuższe godziny otwarcia w czwartki.' }]
            : []),
        ],
      });
    }
  }
}
