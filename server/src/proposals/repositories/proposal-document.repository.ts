import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import type { Document } from '../../documents/models/document.model.js';

/** The same shape the documents feature reads, so its `Document` fields resolve these rows too. */
const DOCUMENT_COLUMNS = `d.id, d.title, d.file_name AS "fileName", d.mime_type AS "mimeType",
  d.size_bytes::float8 AS "sizeBytes", d.created_at AS "uploadedAt", d.consultation_id AS "consultationId",
  d.meeting_id AS "meetingId", d.network_id AS "networkId", d.municipality_id AS "municipalityId",
  d.uploaded_by AS "uploaderId", d.sha256, d.kind`;

/** Uploads for proposals in the consultation by the user that no proposal holds yet. */
const PENDING = `FROM documents d
  WHERE d.kind = 'PROPOSAL_ATTACHMENT' AND d.consultation_id = $1 AND d.uploaded_by = $2
    AND NOT EXISTS (SELECT 1 FROM proposal_documents pd WHERE pd.document_id = d.id)`;

/** Two-key advisory locks in their own namespace: one uploader's pending attachments in one consultation. */
const UPLOADER_LOCK_NAMESPACE = 0x70617474; // "patt"

/**
 * Attachments: documents of kind PROPOSAL_ATTACHMENT, uploaded first (the
 * documents feature stores them) and then linked here to one proposal.
 */
@Injectable()
export class ProposalDocumentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Which of these ids are the user's uploads for proposals of the consultation, not attached yet. */
  async attachable(
    consultationId: string,
    userId: string,
    documentIds: readonly string[],
    tx: Queryable = this.db,
  ): Promise<Set<string>> {
    // KEY SHARE: the unattached-upload cleanup locks a row before deleting it, so one of the two waits for the other.
    const found = await rows<{ id: string }>(
      tx,
      `SELECT d.id ${PENDING} AND d.id = ANY($3::uuid[]) FOR KEY SHARE OF d`,
      [consultationId, userId, documentIds],
    );
    return new Set(found.map((row) => row.id));
  }

  async pendingCount(consultationId: string, userId: string, tx: Queryable = this.db): Promise<number> {
    const found = await one<{ n: number }>(tx, `SELECT count(*)::int AS n ${PENDING}`, [consultationId, userId]);
    return found?.n ?? 0;
  }

  /** Serialises one uploader's attachment uploads in one consultation until the transaction ends. */
  async lockUploader(consultationId: string, userId: string, tx: Queryable): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      UPLOADER_LOCK_NAMESPACE,
      `${consultationId}:${userId}`,
    ]);
  }

  async countOf(proposalId: string, tx: Queryable): Promise<number> {
    const found = await one<{ n: number }>(
      tx,
      'SELECT count(*)::int AS n FROM proposal_documents WHERE proposal_id = $1',
      [proposalId],
    );
    return found?.n ?? 0;
  }

  /** Appends these, in this order, after the proposal's attachments. */
  async attach(proposalId: string, documentIds: readonly string[], tx: Queryable): Promise<void> {
    if (documentIds.length === 0) return;
    await tx.query(
      `INSERT INTO proposal_documents (proposal_id, document_id, position)
       SELECT $1, id, position::int - 1
         + (SELECT COALESCE(max(pd.position) + 1, 0) FROM proposal_documents pd WHERE pd.proposal_id = $1)
       FROM unnest($2::uuid[]) WITH ORDINALITY AS a(id, position)`,
      [proposalId, documentIds],
    );
  }

  /** The attachment of this proposal (null: not one of its attachments). */
  attachmentOf(proposalId: string, documentId: string, tx: Queryable): Promise<Document | null> {
    return one<Document>(
      tx,
      `SELECT ${DOCUMENT_COLUMNS} FROM proposal_documents pd JOIN documents d ON d.id = pd.document_id
       WHERE pd.proposal_id = $1 AND pd.document_id = $2`,
      [proposalId, documentId],
    );
  }

  /** Uploads for proposals that no proposal holds and that are older than the grace period, oldest first. */
  async unattachedOlderThan(hours: number, limit: number): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.db,
      `SELECT d.id FROM documents d
       WHERE d.kind = 'PROPOSAL_ATTACHMENT' AND d.created_at < now() - make_interval(hours => $1)
         AND NOT EXISTS (SELECT 1 FROM proposal_documents pd WHERE pd.document_id = d.id)
       ORDER BY d.created_at LIMIT $2`,
      [hours, limit],
    );
    return found.map((row) => row.id);
  }

  /**
   * Locks the upload until the transaction ends if it is still unattached;
   * false when it is gone, attached, or being attached right now (its row
   * is locked: the next run looks again). The second statement reads after
   * the lock, so it sees an attachment committed meanwhile.
   */
  async lockUnattached(documentId: string, tx: Queryable): Promise<boolean> {
    const locked = await one<{ id: string }>(
      tx,
      `SELECT id FROM documents WHERE id = $1 AND kind = 'PROPOSAL_ATTACHMENT' FOR UPDATE SKIP LOCKED`,
      [documentId],
    );
    if (!locked) return false;
    const attached = await one<{ found: boolean }>(
      tx,
      'SELECT EXISTS (SELECT 1 FROM proposal_documents WHERE document_id = $1) AS found',
      [documentId],
    );
    return !attached?.found;
  }

  /** The proposal an attachment belongs to; null while it waits to be attached. */
  async proposalIdOf(documentId: string): Promise<string | null> {
    const found = await one<{ proposalId: string }>(
      this.db,
      `SELECT proposal_id AS "proposalId" FROM proposal_documents WHERE document_id = $1 LIMIT 1`,
      [documentId],
    );
    return found?.proposalId ?? null;
  }

  /** One proposal's attachments in order, with their uploader's name, as its live event carries them. */
  attachmentsWithUploaders(proposalId: string, tx: Queryable): Promise<(Document & { uploaderName: string | null })[]> {
    return rows<Document & { uploaderName: string | null }>(
      tx,
      `SELECT ${DOCUMENT_COLUMNS}, u.display_name AS "uploaderName"
       FROM proposal_documents pd JOIN documents d ON d.id = pd.document_id LEFT JOIN users u ON u.id = d.uploaded_by
       WHERE pd.proposal_id = $1
       ORDER BY pd.position`,
      [proposalId],
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
