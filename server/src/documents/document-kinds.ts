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

/** Where a feature registers the rules of its kind of document (from its own module's `onModuleInit`). */
@Injectable()
export class DocumentKinds {
  private readonly kinds = new Map<DocumentKind, DocumentKindRules>();

  register(kind: DocumentKind, rules: DocumentKindRules): void {
    if (kind === DocumentKind.CONSULTATION) throw new Error('Consultation documents follow the documents policy');
    if (this.kinds.has(kind)) throw new Error(`Rules for ${kind} documents are already registered`);
    this.kinds.set(kind, rules);
  }

  /** The rules of a kind; a kind nobody registered cannot be uploaded or read. */
  rulesOf(kind: DocumentKind): DocumentKindRules | null {
    return this.kinds.get(kind) ?? null;
  }
}
