import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents of networks of municipalities.
 *
 * The `documents` table had `network_id` from the start; this gives such
 * documents their own `kind`, NETWORK, so a network's documents are told
 * apart by kind as proposal attachments are, and the scope check says which
 * owner each kind needs. The network's list is read newest first, like a
 * consultation's.
 */
export class NetworkDocuments1764300900000 implements MigrationInterface {
  name = 'NetworkDocuments1764300900000';

  async up(q: QueryRunner): Promise<void> {
    // No path wrote network documents before; any such row is a network's.
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_kind_ck`);
    await q.query(`UPDATE documents SET kind = 'NETWORK' WHERE network_id IS NOT NULL`);
    await q.query(`
      ALTER TABLE documents ADD CONSTRAINT documents_kind_ck
        CHECK (kind IN ('CONSULTATION', 'PROPOSAL_ATTACHMENT', 'NETWORK'))`);
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_attachment_scope_ck`);
    await q.query(`
      ALTER TABLE documents ADD CONSTRAINT documents_kind_scope_ck CHECK (CASE kind
        WHEN 'NETWORK' THEN network_id IS NOT NULL
        WHEN 'PROPOSAL_ATTACHMENT' THEN consultation_id IS NOT NULL
        ELSE network_id IS NULL END)`);
    await q.query(`DROP INDEX documents_network_idx`);
    await q.query(
      `CREATE INDEX documents_network_idx ON documents (network_id, created_at DESC, id DESC)
       WHERE network_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX documents_network_idx`);
    await q.query(`CREATE INDEX documents_network_idx ON documents (network_id) WHERE network_id IS NOT NULL`);
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_kind_scope_ck`);
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_kind_ck`);
    // The rows stay (the table always allowed them) under the kind they had before.
    await q.query(`UPDATE documents SET kind = 'CONSULTATION' WHERE kind = 'NETWORK'`);
    await q.query(`
      ALTER TABLE documents ADD CONSTRAINT documents_kind_ck
        CHECK (kind IN ('CONSULTATION', 'PROPOSAL_ATTACHMENT'))`);
    await q.query(`
      ALTER TABLE documents ADD CONSTRAINT documents_attachment_scope_ck
        CHECK (kind = 'CONSULTATION' OR consultation_id IS NOT NULL)`);
  }
}
