import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The base of the domain: places (municipalities, service areas, networks),
 * forum categories, accounts with per-municipality roles, revocable sessions
 * and the login throttle.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // Diacritic-insensitive matching without the unaccent extension, which not
    // every PostgreSQL build ships: "zolc" finds "żółć".
    await q.query(`
      CREATE FUNCTION unaccent_pl(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(translate(value, 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ', 'acelnoszzACELNOSZZ')) $$`);

    await q.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('URBAN_GMINA','RURAL_GMINA','URBAN_RURAL_GMINA','COUNTY','CITY_COUNTY','DISTRICT')),
        parent_id uuid REFERENCES municipalities(id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE INDEX municipalities_parent_idx ON municipalities (parent_id, name)`);

    await q.query(`
      CREATE TABLE service_areas (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
        name_pl text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL
      )`);

    await q.query(`
      CREATE TABLE networks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('MONITORING_NETWORK','EXCHANGE_GROUP')),
        service_area_code text REFERENCES service_areas(code),
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE forum_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        municipality_id uuid REFERENCES municipalities(id) ON DELETE CASCADE,
        network_id uuid REFERENCES networks(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (municipality_id IS NULL OR network_id IS NULL)
      )`);
    // A slug is unique within its scope: global, one municipality or one network.
    await q.query(`CREATE UNIQUE INDEX forum_categories_global_slug_uq ON forum_categories (slug)
                   WHERE municipality_id IS NULL AND network_id IS NULL`);
    await q.query(`CREATE UNIQUE INDEX forum_categories_municipality_slug_uq ON forum_categories (municipality_id, slug)
                   WHERE municipality_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX forum_categories_network_slug_uq ON forum_categories (network_id, slug)
                   WHERE network_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text NOT NULL,
        home_municipality_id uuid REFERENCES municipalities(id) ON DELETE SET NULL,
        is_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_uq ON users (email)`);

    // Roles granted for one municipality. NGO membership will come with
    // organisations as its own table; ADMIN is global (users.is_admin).
    await q.query(`
      CREATE TABLE role_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OFFICIAL','MODERATOR')),
        granted_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, municipality_id, role)
      )`);
    await q.query(`CREATE INDEX role_grants_municipality_idx ON role_grants (municipality_id)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE INDEX sessions_user_active_idx ON sessions (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        failures integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE role_grants`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE forum_categories`);
    await q.query(`DROP TABLE networks`);
    await q.query(`DROP TABLE service_areas`);
    await q.query(`DROP TABLE municipalities`);
    await q.query(`DROP FUNCTION unaccent_pl(text)`);
  }
}
