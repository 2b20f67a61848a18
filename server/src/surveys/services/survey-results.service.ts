import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  FieldErrorCode,
  satisfactionIndicatorCode,
  SurveyQuestionKind,
  type ServiceAreaCode,
} from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { IndicatorDefinitionRepository } from '../../indicators/repositories/indicator-definition.repository.js';
import { IndicatorValueRepository } from '../../indicators/repositories/indicator-value.repository.js';
import { currentWarsawYear } from '../../indicators/services/indicator-time.js';
import type { PublishedSatisfaction, SurveyResults } from '../models/survey.model.js';
import { SurveyResultsRepository } from '../repositories/survey-results.repository.js';
import { SurveyRepository, type SurveyRow } from '../repositories/survey.repository.js';
import { canManageSurvey, canModerateSurveyAnswers, canViewSurveyResults } from '../surveys.policy.js';
import { surveyNotFound } from './survey-errors.js';
import { SurveyService } from './survey.service.js';

@Injectable()
export class SurveyResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveyRepository,
    private readonly surveyService: SurveyService,
    private readonly tallies: SurveyResultsRepository,
    private readonly definitions: IndicatorDefinitionRepository,
    private readonly values: IndicatorValueRepository,
  ) {}

  async requireResultsAccess(viewer: Viewer, surveyId: string): Promise<SurveyRow> {
    const survey = await this.surveyService.requireVisible(viewer, surveyId);
    requireAccess(canViewSurveyResults(viewer, survey, new Date()), 'Results are shown once the survey closes.');
    return survey;
  }

  async results(viewer: Viewer, surveyId: string): Promise<SurveyResults> {
    const survey = await this.requireResultsAccess(viewer, surveyId);
    const withHidden = canModerateSurveyAnswers(viewer, survey);
    const [[questions], counts, answered, open] = await Promise.all([
      this.surveys.questionsOf([survey.id]),
      this.tallies.counts(survey.id),
      this.tallies.answered(survey.id),
      this.tallies.openAnswers(survey.id, withHidden),
    ]);
    return {
      surveyId: survey.id,
      responseCount: survey.responseCount,
      questions: questions.map((question) => {
        const size = question.kind === SurveyQuestionKind.LIKERT ? 5 : question.options.length;
        const offset = question.kind === SurveyQuestionKind.LIKERT ? 1 : 0;
        const tally = Array.from({ length: size }, () => 0);
        for (const row of counts) {
          if (row.questionId === question.id && tally[row.answer - offset] !== undefined) {
            tally[row.answer - offset] = row.count;
          }
        }
        const total = tally.reduce((sum, n) => sum + n, 0);
        const mean =
          question.kind === SurveyQuestionKind.LIKERT && total > 0
            ? Math.round((tally.reduce((sum, n, i) => sum + n * (i + 1), 0) / total) * 100) / 100
            : null;
        return {
          question,
          answered: answered.find((a) => a.questionId === question.id)?.count ?? 0,
          counts: question.kind === SurveyQuestionKind.OPEN_TEXT ? [] : tally,
          mean,
          openAnswers: open
            .filter((a) => a.questionId === question.id)
            .map(({ responseId, text, hidden, submittedAt }) => ({ responseId, text, hidden, submittedAt })),
        };
      }),
    };
  }

  async hideAnswer(viewer: Viewer, responseId: string, questionId: string, hidden: boolean): Promise<boolean> {
    requireUser(viewer);
    return this.db.transaction(async (tx) => {
      const surveyId = await this.surveys.surveyOfResponse(responseId, tx);
      const survey = surveyId ? await this.surveys.byId(surveyId, tx) : null;
      if (!survey) throw surveyNotFound();
      requireAccess(canModerateSurveyAnswers(viewer, survey), 'Only officials and moderators hide answers.');
      return this.surveys.setAnswerHidden(responseId, questionId, hidden, tx);
    });
  }

  /**
   * The mean Likert score per service area becomes the SAT_<AREA> value of
   * the survey's municipality for the year; publishing again after more
   * answers replaces what this survey published, never a value from elsewhere.
   */
  async publishAsIndicator(viewer: Viewer, surveyId: string, year: number): Promise<PublishedSatisfaction[]> {
    requireUser(viewer);
    const survey = await this.surveyService.requireVisible(viewer, surveyId);
    requireAccess(canManageSurvey(viewer, survey), 'Only the municipality’s officials publish results.');
    if (year > currentWarsawYear()) {
      throw DomainError.badInput([{ field: 'year', code: FieldErrorCode.INVALID, params: { rule: 'YEAR_IN_FUTURE' } }]);
    }
    return this.db.transaction(async (tx) => {
      const means = await this.tallies.meanPerArea(survey.id, tx);
      if (means.length === 0) {
        throw DomainError.badInput([
          { field: 'surveyId', code: FieldErrorCode.INVALID, params: { rule: 'NO_SCORES' } },
        ]);
      }
      const published: PublishedSatisfaction[] = [];
      for (const { serviceArea, mean } of means) {
        const code = satisfactionIndicatorCode(serviceArea);
        const definition = await this.definitions.byCode(code, tx);
        if (!definition) continue;
        const stored = await this.values.upsertFromSurvey(
          {
            indicatorId: definition.id,
            municipalityId: survey.municipalityId,
            year,
            quarter: null,
            value: mean,
            source: 'SURVEY',
            surveyId: survey.id,
            enteredBy: viewer.userId,
          },
          tx,
        );
        if (!stored) {
          throw new DomainError(
            ErrorCode.INDICATOR_VALUE_DUPLICATE,
            `${code} for ${year} is already recorded from another source; delete it first to publish this survey.`,
          );
        }
        published.push({ serviceArea: serviceArea as ServiceAreaCode, indicatorCode: code, year, value: mean });
      }
      return published;
    });
  }
}
