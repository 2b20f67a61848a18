import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetAfter, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { DocumentKind } from '@ratusz/shared';
import type { CursorKey } from '../../common/pagination/cursor.js';
import type { Document } from '../models/document.model.js';

const DOCUMENT_COLUMNS = `d.id, d.title, d.file_name AS "fileName", d.mime_type AS "mimeType",
  d.size_bytes::float8 AS "sizeBytes", d.created_at AS "uploadedAt", d.created_at::text AS "cursorAt",
  d.consultation_id AS "consultationId", d.meeting_id AS "meetingId", d.network_id AS "networkId",
  d.municipality_id AS "municipalityId", d.uploaded_by AS "uploaderId", d.sha256, d.kind`;

/** A document row with the exact creation time a keyset cursor needs (a Date would lose the microseconds). */
export type DocumentRow = Document & { cursorAt: string };

export interface NewDocument {
  municipalityId: string | null;
  consultationId: string | null;
  networkId: string | null;
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  kind: DocumentKind;
}

/** Two-key advisory locks in their own namespace, apart from the migrations' single-key lock. */
const FILE_LOCK_NAMESPACE = 0x646f6373; // "docs"

@Injectable()
export class DocumentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byId(id: string, tx: Queryable = this.db): Promise<DocumentRow | null> {
    return one<DocumentRow>(tx, `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1`, [id]);
  }

  /** The consultation's official documents (not its proposals' attachments), newest first; `limit` is `first + 1`. */
  pageOfConsultation(consultationId: string, limit: number, after: CursorKey | null): Promise<DocumentRow[]> {
    return this.pageOf(`d.consultation_id = $1 AND d.kind = 'CONSULTATION'`, consultationId, limit, after);
  }

  /** A network's documents, newest first; `limit` is `first + 1`. */
  pageOfNetwork(networkId: string, limit: number, after: CursorKey | null): Promise<DocumentRow[]> {
    return this.pageOf(`d.network_id = $1 AND d.kind = 'NETWORK'`, networkId, limit, after);
  }

  /** `owner` is a condition on `$1`, the owner's id. */
  private pageOf(owner: string, ownerId: string, limit: number, after: CursorKey | null): Promise<DocumentRow[]> {
    const params: unknown[] = [ownerId, limit];
    const afterCursor = after
      ? ` AND ${keysetAfter(
          [
            { sql: 'd.created_at', cast: 'timestamptz' },
            { sql: 'd.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        )}`
      : '';
    return rows<DocumentRow>(
      this.db,
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE ${owner}${afterCursor}
       ORDER BY d.created_at DESC, d.id DESC LIMIT $2`,
      params,
    );
  }

  async insert(values: NewDocument, tx: Queryable): Promise<DocumentRow> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO documents (municipality_id, consultation_id, title, file_name, mime_type, size_bytes, sha256, uploaded_by,
         kind, network_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        values.municipalityId,
        values.consultationId,
        values.title,
        values.fileName,
        values.mimeType,
        values.sizeBytes,
        values.sha256,
        values.uploadedBy,
        values.kind,
        values.networkId,
      ],
    );
    return (await this.byId(inserted!.id, tx))!;
  }

  async rename(id: string, title: string, tx: Queryable): Promise<DocumentRow | null> {
    await tx.query('UPDATE documents SET title = $2 WHERE id = $1', [id, title]);
    return this.byId(id, tx);
  }

  /** The removed row, or null when it was already gone. */
  delete(id: string, tx: Queryable): Promise<{ id: string; sha256: string } | null> {
    return returningOne<{ id: string; sha256: string }>(
      tx,
      'DELETE FROM documents WHERE id = $1 RETURNING id, sha256',
      [id],
    );
  }

  /** Row-locks the document until the transaction ends. */
  lock(id: string, tx: Queryable): Promise<DocumentRow | null> {
    return one<DocumentRow>(tx, `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1 FOR UPDATE`, [id]);
  }

  /**
   * Serialises everything that creates or removes the file of one hash until
   * the transaction ends, so a delete never unlinks a file an upload of the
   * same bytes has just referenced.
   */
  async lockFile(sha256: string, tx: Queryable): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [FILE_LOCK_NAMESPACE, sha256]);
  }

  async isFileReferenced(sha256: string, tx: Queryable): Promise<boolean> {
    const found = await one<{ found: boolean }>(
      tx,
      'SELECT EXISTS (SELECT 1 FROM documents WHERE sha256 = $1) AS found',
      [sha256],
    );
    return found?.found ?? false;
  }
}
