import { Injectable } from '@nestjs/common';
import { DocumentKind } from '@ratusz/shared';
import type { Queryable } from '../common/database/sql.js';
import type { Viewer } from '../common/policy/viewer.js';
import type { Consultation } from '../consultations/models/consultation.model.js';
import type { Document } from './models/document.model.js';

/**
 * The rules of a kind of document other than a consultation's own, kept by
 * the feature it belongs to (proposal attachments: the proposals feature),
 * so the documents feature stores and serves them without knowing that
 * feature's tables or policy.
 */
export interface DocumentKindRules {
  /** Before a byte is stored: throws unless the viewer may upload one into this consultation now. */
  beforeUpload(viewer: Viewer & { userId: string }, consultation: Consultation): Promise<void>;
  /** In the transaction that records it: the same limits again, now that concurrent uploads are serialised. */
  beforeInsert(viewer: Viewer & { userId: string }, consultation: Consultation, tx: Queryable): Promise<void>;
  /** Whether the viewer may download it (the consultation is readable to them already). */
  canRead(viewer: Viewer, document: Document): Promise<boolean>;
}

/**
 * The rules of a kind of document that belongs to something other than a
 * consultation (a network's documents: the networks feature), uploaded with
 * that owner's id in the form instead of `consultationId`.
 */
export interface OwnedDocumentRules {
  /** Before a byte is stored: throws (NOT_FOUND when they may not see the owner) unless the viewer may upload. */
  beforeUpload(viewer: Viewer & { userId: string }, ownerId: string): Promise<void>;
  /** Whether the viewer may download it. */
  canRead(viewer: Viewer, document: Document): Promise<boolean>;
  /** Whether the viewer may rename or remove it (asked only of those who may read it). */
  canManage(viewer: Viewer, document: Document): Promise<boolean>;
}

/** Where a feature registers the rules of its kind of document (from its own module's `onModuleInit`). */
@Injectable()
export class DocumentKinds {
  private readonly kinds = new Map<DocumentKind, DocumentKindRules>();
  private readonly owned = new Map<DocumentKind, OwnedDocumentRules>();

  register(kind: DocumentKind, rules: DocumentKindRules): void {
    if (kind === DocumentKind.CONSULTATION) throw new Error('Consultation documents follow the documents policy');
    if (this.kinds.has(kind)) throw new Error(`Rules for ${kind} documents are already registered`);
    this.kinds.set(kind, rules);
  }

  registerOwned(kind: typeof DocumentKind.NETWORK, rules: OwnedDocumentRules): void {
    if (this.owned.has(kind)) throw new Error(`Rules for ${kind} documents are already registered`);
    this.owned.set(kind, rules);
  }

  /** The rules of an owned kind; none registered: such documents cannot be uploaded or read. */
  ownedRulesOf(kind: typeof DocumentKind.NETWORK): OwnedDocumentRules | null {
    return this.owned.get(kind) ?? null;
  }

  /** The rules of a kind; a kind nobody registered cannot be uploaded or read. */
  rulesOf(kind: DocumentKind): DocumentKindRules | null {
    return this.kinds.get(kind) ?? null;
  }
}
