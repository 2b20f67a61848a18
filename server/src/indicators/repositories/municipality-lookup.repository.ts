import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../../common/database/sql.js';

/** Import files name municipalities by slug ("zabki") or by name ("Ząbki"), case-insensitively. */
@Injectable()
export class MunicipalityLookupRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byKeys(keys: readonly string[]): Promise<Map<string, string>> {
    const lowered = [...new Set(keys.map((key) => key.toLowerCase()))];
    if (lowered.length === 0) return new Map();
    const found = await rows<{ id: string; slug: string; name: string }>(
      this.db,
      `SELECT id, slug, lower(name) AS name FROM municipalities
       WHERE slug = ANY($1::text[]) OR lower(name) = ANY($1::text[])`,
      [lowered],
    );
    const byKey = new Map<string, string>();
    // A slug is unique; a name may not be (two "Gorlice"), so a name that matches twice stays unknown.
    const nameCounts = new Map<string, number>();
    for (const row of found) nameCounts.set(row.name, (nameCounts.get(row.name) ?? 0) + 1);
    for (const row of found) {
      if (nameCounts.get(row.name) === 1) byKey.set(row.name, row.id);
    }
    for (const row of found) byKey.set(row.slug, row.id);
    return byKey;
  }
}
