import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every user gets a handle (`@zofia_mieszkanka`) so forum posts can mention
 * them. The database assigns it from the display name on insert, so every
 * writer of users (registration, seed, tests) gets one, and two people
 * called the same get `jan_kowalski` and `jan_kowalski2`. An advisory lock
 * per base name makes simultaneous registrations with the same name wait
 * for each other instead of colliding on the unique index.
 */
export class UserHandles1763900200000 implements MigrationInterface {
  name = 'UserHandles1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION user_handle_base(display_name text) RETURNS text
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
      DECLARE
        base text := trim(both '_' from regexp_replace(unaccent_pl(display_name), '[^a-z0-9]+', '_', 'g'));
      BEGIN
        base := trim(both '_' from left(base, 24));
        IF length(base) < 3 THEN
          base := rtrim('uzytkownik_' || base, '_');
        END IF;
        RETURN base;
      END $$`);
    await q.query(`
      CREATE FUNCTION user_handle_free(display_name text) RETURNS text
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        base text := user_handle_base(display_name);
        candidate text := base;
        n integer := 1;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('user_handle:' || base));
        WHILE EXISTS (SELECT 1 FROM users WHERE handle = candidate) LOOP
          n := n + 1;
          candidate := base || n;
        END LOOP;
        RETURN candidate;
      END $$`);
    await q.query(`ALTER TABLE users ADD COLUMN handle text`);
    await q.query(`
      DO $$
      DECLARE u record;
      BEGIN
        FOR u IN SELECT id, display_name FROM users ORDER BY created_at, id LOOP
          UPDATE users SET handle = user_handle_free(u.display_name) WHERE id = u.id;
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE users ALTER COLUMN handle SET NOT NULL`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_handle_format CHECK (handle ~ '^[a-z0-9_]{3,30}$')`);
    await q.query(`CREATE UNIQUE INDEX users_handle_uq ON users (handle)`);
    await q.query(`
      CREATE FUNCTION users_assign_handle() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.handle IS NULL THEN
          NEW.handle := user_handle_free(NEW.display_name);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER users_assign_handle BEFORE INSERT ON users
      FOR EACH ROW EXECUTE FUNCTION users_assign_handle()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER users_assign_handle ON users`);
    await q.query(`DROP FUNCTION users_assign_handle()`);
    await q.query(`ALTER TABLE users DROP COLUMN handle`);
    await q.query(`DROP FUNCTION user_handle_free(text)`);
    await q.query(`DROP FUNCTION user_handle_base(text)`);
  }
}
