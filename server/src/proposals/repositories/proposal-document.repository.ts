import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, rows, type Queryable } from '../../common/database/sql.js';
import type { Document } from '../../documents/models/document.model.js';

/** The same shape the documents feature reads, so its `Document` fields resolve these rows too. */
const DOCUMENT_COLUMNS = `d.id, d.title, d.file_name AS "fileName", d.mime_type AS "mimeType",
  d.size_bytes::float8 AS "sizeBytes", d.created_at AS "uploadedAt", d.consultation_id AS "consultationId",
  d.meeting_id AS "meetingId", d.network_id AS "networkId", d.municipality_id AS "municipalityId",
  d.uploaded_by AS "uploaderId", d.sha256`;

/**
 * Attachments: documents stay the consultation's (uploaded the usual way);
 * a proposal only points at those its author uploaded there.
 */
@Injectable()
export class ProposalDocumentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Which of these ids are documents of the consultation uploaded by the user. */
  async ownedBy(consultationId: string, userId: string, documentIds: readonly string[]): Promise<Set<string>> {
    const found = await rows<{ id: string }>(
      this.db,
      `SELECT id FROM documents WHERE id = ANY($1::uuid[]) AND consultation_id = $2 AND uploaded_by = $3`,
      [documentIds, consultationId, userId],
    );
    return new Set(found.map((row) => row.id));
  }

  async attach(proposalId: string, documentIds: readonly string[], tx: Queryable): Promise<void> {
    if (documentIds.length === 0) return;
    await tx.query(
      `INSERT INTO proposal_documents (proposal_id, document_id, position)
       SELECT $1, id, position::int - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS a(id, position)`,
      [proposalId, documentIds],
    );
  }

  /** In the order attached, per proposal (DataLoader batch). */
  async documentsOf(proposalIds: readonly string[]): Promise<Document[][]> {
    const found = await rows<Document & { proposalId: string }>(
      this.db,
      `SELECT pd.proposal_id AS "proposalId", ${DOCUMENT_COLUMNS}
       FROM proposal_documents pd JOIN documents d ON d.id = pd.document_id
       WHERE pd.proposal_id = ANY($1::uuid[])
       ORDER BY pd.position`,
      [proposalIds],
    );
    return groupByKeys(proposalIds, found, (row) => row.proposalId);
  }
}
