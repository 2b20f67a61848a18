import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one, rows, type Queryable } from '../../common/database/sql.js';

/** The facts about people and places moderation needs from other features' tables. */
@Injectable()
export class ModeratorRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Officials and moderators of the municipality (who hear about new flags). */
  async moderatorsOf(municipalityId: string, tx: Queryable = this.db): Promise<string[]> {
    const found = await rows<{ userId: string }>(
      tx,
      'SELECT DISTINCT user_id AS "userId" FROM role_grants WHERE municipality_id = $1',
      [municipalityId],
    );
    return found.map((row) => row.userId);
  }

  user(id: string, tx: Queryable = this.db): Promise<{ id: string; isAdmin: boolean } | null> {
    return one(tx, 'SELECT id, is_admin AS "isAdmin" FROM users WHERE id = $1', [id]);
  }

  async municipalityExists(id: string, tx: Queryable = this.db): Promise<boolean> {
    return (await one(tx, 'SELECT 1 FROM municipalities WHERE id = $1', [id])) !== null;
  }

  /** The category's municipality (null: global or network), or undefined when there is no such category. */
  async categoryMunicipality(categoryId: string, tx: Queryable = this.db): Promise<string | null | undefined> {
    const found = await one<{ municipalityId: string | null }>(
      tx,
      'SELECT municipality_id AS "municipalityId" FROM forum_categories WHERE id = $1',
      [categoryId],
    );
    return found ? found.municipalityId : undefined;
  }

  /** Moves the thread (locked first, as every forum write does); the category's event follows after commit. */
  async moveThread(threadId: string, categoryId: string, tx: Queryable): Promise<string | null> {
    const found = await one<{ categoryId: string }>(
      tx,
      'SELECT category_id AS "categoryId" FROM forum_threads WHERE id = $1 FOR UPDATE',
      [threadId],
    );
    if (!found) return null;
    await tx.query('UPDATE forum_threads SET category_id = $2 WHERE id = $1', [threadId, categoryId]);
    return found.categoryId;
  }
}
