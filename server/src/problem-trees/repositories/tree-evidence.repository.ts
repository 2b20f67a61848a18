import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConsultationStatus } from '@ratusz/shared';
import { groupByKeys, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { Document } from '../../documents/models/document.model.js';
import type { ForumPost } from '../../forum/models/forum.model.js';
import { POST_COLUMNS } from '../../forum/repositories/post.repository.js';
import type { ProblemTreeEvidence } from '../models/problem-tree-evidence.model.js';

const EVIDENCE_COLUMNS = `e.id, e.node_id AS "nodeId", e.post_id AS "postId", e.document_id AS "documentId"`;

// The documents' own column list (documents/repositories/document.repository.ts), for evidence pointing at them.
const DOCUMENT_COLUMNS = `d.id, d.title, d.file_name AS "fileName", d.mime_type AS "mimeType",
  d.size_bytes::float8 AS "sizeBytes", d.created_at AS "uploadedAt",
  d.consultation_id AS "consultationId", d.meeting_id AS "meetingId", d.network_id AS "networkId",
  d.municipality_id AS "municipalityId", d.uploaded_by AS "uploaderId", d.sha256`;

/** Whether a document may be linked: it exists, and the consultation it belongs to (if any) as policies judge it. */
export interface DocumentScope {
  id: string;
  consultationMunicipalityId: string | null;
  consultationStatus: ConsultationStatus | null;
}

export type EvidencePost = ForumPost & { municipalityId: string | null };

@Injectable()
export class TreeEvidenceRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each node's evidence, oldest first (DataLoader batch). */
  async ofNodes(nodeIds: readonly string[], tx: Queryable = this.db): Promise<ProblemTreeEvidence[][]> {
    const found = await rows<ProblemTreeEvidence>(
      tx,
      `SELECT ${EVIDENCE_COLUMNS} FROM problem_tree_evidence e WHERE e.node_id = ANY($1::uuid[])
       ORDER BY e.node_id, e.created_at, e.id`,
      [nodeIds],
    );
    return groupByKeys(nodeIds, found, (evidence) => evidence.nodeId);
  }

  byId(id: string): Promise<ProblemTreeEvidence | null> {
    return one<ProblemTreeEvidence>(
      this.db,
      `SELECT ${EVIDENCE_COLUMNS} FROM problem_tree_evidence e WHERE e.id = $1`,
      [id],
    );
  }

  /** Null when the node already had this evidence. */
  async insert(
    values: { nodeId: string; postId: string | null; documentId: string | null; addedBy: string },
    tx: Queryable,
  ): Promise<string | null> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO problem_tree_evidence (node_id, post_id, document_id, added_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [values.nodeId, values.postId, values.documentId, values.addedBy],
    );
    return inserted?.id ?? null;
  }

  async delete(id: string, tx: Queryable): Promise<boolean> {
    return (
      (await returningOne<{ id: string }>(tx, 'DELETE FROM problem_tree_evidence WHERE id = $1 RETURNING id', [id])) !==
      null
    );
  }

  /** A post that exists, was not deleted, and everyone reads: neither hidden by a moderator nor held for approval. */
  async citablePostExists(postId: string, tx: Queryable): Promise<boolean> {
    return (
      (await one(
        tx,
        'SELECT 1 FROM forum_posts WHERE id = $1 AND deleted_at IS NULL AND hidden_at IS NULL AND held_at IS NULL',
        [postId],
      )) !== null
    );
  }

  documentScope(documentId: string, tx: Queryable): Promise<DocumentScope | null> {
    return one<DocumentScope>(
      tx,
      `SELECT d.id, c.municipality_id AS "consultationMunicipalityId", c.status AS "consultationStatus"
       FROM documents d LEFT JOIN consultations c ON c.id = d.consultation_id
       WHERE d.id = $1 AND d.kind = 'CONSULTATION'`,
      [documentId],
    );
  }

  /** With the municipality of the post's category, whose moderators still read it while it is held. */
  async postsByIds(ids: readonly string[]): Promise<(EvidencePost | null)[]> {
    const found = await rows<EvidencePost>(
      this.db,
      `SELECT ${POST_COLUMNS}, c.municipality_id AS "municipalityId"
       FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id JOIN forum_categories c ON c.id = t.category_id
       WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (post) => post.id, null);
  }

  async documentsByIds(ids: readonly string[]): Promise<(Document | null)[]> {
    const found = await rows<Document>(
      this.db,
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (document) => document.id, null);
  }
}
