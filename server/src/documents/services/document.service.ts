import type { ReadStream } from 'node:fs';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Queryable } from '../../common/database/sql.js';
import { DOCUMENT_LIMITS, DocumentKind, FieldErrorCode, type LiveDocument } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { Consultation } from '../../consultations/models/consultation.model.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { ConsultationEventService } from '../../consultations/services/consultation-event.service.js';
import { DocumentKinds, type DocumentKindRules, type OwnedDocumentRules } from '../document-kinds.js';
import { canAttachDocument, canManageDocument, canReadDocument } from '../documents.policy.js';
import { documentUrl, type Document } from '../models/document.model.js';
import { DocumentRepository, type DocumentRow } from '../repositories/document.repository.js';
import { fileTypeNotAllowed } from '../upload-errors.js';
import { sanitiseFileName } from '../file-name.js';
import { detectDocumentType } from './content-type.js';
import { DocumentStorageService } from './document-storage.service.js';
import type { ReceivedUpload } from './multipart-receiver.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an upload is attached to, checked before a byte of it is stored. */
export interface UploadTarget {
  /** null for a network's document. */
  consultation: Consultation | null;
  /** The network a NETWORK document belongs to. */
  networkId: string | null;
  kind: DocumentKind;
  /** null: named after the file. */
  title: string | null;
}

export interface DocumentDownload {
  document: Document;
  stream: ReadStream;
  sizeBytes: number;
}

export function toLiveDocument(document: Document): LiveDocument {
  return {
    id: document.id,
    title: document.title,
    fileName: document.fileName,
    mimeType: document.mimeType,
    sizeBytes: document.sizeBytes,
    url: documentUrl(document),
    uploadedAt: new Date(document.uploadedAt).toISOString(),
    uploaderId: document.uploaderId,
  };
}

/**
 * Documents attached to consultations: storing an upload (file first, then
 * the row, and never one without the other), listing, renaming, removing and
 * serving them. Each change is one transaction that also records the
 * consultation's live event, published after commit.
 */
