import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  FieldErrorCode,
  isSurveyOpen,
  SURVEY_CODE_ALPHABET,
  SURVEY_CODE_LENGTH,
  SurveyAccess,
  SurveyQuestionKind,
  type FieldError,
} from '@ratusz/shared';
import { isForeignKeyViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { CreateSurveyInput, SurveyContentInput, UpdateSurveyInput } from '../dtos/create-survey.input.js';
import type { SurveysArgs } from '../dtos/survey.args.js';
import type { Survey } from '../models/survey.model.js';
import { SurveyRepository, type SurveyRow } from '../repositories/survey.repository.js';
import { canManageSurvey, canViewSurvey } from '../surveys.policy.js';
import { surveyNotFound } from './survey-errors.js';

function randomCode(): string {
  let code = '';
  for (let i = 0; i < SURVEY_CODE_LENGTH; i++) code += SURVEY_CODE_ALPHABET[randomInt(SURVEY_CODE_ALPHABET.length)];
  return code;
}

/** The rules the DTO cannot express: options per kind, conditions pointing back, dates in order. */
function contentProblems(input: SurveyContentInput): FieldError[] {
  const errors: FieldError[] = [];
  if (input.closesAt <= input.opensAt) errors.push({ field: 'closesAt', code: FieldErrorCode.BEFORE_START });
  input.questions.forEach((question, index) => {
    const position = index + 1;
    const isChoice =
      question.kind === SurveyQuestionKind.SINGLE_CHOICE || question.kind === SurveyQuestionKind.MULTIPLE_CHOICE;
    const options = question.options.map((o) => o.trim());
    if (isChoice && (options.length < 2 || options.some((o) => o === ''))) {
      errors.push({ field: `questions.${index}.options`, code: FieldErrorCode.TOO_SHORT, params: { min: 2 } });
    }
    if (!isChoice && options.length > 0)
      errors.push({ field: `questions.${index}.options`, code: FieldErrorCode.INVALID });
    const showIf = question.showIfPosition ?? null;
    if (showIf !== null) {
      const target = input.questions[showIf - 1];
      const answer = question.showIfAnswer ?? null;
      const valid =
        showIf < position &&
        target !== undefined &&
        answer !== null &&
        ((target.kind === SurveyQuestionKind.LIKERT && answer >= 1 && answer <= 5) ||
          (target.kind === SurveyQuestionKind.SINGLE_CHOICE && answer < target.options.length));
      if (!valid) errors.push({ field: `questions.${index}.showIfPosition`, code: FieldErrorCode.INVALID });
    }
  });
  return errors;
}

@Injectable()
export class SurveyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveyRepository,
  ) {}

  async create(viewer: Viewer, input: CreateSurveyInput): Promise<Survey> {
    requireUser(viewer);
    requireAccess(canManageSurvey(viewer, input), 'Only the municipality’s officials build surveys.');
    const errors = contentProblems(input);
    if (errors.length > 0) throw DomainError.badInput(errors);
    try {
      const id = await this.db.transaction(async (tx) => {
        const created = await this.surveys.insert(input.municipalityId, this.content(input), viewer.userId, tx);
        await this.surveys.replaceQuestions(created, input.questions, tx);
        return created;
      });
      return this.require(viewer, id);
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    }
  }

  async update(viewer: Viewer, input: UpdateSurveyInput): Promise<Survey> {
    requireUser(viewer);
    const errors = contentProblems(input);
    await this.db.transaction(async (tx) => {
      const survey = await this.lockManaged(viewer, input.id, tx);
      if (survey.publishedAt) {
        throw new DomainError(ErrorCode.SURVEY_PUBLISHED, 'A published survey’s questions cannot change.');
      }
      if (errors.length > 0) throw DomainError.badInput(errors);
      await this.surveys.update(survey.id, this.content(input), tx);
      await this.surveys.replaceQuestions(survey.id, input.questions, tx);
    });
    return this.require(viewer, input.id);
  }

  async publish(viewer: Viewer, id: string): Promise<Survey> {
    requireUser(viewer);
    await this.db.transaction(async (tx) => {
      await this.lockManaged(viewer, id, tx);
      await this.surveys.publish(id, tx);
    });
    return this.require(viewer, id);
  }

  /** New single-use codes for a CODE survey; answers the survey with its new code count. */
  async generateCodes(viewer: Viewer, surveyId: string, count: number): Promise<Survey> {
    requireUser(viewer);
    await this.db.transaction(async (tx) => {
      const survey = await this.lockManaged(viewer, surveyId, tx);
      if (survey.access !== SurveyAccess.CODE) {
        throw DomainError.badInput([
          { field: 'surveyId', code: FieldErrorCode.INVALID, params: { rule: 'NOT_A_CODE_SURVEY' } },
        ]);
      }
      let made = 0;
      // 31^8 codes: a collision is rare, and one more round makes up for it.
      for (let round = 0; made < count && round < 3; round++) {
        made += await this.surveys.insertCodes(surveyId, Array.from({ length: count - made }, randomCode), tx);
      }
    });
    return this.require(viewer, surveyId);
  }

  async byId(viewer: Viewer, id: string): Promise<Survey | null> {
    const survey = await this.surveys.byId(id);
    if (!survey || !canViewSurvey(viewer, survey)) return null;
    return (await this.toModels(viewer, [survey]))[0];
  }

  async list(viewer: Viewer, args: SurveysArgs): Promise<ConnectionShape<Survey>> {
    const cursor = decodeCursor(args.after);
    const found = await this.surveys.page(
      args.municipalityId,
      canManageSurvey(viewer, args),
      args.first,
      cursor ? [String(cursor[0]), cursor[1]] : null,
    );
    const page = toConnection(found, args.first, (row) => [new Date(row.createdAt).toISOString(), row.id]);
    return { ...page, nodes: await this.toModels(viewer, page.nodes) };
  }

  /** The survey if the viewer may see it, else SURVEY_NOT_FOUND (a draft's existence is not revealed). */
  async requireVisible(viewer: Viewer, id: string): Promise<SurveyRow> {
    const survey = await this.surveys.byId(id);
    if (!survey || !canViewSurvey(viewer, survey)) throw surveyNotFound();
    return survey;
  }

  private async require(viewer: Viewer, id: string): Promise<Survey> {
    const found = await this.byId(viewer, id);
    if (!found) throw surveyNotFound();
    return found;
  }

  private async lockManaged(viewer: Viewer, id: string, tx: DataSource['manager']): Promise<SurveyRow> {
    const survey = await this.surveys.byId(id, tx, true);
    if (!survey || !canViewSurvey(viewer, survey)) throw surveyNotFound();
    requireAccess(canManageSurvey(viewer, survey), 'Only the municipality’s officials manage surveys.');
    return survey;
  }

  private content(input: SurveyContentInput) {
    return {
      title: input.title,
      description: input.description,
      serviceArea: input.serviceArea ?? null,
      access: input.access,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
    };
  }

  private async toModels(viewer: Viewer, found: readonly SurveyRow[]): Promise<Survey[]> {
    if (found.length === 0) return [];
    const ids = found.map((s) => s.id);
    const [questions, answered] = await Promise.all([
      this.surveys.questionsOf(ids),
      viewer.userId ? this.surveys.answeredBy(viewer.userId, ids) : Promise.resolve(new Set<string>()),
    ]);
    const now = new Date();
    return found.map((survey, index) => ({
      ...survey,
      isOpen: survey.publishedAt !== null && isSurveyOpen(survey, now),
      questions: questions[index],
      viewerCanManage: canManageSurvey(viewer, survey),
      viewerHasAnswered: answered.has(survey.id),
    }));
  }
}
