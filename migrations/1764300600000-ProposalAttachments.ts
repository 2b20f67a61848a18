import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files residents and NGO members attach to their proposals.
 *
 * They are documents like any other (the same content-addressed storage,
 * download path and limits), told apart by `kind`: a PROPOSAL_ATTACHMENT
 * keeps its consultation (for scope and the uploader's pending count) but is
 * never one of the consultation's official documents. It is linked to its
 * proposal through `proposal_documents`, to one proposal at most.
 */
export class ProposalAttachments1764300600000 implements MigrationInterface {
  name = 'ProposalAttachments1764300600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE documents ADD COLUMN kind text NOT NULL DEFAULT 'CONSULTATION'
        CONSTRAINT documents_kind_ck CHECK (kind IN ('CONSULTATION', 'PROPOSAL_ATTACHMENT'))`);
    // A proposal's attachment lives in a consultation, never a meeting or a network.
    await q.query(`
      ALTER TABLE documents ADD CONSTRAINT documents_attachment_scope_ck
        CHECK (kind = 'CONSULTATION' OR consultation_id IS NOT NULL)`);
    // The official list reads only CONSULTATION documents; attachments are counted per uploader.
    await q.query(`DROP INDEX documents_consultation_idx`);
    await q.query(
      `CREATE INDEX documents_consultation_idx ON documents (consultation_id, created_at DESC, id DESC)
       WHERE consultation_id IS NOT NULL AND kind = 'CONSULTATION'`,
    );
    await q.query(
      `CREATE INDEX documents_attachment_uploader_idx ON documents (consultation_id, uploaded_by)
       WHERE kind = 'PROPOSAL_ATTACHMENT'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Without the kind they would turn into official documents (and publish hidden proposals' files): they go.
    // Their files stay on disk, unreferenced; the upload directory is not the migration's to touch.
    await q.query(`DELETE FROM documents WHERE kind = 'PROPOSAL_ATTACHMENT'`);
    await q.query(`DROP INDEX documents_attachment_uploader_idx`);
    await q.query(`DROP INDEX documents_consultation_idx`);
    await q.query(
      `CREATE INDEX documents_consultation_idx ON documents (consultation_id, created_at DESC, id DESC)
       WHERE consultation_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE documents DROP CONSTRAINT documents_attachment_scope_ck`);
    await q.query(`ALTER TABLE documents DROP COLUMN kind`);
  }
}
