import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { DraftParagraph } from './models/draft-paragraph.model.js';
import type { OfficialAnswer } from './models/official-answer.model.js';
import type { ParagraphStats } from './models/paragraph-stats.js';
import { OfficialAnswerRepository } from './repositories/official-answer.repository.js';
import { ParagraphRepository } from './repositories/paragraph.repository.js';

const PARAGRAPHS = Symbol('drafts.paragraphs');
const STATS = Symbol('drafts.paragraphStats');
const ANSWERS = Symbol('drafts.officialAnswers');

/** A draft's paragraphs with their counts in one statement per relation, whatever the number of paragraphs. */
@Injectable()
export class DraftLoaders {
  constructor(
    private readonly paragraphs: ParagraphRepository,
    private readonly answers: OfficialAnswerRepository,
  ) {}

  paragraphsOf(ctx: RequestContext): DataLoader<string, DraftParagraph[]> {
    return ctx.loaders.get(PARAGRAPHS, () => new DataLoader((ids: readonly string[]) => this.paragraphs.ofDrafts(ids)));
  }

  stats(ctx: RequestContext): DataLoader<string, ParagraphStats> {
    return ctx.loaders.get(STATS, () => new DataLoader((ids: readonly string[]) => this.paragraphs.stats(ids)));
  }

  officialAnswersOf(ctx: RequestContext): DataLoader<string, OfficialAnswer[]> {
    return ctx.loaders.get(ANSWERS, () => new DataLoader((ids: readonly string[]) => this.answers.ofParagraphs(ids)));
  }
}
