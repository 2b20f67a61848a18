import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who belongs to a network of municipalities and who leads it. Laid down
 * before the networks feature and the indicators feature, which both build
 * on it: comparisons run over a network's members, and coordinators manage
 * the network's forum categories, meeting plan and data.
 */
export class NetworkMembers1764200000000 implements MigrationInterface {
  name = 'NetworkMembers1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE network_members (
        network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        -- The order members host an exchange group's meetings in.
        position integer NOT NULL DEFAULT 0,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, municipality_id)
      )`);
    await q.query(`CREATE INDEX network_members_municipality_idx ON network_members (municipality_id)`);
    await q.query(`
      CREATE TABLE network_coordinators (
        network_id uuid NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (network_id, user_id)
      )`);
    await q.query(`CREATE INDEX network_coordinators_user_idx ON network_coordinators (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE network_coordinators`);
    await q.query(`DROP TABLE network_members`);
  }
}
