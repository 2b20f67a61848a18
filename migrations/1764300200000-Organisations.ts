import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * NGOs: organisations with their municipalities, members (exactly one OWNER
 * at any time) and invitations, and the "on behalf of" link of forum posts and
 * proposals.
 *
 * "At most one owner" is a partial unique index; "at least one" is a deferred
 * constraint trigger checked at commit, so a hand-over (demote, then promote)
 * and a creation (organisation, then its owner) pass inside their transaction
 * while nothing can commit an organisation without an owner.
 *
 * An invitation names a user, or an e-mail nobody has registered yet (claimed
 * by whoever registers with it); one PENDING invitation per organisation and
 * person.
 */
export class Organisations1764300200000 implements MigrationInterface {
  name = 'Organisations1764300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (name = btrim(name) AND char_length(name) BETWEEN 2 AND 200),
        krs text CHECK (krs ~ '^[0-9]{10}$'),
        description_source text NOT NULL DEFAULT '' CHECK (char_length(description_source) <= 10000),
        description_html text NOT NULL DEFAULT '',
        website text CHECK (website ~* '^https?://' AND char_length(website) <= 500),
        verified_at timestamptz,
        verified_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX organisations_name_uq ON organisations (lower(name))`);
    await q.query(`CREATE UNIQUE INDEX organisations_krs_uq ON organisations (krs) WHERE krs IS NOT NULL`);

    await q.query(`
      CREATE TABLE organisation_municipalities (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        PRIMARY KEY (organisation_id, municipality_id)
      )`);
    await q.query(
      `CREATE INDEX organisation_municipalities_municipality_idx ON organisation_municipalities (municipality_id)`,
    );

    await q.query(`
      CREATE TABLE organisation_members (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER','MEMBER')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await q.query(`CREATE INDEX organisation_members_user_idx ON organisation_members (user_id)`);
    await q.query(
      `CREATE UNIQUE INDEX organisation_members_one_owner_uq ON organisation_members (organisation_id) WHERE role = 'OWNER'`,
    );
    await q.query(`
      CREATE FUNCTION organisation_has_owner() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        org uuid;
      BEGIN
        -- Separate branches: plpgsql plans each field access for the row type it meets.
        IF TG_TABLE_NAME = 'organisations' THEN
          org := NEW.id;
        ELSIF TG_OP = 'DELETE' THEN
          org := OLD.organisation_id;
        ELSE
          org := NEW.organisation_id;
        END IF;
        IF EXISTS (SELECT 1 FROM organisations WHERE id = org)
           AND NOT EXISTS (SELECT 1 FROM organisation_members WHERE organisation_id = org AND role = 'OWNER') THEN
          RAISE EXCEPTION 'organisation % has no owner', org USING ERRCODE = '23514', CONSTRAINT = 'organisation_owner_required';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER organisation_owner_required AFTER INSERT ON organisations
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_has_owner()`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER organisation_owner_kept AFTER UPDATE OR DELETE ON organisation_members
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisation_has_owner()`);

    await q.query(`
      CREATE TABLE organisation_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        invitee_id uuid REFERENCES users(id) ON DELETE CASCADE,
        invitee_email text CHECK (invitee_email = lower(invitee_email)),
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACCEPTED','DECLINED','CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        CHECK ((invitee_id IS NULL) <> (invitee_email IS NULL)),
        CHECK ((status = 'PENDING') = (responded_at IS NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX organisation_invitations_pending_user_uq
        ON organisation_invitations (organisation_id, invitee_id) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE UNIQUE INDEX organisation_invitations_pending_email_uq
        ON organisation_invitations (organisation_id, invitee_email) WHERE status = 'PENDING'`);
    await q.query(
      `CREATE INDEX organisation_invitations_invitee_idx ON organisation_invitations (invitee_id, created_at DESC)`,
    );
    await q.query(
      `CREATE INDEX organisation_invitations_email_idx ON organisation_invitations (invitee_email) WHERE invitee_email IS NOT NULL`,
    );

    // On behalf of: the organisation stays named even if the author later leaves it.
    await q.query(`
      ALTER TABLE proposals ADD CONSTRAINT proposals_organization_fk
        FOREIGN KEY (organization_id) REFERENCES organisations(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX proposals_organization_idx ON proposals (organization_id)`);
    await q.query(`
      ALTER TABLE forum_posts ADD COLUMN organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX forum_posts_organisation_idx ON forum_posts (organisation_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum_posts DROP COLUMN organisation_id`);
    await q.query(`DROP INDEX proposals_organization_idx`);
    await q.query(`ALTER TABLE proposals DROP CONSTRAINT proposals_organization_fk`);
    await q.query(`DROP TABLE organisation_invitations`);
    await q.query(`DROP TABLE organisation_members`);
    await q.query(`DROP TABLE organisation_municipalities`);
    // The owner trigger on organisations uses the function, so the table goes first.
    await q.query(`DROP TABLE organisations`);
    await q.query(`DROP FUNCTION organisation_has_owner()`);
  }
}
