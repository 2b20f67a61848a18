import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  FieldErrorCode,
  isSurveyOpen,
  normaliseSurveyCode,
  SurveyAccess,
  SurveyQuestionKind,
  type FieldError,
} from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/policy/viewer.js';
import type { SubmitSurveyResponseInput, SurveyAnswerInput } from '../dtos/submit-survey-response.input.js';
import type { SurveyQuestion } from '../models/survey.model.js';
import { SurveyRepository } from '../repositories/survey.repository.js';
import { SurveyService } from './survey.service.js';

interface CleanAnswer {
  questionId: string;
  score: number | null;
  choices: number[] | null;
  text: string | null;
}

/** Whether a conditional question is shown, given the answers so far. */
function isShown(question: SurveyQuestion, byPosition: Map<number, CleanAnswer>): boolean {
  if (question.showIfPosition === null) return true;
  const earlier = byPosition.get(question.showIfPosition);
  if (!earlier) return false;
  return earlier.score === question.showIfAnswer || (earlier.choices?.[0] ?? null) === question.showIfAnswer;
}

/** Checks every answer against its question; answers to questions the conditions hide are dropped. */
function cleanAnswers(questions: readonly SurveyQuestion[], answers: readonly SurveyAnswerInput[]): CleanAnswer[] {
  const errors: FieldError[] = [];
  const given = new Map<string, SurveyAnswerInput>();
  answers.forEach((answer, index) => {
    if (given.has(answer.questionId) || !questions.some((q) => q.id === answer.questionId)) {
      errors.push({ field: `answers.${index}.questionId`, code: FieldErrorCode.INVALID });
    }
    given.set(answer.questionId, answer);
  });
  const byPosition = new Map<number, CleanAnswer>();
  for (const question of questions) {
    const field = `answers.${question.position}`;
    if (!isShown(question, byPosition)) continue;
    const answer = given.get(question.id);
    const text = answer?.text?.trim() ?? '';
    const choices = answer?.choices ?? [];
    const empty =
      !answer ||
      (question.kind === SurveyQuestionKind.LIKERT && (answer.score ?? null) === null) ||
      (question.kind === SurveyQuestionKind.OPEN_TEXT && text === '') ||
      ((question.kind === SurveyQuestionKind.SINGLE_CHOICE || question.kind === SurveyQuestionKind.MULTIPLE_CHOICE) &&
        choices.length === 0);
    if (empty) {
      if (question.required) errors.push({ field, code: FieldErrorCode.REQUIRED });
      continue;
    }
    let clean: CleanAnswer | null = null;
    switch (question.kind) {
      case SurveyQuestionKind.LIKERT:
        if (Number.isInteger(answer.score) && answer.score! >= 1 && answer.score! <= 5) {
          clean = { questionId: question.id, score: answer.score!, choices: null, text: null };
        }
        break;
      case SurveyQuestionKind.SINGLE_CHOICE:
      case SurveyQuestionKind.MULTIPLE_CHOICE: {
        const inRange = choices.every((c) => c >= 0 && c < question.options.length);
        const distinct = new Set(choices).size === choices.length;
        const single = question.kind === SurveyQuestionKind.MULTIPLE_CHOICE || choices.length === 1;
        if (inRange && distinct && single) {
          clean = { questionId: question.id, score: null, choices: [...choices].sort((a, b) => a - b), text: null };
        }
        break;
      }
      case SurveyQuestionKind.OPEN_TEXT:
        clean = { questionId: question.id, score: null, choices: null, text };
        break;
    }
    if (!clean) errors.push({ field, code: FieldErrorCode.INVALID });
    else byPosition.set(question.position, clean);
  }
  if (errors.length > 0) throw DomainError.badInput(errors);
  return [...byPosition.values()];
}

/**
 * One response per account (ACCOUNT surveys) or per single-use code (CODE
 * surveys), while the survey is open. The database decides who was first: a
 * partial unique index per account and a row lock on the code, so parallel
 * submissions by one person store exactly one response.
 */
@Injectable()
export class SurveyResponseService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveyRepository,
    private readonly surveyService: SurveyService,
  ) {}

  async submit(viewer: Viewer, input: SubmitSurveyResponseInput): Promise<boolean> {
    const survey = await this.surveyService.requireVisible(viewer, input.surveyId);
    if (survey.publishedAt === null || !isSurveyOpen(survey, new Date())) {
      throw new DomainError(ErrorCode.SURVEY_CLOSED, 'The survey is not open for answers now.', {
        opensAt: new Date(survey.opensAt).toISOString(),
        closesAt: new Date(survey.closesAt).toISOString(),
      });
    }
    const [questions] = await this.surveys.questionsOf([survey.id]);
    const code = survey.access === SurveyAccess.CODE ? normaliseSurveyCode(input.code ?? '') : null;
    if (survey.access === SurveyAccess.ACCOUNT && !viewer.userId) throw DomainError.unauthenticated();
    if (code === '') throw DomainError.badInput([{ field: 'code', code: FieldErrorCode.REQUIRED }]);
    const answers = cleanAnswers(questions, input.answers);

    await this.db.transaction(async (tx) => {
      if (code !== null) {
        const used = await this.surveys.useCode(survey.id, code, tx);
        if (used === 'UNKNOWN') throw new DomainError(ErrorCode.SURVEY_CODE_UNKNOWN, 'No such code for this survey.');
        if (used === 'ALREADY_USED') throw new DomainError(ErrorCode.SURVEY_CODE_USED, 'This code was already used.');
      }
      // A code response is anonymous: the account (if any) is not stored with it.
      const responseId = await this.surveys.insertResponse(
        survey.id,
        { userId: code === null ? viewer.userId : null, code },
        tx,
      );
      if (!responseId)
        throw new DomainError(ErrorCode.SURVEY_ALREADY_ANSWERED, 'You have already answered this survey.');
      await this.surveys.insertAnswers(responseId, answers, tx);
    });
    return true;
  }
}
