import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../database/sql.js';

@Injectable()
export class ReadCacheRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The versions an answer about these threads depends on, as one string; null when a thread does not exist
   * (such answers are errors and never stored). One indexed statement: this is all a cache hit costs the database.
   */
  async versionOf(threadIds: string[]): Promise<string | null> {
    const found = await rows<{ id: string; version: string; generation: string }>(
      this.db,
      `SELECT t.id, t.read_version::text AS version, g.generation::text AS generation
       FROM forum_threads t CROSS JOIN read_cache_generation g WHERE t.id = ANY($1::uuid[]) ORDER BY t.id`,
      [threadIds],
    );
    if (found.length !== threadIds.length) return null;
    return `${found[0]?.generation}:${found.map((row) => row.version).join(',')}`;
  }
}
