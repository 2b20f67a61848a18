import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicator definitions managed by administrators: one name per service area
 * in each language (compared without case), and archiving for a definition
 * that has values, which is never deleted.
 */
export class IndicatorDefinitionManagement1764300450000 implements MigrationInterface {
  name = 'IndicatorDefinitionManagement1764300450000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE indicator_definitions ADD COLUMN archived_at timestamptz`);
    await q.query(`CREATE UNIQUE INDEX indicator_definitions_name_pl_uq
                   ON indicator_definitions (service_area_code, lower(name_pl))`);
    await q.query(`CREATE UNIQUE INDEX indicator_definitions_name_en_uq
                   ON indicator_definitions (service_area_code, lower(name_en))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX indicator_definitions_name_en_uq`);
    await q.query(`DROP INDEX indicator_definitions_name_pl_uq`);
    await q.query(`ALTER TABLE indicator_definitions DROP COLUMN archived_at`);
  }
}
