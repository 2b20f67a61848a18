import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated consultation reports. `data` freezes the figures at generation
 * time, so a published report does not change when someone posts later;
 * generating again adds a new version and keeps the old ones.
 */
export class ConsultationReports1764000300000 implements MigrationInterface {
  name = 'ConsultationReports1764000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultation_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        generated_at timestamptz NOT NULL,
        generated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
        CONSTRAINT consultation_reports_version_uq UNIQUE (consultation_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consultation_reports`);
  }
}
