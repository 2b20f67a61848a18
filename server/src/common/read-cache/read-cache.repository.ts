import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sharedBatchLoader } from '../database/shared-batch.js';
import { rows } from '../database/sql.js';

@Injectable()
export class ReadCacheRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every cached read asks for its versions: the reads that arrive in one turn of the event loop share one
   * statement. Under a crowd of readers this is what keeps them from filling the pool's queue in front of the
   * writers (the mixed-load bench). A batch's statement starts after each of its requests arrived, so it still sees
   * every write acknowledged before any of them was sent.
   */
  private readonly versions = sharedBatchLoader(async (keys: readonly (readonly string[])[]) => {
    const found = await rows<{ id: string; version: string; generation: string }>(
      this.db,
      `SELECT t.id, t.read_version::text AS version, g.generation::text AS generation
       FROM forum_threads t CROSS JOIN read_cache_generation g WHERE t.id = ANY($1::uuid[])`,
      [[...new Set(keys.flat())]],
    );
    const byId = new Map(found.map((row) => [row.id, row.version]));
    const generation = found[0]?.generation;
    return keys.map((threadIds) => {
      const versions = threadIds.map((id) => byId.get(id));
      return versions.every((version) => version !== undefined) ? `${generation}:${versions.join(',')}` : null;
    });
  });

  /**
   * The versions an answer about these threads depends on, as one string; null when a thread does not exist
   * (such answers are errors and never stored). One indexed statement: this is all a cache hit costs the database.
   */
  versionOf(threadIds: string[]): Promise<string | null> {
    return this.versions.load([...threadIds].sort());
  }
}
