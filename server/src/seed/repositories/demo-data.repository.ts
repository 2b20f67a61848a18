import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalityKind, NetworkKind, ServiceAreaCode } from '@ratusz/shared';
import { one, rows, type Queryable } from '../../common/database/sql.js';

/**
 * The demo data's writes, each keyed by the natural key the fixture names
 * things by (slugs, names, e-mails) and ON CONFLICT DO NOTHING, so seeding
 * again adds what is missing and changes nothing that exists.
 */
@Injectable()
export class DemoDataRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async hasMunicipalities(): Promise<boolean> {
    return (await one(this.db, 'SELECT 1 FROM municipalities LIMIT 1')) !== null;
  }

  async insertServiceArea(
    tx: Queryable,
    area: { code: ServiceAreaCode; namePl: string; nameEn: string; position: number },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO service_areas (code, name_pl, name_en, position) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`,
      [area.code, area.namePl, area.nameEn, area.position],
    );
  }

  /** `parentSlug` names an already inserted municipality. */
  async insertMunicipality(
    tx: Queryable,
    unit: { slug: string; name: string; kind: MunicipalityKind; parentSlug?: string },
  ): Promise<void> {
    if (unit.parentSlug === undefined) {
      await tx.query(
        `INSERT INTO municipalities (slug, name, kind) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`,
        [unit.slug, unit.name, unit.kind],
      );
      return;
    }
    await tx.query(
      `INSERT INTO municipalities (slug, name, kind, parent_id)
       SELECT $1, $2, $3, id FROM municipalities WHERE slug = $4 ON CONFLICT (slug) DO NOTHING`,
      [unit.slug, unit.name, unit.kind, unit.parentSlug],
    );
  }

  async insertNetwork(
    tx: Queryable,
    network: { name: string; kind: NetworkKind; serviceAreaCode: ServiceAreaCode | null; note: string | null },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO networks (name, kind, service_area_code, note) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING`,
      [network.name, network.kind, network.serviceAreaCode, network.note],
    );
  }

  async insertGlobalCategory(
    tx: Queryable,
    category: { slug: string; name: string; description: string; position: number },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO forum_categories (slug, name, description, position) VALUES ($1, $2, $3, $4)
       ON CONFLICT (slug) WHERE municipality_id IS NULL AND network_id IS NULL DO NOTHING`,
      [category.slug, category.name, category.description, category.position],
    );
  }

  async insertMunicipalCategory(
    tx: Queryable,
    category: { slug: string; name: string; description: string; municipalitySlug: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO forum_categories (slug, name, description, municipality_id)
       SELECT $1, $2, $3, id FROM municipalities WHERE slug = $4
       ON CONFLICT (municipality_id, slug) WHERE municipality_id IS NOT NULL DO NOTHING`,
      [category.slug, category.name, category.description, category.municipalitySlug],
    );
  }

  async insertNetworkCategory(
    tx: Queryable,
    category: { slug: string; name: string; description: string; networkName: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO forum_categories (slug, name, description, network_id)
       SELECT $1, $2, $3, id FROM networks WHERE name = $4
       ON CONFLICT (network_id, slug) WHERE network_id IS NOT NULL DO NOTHING`,
      [category.slug, category.name, category.description, category.networkName],
    );
  }

  /** A category of one of the named networks, by slug. */
  async networkCategoryId(slug: string, networkNames: readonly string[]): Promise<string | null> {
    const found = await one<{ id: string }>(
      this.db,
      `SELECT c.id FROM forum_categories c JOIN networks n ON n.id = c.network_id
       WHERE c.slug = $1 AND n.name = ANY($2::text[])`,
      [slug, networkNames],
    );
    return found?.id ?? null;
  }

  /** A global category (`municipalitySlug` null) or one of a municipality, by slug. */
  async categoryId(slug: string, municipalitySlug: string | null): Promise<string | null> {
    const found = await one<{ id: string }>(
      this.db,
      `SELECT c.id FROM forum_categories c LEFT JOIN municipalities m ON m.id = c.municipality_id
       WHERE c.slug = $1 AND c.network_id IS NULL AND m.slug IS NOT DISTINCT FROM $2`,
      [slug, municipalitySlug],
    );
    return found?.id ?? null;
  }

  async threadExists(categoryId: string, title: string): Promise<boolean> {
    return (
      (await one(this.db, 'SELECT 1 FROM forum_threads WHERE category_id = $1 AND title = $2', [categoryId, title])) !==
      null
    );
  }

  usersByEmails(emails: readonly string[]): Promise<{ id: string; email: string; isAdmin: boolean }[]> {
    return rows(this.db, `SELECT id, email, is_admin AS "isAdmin" FROM users WHERE email = ANY($1::text[])`, [emails]);
  }

  /** `homeSlug` names the home municipality, or null. */
  async insertUser(
    tx: Queryable,
    user: { email: string; displayName: string; passwordHash: string; isAdmin: boolean; homeSlug: string | null },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO users (email, display_name, password_hash, is_admin, home_municipality_id)
       VALUES ($1, $2, $3, $4, (SELECT id FROM municipalities WHERE slug = $5)) ON CONFLICT (email) DO NOTHING`,
      [user.email, user.displayName, user.passwordHash, user.isAdmin, user.homeSlug],
    );
  }

  async insertRoleGrant(
    tx: Queryable,
    grant: { email: string; municipalitySlug: string; role: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO role_grants (user_id, municipality_id, role)
       SELECT u.id, m.id, $3 FROM users u, municipalities m WHERE u.email = $1 AND m.slug = $2
       ON CONFLICT DO NOTHING`,
      [grant.email, grant.municipalitySlug, grant.role],
    );
  }
}