@Injectable()
export class DocumentService {
  private readonly logger = new Logger('Documents');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentRepository,
    private readonly storage: DocumentStorageService,
    private readonly consultations: ConsultationService,
    private readonly events: ConsultationEventService,
    private readonly kinds: DocumentKinds,
  ) {}

  /**
   * Checks the form's fields sent before the file: where it goes, what it is
   * for (`kind`: a consultation's document unless said otherwise, a
   * network's when `networkId` names one), who sends it, its title.
   */
  async uploadTarget(viewer: Viewer, fields: ReadonlyMap<string, string>): Promise<UploadTarget> {
    requireUser(viewer);
    const title = fields.get('title')?.trim() || null;
    if (title && title.length > DOCUMENT_LIMITS.titleMax) {
      throw DomainError.badInput([
        { field: 'title', code: FieldErrorCode.TOO_LONG, params: { max: DOCUMENT_LIMITS.titleMax } },
      ]);
    }
    const networkId = fields.get('networkId')?.trim();
    const consultationId = fields.get('consultationId')?.trim();
    if (networkId && consultationId) {
      // A document has one owner; guessing which one was meant could file it where nobody expects it.
      throw DomainError.badInput([{ field: 'networkId', code: FieldErrorCode.INVALID }]);
    }
    if (networkId) return this.networkTarget(viewer, networkId, fields.get('kind')?.trim(), title);
    if (!consultationId) throw DomainError.badInput([{ field: 'consultationId', code: FieldErrorCode.REQUIRED }]);
    if (!UUID.test(consultationId))
      throw DomainError.badInput([{ field: 'consultationId', code: FieldErrorCode.INVALID }]);
    const kind = fields.get('kind')?.trim() || DocumentKind.CONSULTATION;
    if (!Object.hasOwn(DocumentKind, kind))
      throw DomainError.badInput([{ field: 'kind', code: FieldErrorCode.INVALID }]);
    const consultation = await this.consultations.getVisible(viewer, consultationId);
    if (kind === DocumentKind.CONSULTATION) {
      requireAccess(
        canAttachDocument(viewer, consultation),
        'Only officials of the consultation’s municipality can attach documents.',
      );
    } else {
      await this.rulesOf(kind as DocumentKind).beforeUpload(viewer, consultation);
    }
    return { consultation, networkId: null, kind: kind as DocumentKind, title };
  }

  private async networkTarget(
    viewer: Viewer & { userId: string },
    networkId: string,
    kind: string | undefined,
    title: string | null,
  ): Promise<UploadTarget> {
    if (kind && kind !== DocumentKind.NETWORK) {
      throw DomainError.badInput([{ field: 'kind', code: FieldErrorCode.INVALID }]);
    }
    if (!UUID.test(networkId)) throw DomainError.badInput([{ field: 'networkId', code: FieldErrorCode.INVALID }]);
    await this.networkRules().beforeUpload(viewer, networkId);
    return { consultation: null, networkId, kind: DocumentKind.NETWORK, title };
  }

  /**
   * Judges the received file by its content, moves it into place and records
   * it. Whatever fails, the temporary file is gone afterwards, and the stored
   * file too unless another document has the same bytes.
   */
  async storeUpload(viewer: Viewer, target: UploadTarget, upload: ReceivedUpload): Promise<Document> {
    requireUser(viewer);
    try {
      const fileName = sanitiseFileName(upload.fileName);
      const type = await detectDocumentType(upload.tempPath, fileName, upload.isText);
      if (!type.allowed) throw fileTypeNotAllowed(type.detected);
      return await this.insert(viewer, target, upload, fileName, type.mimeType);
    } finally {
      await this.storage.discard(upload.tempPath);
    }
  }

  private async insert(
    viewer: Viewer & { userId: string },
    target: UploadTarget,
    upload: ReceivedUpload,
    fileName: string,
    mimeType: string,
  ): Promise<Document> {
    let moved = false;
    try {
      const { document, event } = await this.db.transaction(async (tx) => {
        if (target.consultation && target.kind !== DocumentKind.CONSULTATION) {
          await this.rulesOf(target.kind).beforeInsert(viewer, target.consultation, tx);
        }
        await this.documents.lockFile(upload.sha256, tx);
        await this.storage.commit(upload.tempPath, upload.sha256);
        moved = true;
        const document = await this.documents.insert(
          {
            municipalityId: target.consultation?.municipalityId ?? null,
            consultationId: target.consultation?.id ?? null,
            networkId: target.networkId,
            title: target.title ?? titleFromFileName(fileName),
            fileName,
            mimeType,
            sizeBytes: upload.sizeBytes,
            sha256: upload.sha256,
            uploadedBy: viewer.userId,
            kind: target.kind,
          },
          tx,
        );
        // Only official documents go to the consultation's live document list.
        if (target.kind !== DocumentKind.CONSULTATION || !target.consultation) return { document, event: null };
        const event = await this.events.record(tx, target.consultation.id, {
          kind: 'document.added',
          document: toLiveDocument(document),
        });
        return { document, event };
      });
      if (event) this.events.publish([event]);
      return document;
    } catch (error) {
      if (moved) await this.removeFileIfUnreferenced(upload.sha256);
      throw error;
    }
  }

  async listForConsultation(
    viewer: Viewer,
    consultationId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<Document>> {
    await this.readableConsultation(viewer, consultationId);
    const cursor = decodeCursor(after);
    const found = await this.documents.pageOfConsultation(consultationId, first + 1, cursor);
    return toConnection(found, first, (row) => [row.cursorAt, row.id]);
  }

  /** A network's documents, newest first; the networks feature has checked that the viewer may read them. */
  async listForNetwork(networkId: string, first: number, after?: string | null): Promise<ConnectionShape<Document>> {
    const found = await this.documents.pageOfNetwork(networkId, first + 1, decodeCursor(after));
    return toConnection(found, first, (row) => [row.cursorAt, row.id]);
  }

  async rename(viewer: Viewer, documentId: string, title: string): Promise<Document> {
    const { document, event } = await this.db.transaction(async (tx) => {
      const current = await this.manageable(viewer, documentId, tx);
      if (current.title === title) return { document: current, event: null };
      const document = (await this.documents.rename(current.id, title, tx))!;
      if (!current.consultationId) return { document, event: null };
      const event = await this.events.record(tx, current.consultationId, {
        kind: 'document.renamed',
        document: toLiveDocument(document),
      });
      return { document, event };
    });
    if (event) this.events.publish([event]);
    return document;
  }

  /** Removes the row and, when no other document has the same bytes, the file. */
  async delete(viewer: Viewer, documentId: string): Promise<Document> {
    const { document, event } = await this.db.transaction(async (tx) => {
      const current = await this.manageable(viewer, documentId, tx);
      await this.documents.lockFile(current.sha256, tx);
      await this.documents.delete(current.id, tx);
      const event = current.consultationId
        ? await this.events.record(tx, current.consultationId, { kind: 'document.removed', documentId: current.id })
        : null;
      // Still under the file's lock: no upload of the same bytes can reference it meanwhile.
      if (!(await this.documents.isFileReferenced(current.sha256, tx))) await this.storage.remove(current.sha256);
      return { document: current, event };
    });
    if (event) this.events.publish([event]);
    return document;
  }

  /** The file of a document the viewer may read; NOT_FOUND for a document they may not see. */
  async download(viewer: Viewer, documentId: string): Promise<DocumentDownload> {
    const document = await this.documents.byId(documentId);
    if (!document || !(await this.mayRead(viewer, document))) throw DomainError.notFound('The document');
    const file = await this.storage.open(document.sha256);
    if (!file) {
      this.logger.error(
        `The file of document ${document.id} (${document.sha256}) is missing from the upload directory`,
      );
      throw DomainError.notFound('The document’s file');
    }
    return { document, stream: file.stream, sizeBytes: file.size };
  }

  private async mayRead(viewer: Viewer, document: Document): Promise<boolean> {
    if (document.kind === DocumentKind.NETWORK) return this.networkRules().canRead(viewer, document);
    if (!document.consultationId) return false;
    const consultation = await this.consultations.get(document.consultationId);
    if (!canReadDocument(viewer, consultation)) return false;
    if (document.kind === DocumentKind.CONSULTATION) return true;
    const rules = this.kinds.rulesOf(document.kind);
    return rules !== null && (await rules.canRead(viewer, document));
  }

  private networkRules(): OwnedDocumentRules {
    const rules = this.kinds.ownedRulesOf(DocumentKind.NETWORK);
    if (!rules) throw DomainError.badInput([{ field: 'networkId', code: FieldErrorCode.INVALID }]);
    return rules;
  }

  private rulesOf(kind: DocumentKind): DocumentKindRules {
    const rules = this.kinds.rulesOf(kind);
    if (!rules) throw DomainError.badInput([{ field: 'kind', code: FieldErrorCode.INVALID }]);
    return rules;
  }

  private async readableConsultation(viewer: Viewer, consultationId: string): Promise<Consultation> {
    const consultation = await this.consultations.get(consultationId);
    if (!canReadDocument(viewer, consultation)) throw DomainError.notFound('The consultation');
    return consultation;
  }

  private async manageable(viewer: Viewer, documentId: string, tx: Queryable): Promise<DocumentRow> {
    requireUser(viewer);
    const document = await this.documents.lock(documentId, tx);
    if (document?.kind === DocumentKind.NETWORK) {
      const rules = this.networkRules();
      if (!(await rules.canRead(viewer, document))) throw DomainError.notFound('The document');
      requireAccess(
        await rules.canManage(viewer, document),
        'Only the network’s coordinators can change its documents.',
      );
      return document;
    }
    // Attachments are changed through what they are attached to, by its rules.
    if (!document?.consultationId || document.kind !== DocumentKind.CONSULTATION) {
      throw DomainError.notFound('The document');
    }
    const consultation = await this.consultations.get(document.consultationId, tx);
    if (!canReadDocument(viewer, consultation)) throw DomainError.notFound('The document');
    requireAccess(
      canManageDocument(viewer, consultation),
      'Only officials of the consultation’s municipality can change its documents.',
    );
    return document;
  }

  /**
   * Deletes an attachment's row in the caller's transaction (whose rules
   * allowed it); its file goes with `removeFileIfUnreferenced` after commit.
   */
  async deleteAttachment(documentId: string, tx: Queryable): Promise<{ id: string; sha256: string } | null> {
    return this.documents.delete(documentId, tx);
  }

  /** Removes a file no document references any more; logs instead of throwing, as the change it follows is done. */
  async removeFileIfUnreferenced(sha256: string): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        await this.documents.lockFile(sha256, tx);
        if (!(await this.documents.isFileReferenced(sha256, tx))) await this.storage.remove(sha256);
      });
    } catch (error) {
      this.logger.error(`Could not remove the unreferenced file ${sha256}: ${String(error)}`);
    }
  }
}

/** "Założenia strategii.pdf" → "Założenia strategii". */
function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = (dot > 0 ? fileName.slice(0, dot) : fileName).trim() || fileName;
  return base.slice(0, DOCUMENT_LIMITS.titleMax);
}
