import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import type { OfficialAnswer } from '../models/official-answer.model.js';

/** A forum post of a paragraph's thread, as answering it needs to know it. */
export interface ParagraphPost {
  postId: string;
  threadId: string;
  paragraphId: string;
  number: number;
  deleted: boolean;
  /** It is itself an official answer. */
  isAnswer: boolean;
}

@Injectable()
export class OfficialAnswerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The post, if it is in a draft paragraph's thread. */
  paragraphPost(postId: string, tx: Queryable = this.db): Promise<ParagraphPost | null> {
    return one<ParagraphPost>(
      tx,
      `SELECT fp.id AS "postId", fp.thread_id AS "threadId", dp.id AS "paragraphId", fp.number,
              fp.deleted_at IS NOT NULL AS deleted,
              EXISTS (SELECT 1 FROM draft_official_answers a WHERE a.post_id = fp.id) AS "isAnswer"
       FROM forum_posts fp JOIN draft_paragraphs dp ON dp.thread_id = fp.thread_id
       WHERE fp.id = $1`,
      [postId],
    );
  }

  async insert(values: { postId: string; answeredPostId: string; paragraphId: string }, tx: Queryable): Promise<void> {
    await tx.query('INSERT INTO draft_official_answers (post_id, answered_post_id, paragraph_id) VALUES ($1, $2, $3)', [
      values.postId,
      values.answeredPostId,
      values.paragraphId,
    ]);
  }

  /** Oldest first, per paragraph (DataLoader batch). */
  async ofParagraphs(paragraphIds: readonly string[]): Promise<OfficialAnswer[][]> {
    const found = await rows<OfficialAnswer>(
      this.db,
      `SELECT post_id AS "postId", answered_post_id AS "answeredPostId", paragraph_id AS "paragraphId"
       FROM draft_official_answers WHERE paragraph_id = ANY($1::uuid[]) ORDER BY created_at, post_id`,
      [paragraphIds],
    );
    return groupByKeys(paragraphIds, found, (answer) => answer.paragraphId);
  }
}
