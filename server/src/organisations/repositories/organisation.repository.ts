import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, keysetAfter, mapByKeys, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { Organisation } from '../models/organisation.model.js';

// Polish alphabetical order (Ć after C, Ł after L), as municipalities are listed.
const POLISH = '"pl-x-icu"';

const COLUMNS = `o.id, o.name, o.krs, o.description_source AS "descriptionSource",
  o.description_html AS "descriptionHtml", o.website, o.verified_at IS NOT NULL AS verified,
  o.verified_at AS "verifiedAt", o.verified_by AS "verifiedById", o.created_at AS "createdAt",
  o.name AS "sortKey",
  (SELECT count(*)::int FROM organisation_members m WHERE m.organisation_id = o.id) AS "memberCount",
  (SELECT m.user_id FROM organisation_members m WHERE m.organisation_id = o.id AND m.role = 'OWNER') AS "ownerId"`;

export interface NewOrganisation {
  name: string;
  krs: string | null;
  descriptionSource: string;
  descriptionHtml: string;
  website: string | null;
}

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(values: NewOrganisation, tx: Queryable): Promise<string> {
    const row = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO organisations (name, krs, description_source, description_html, website)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.name, values.krs, values.descriptionSource, values.descriptionHtml, values.website],
    );
    return row!.id;
  }

  async update(id: string, values: NewOrganisation, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE organisations SET name = $2, krs = $3, description_source = $4, description_html = $5, website = $6
       WHERE id = $1`,
      [id, values.name, values.krs, values.descriptionSource, values.descriptionHtml, values.website],
    );
  }

  async setMunicipalities(id: string, municipalityIds: readonly string[], tx: Queryable): Promise<void> {
    await tx.query(`DELETE FROM organisation_municipalities WHERE organisation_id = $1`, [id]);
    if (municipalityIds.length) {
      await tx.query(
        `INSERT INTO organisation_municipalities (organisation_id, municipality_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [id, municipalityIds],
      );
    }
  }

  async byId(id: string, tx: Queryable = this.db): Promise<Organisation | null> {
    const [found] = await rows<Organisation>(tx, `SELECT ${COLUMNS} FROM organisations o WHERE o.id = $1`, [id]);
    return found ?? null;
  }

  /** Locks the organisation's row: membership changes of one organisation run one at a time. */
  async lockById(id: string, tx: Queryable): Promise<Organisation | null> {
    await tx.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [id]);
    return this.byId(id, tx);
  }

  async byIds(ids: readonly string[]): Promise<(Organisation | null)[]> {
    const found = await rows<Organisation>(
      this.db,
      `SELECT ${COLUMNS} FROM organisations o WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (o) => o.id, null);
  }

  /** The organisation each forum post was written on behalf of (null: none). */
  async byPostIds(postIds: readonly string[]): Promise<(Organisation | null)[]> {
    const found = await rows<Organisation & { postId: string }>(
      this.db,
      `SELECT p.id AS "postId", ${COLUMNS}
       FROM forum_posts p JOIN organisations o ON o.id = p.organisation_id
       WHERE p.id = ANY($1::uuid[])`,
      [postIds],
    );
    return mapByKeys(postIds, found, (o) => o.postId, null);
  }

  async municipalityIdsOf(ids: readonly string[], tx: Queryable = this.db): Promise<string[][]> {
    const found = await rows<{ organisationId: string; municipalityId: string }>(
      tx,
      `SELECT om.organisation_id AS "organisationId", om.municipality_id AS "municipalityId"
       FROM organisation_municipalities om JOIN municipalities m ON m.id = om.municipality_id
       WHERE om.organisation_id = ANY($1::uuid[]) ORDER BY m.name, m.id`,
      [ids],
    );
    return groupByKeys(
      ids,
      found,
      (r) => r.organisationId,
      (r) => r.municipalityId,
    );
  }

  async existingMunicipalities(ids: readonly string[], tx: Queryable): Promise<Set<string>> {
    const found = await rows<{ id: string }>(tx, `SELECT id FROM municipalities WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(found.map((r) => r.id));
  }

  async setVerified(id: string, byUserId: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE organisations SET verified_at = now(), verified_by = $2 WHERE id = $1`, [id, byUserId]);
  }

  async clearVerified(id: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE organisations SET verified_at = NULL, verified_by = NULL WHERE id = $1`, [id]);
  }

  /** Alphabetical (Polish), optionally those working in a municipality, a name filter; `limit` after the cursor. */
  page(args: {
    municipalityId: string | null;
    search: string | null;
    memberId: string | null;
    after: [string, string] | null;
    limit: number;
  }): Promise<Organisation[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (args.municipalityId) {
      params.push(args.municipalityId);
      where.push(
        `EXISTS (SELECT 1 FROM organisation_municipalities om WHERE om.organisation_id = o.id AND om.municipality_id = $${params.length})`,
      );
    }
    if (args.memberId) {
      params.push(args.memberId);
      where.push(
        `EXISTS (SELECT 1 FROM organisation_members m WHERE m.organisation_id = o.id AND m.user_id = $${params.length})`,
      );
    }
    if (args.search) {
      params.push(`%${args.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`lower(o.name) LIKE $${params.length}`);
    }
    if (args.after) {
      where.push(
        keysetAfter([{ sql: `o.name COLLATE ${POLISH}` }, { sql: 'o.id', cast: 'uuid' }], args.after, params, 'ASC'),
      );
    }
    params.push(args.limit);
    return rows<Organisation>(
      this.db,
      `SELECT ${COLUMNS} FROM organisations o ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY o.name COLLATE ${POLISH}, o.id LIMIT $${params.length}`,
      params,
    );
  }
}
