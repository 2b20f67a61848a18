import { Injectable } from '@nestjs/common';
import { ConsultationStatus, type ConsultationEvent } from '@ratusz/shared';
import type { Queryable } from '../../common/database/sql.js';
import type { Viewer } from '../../common/policy/viewer.js';
import { canSeeHiddenContent } from '../../moderation/moderation.policy.js';
import { RealtimeService } from '../../realtime/realtime.service.js';
import type { ConsultationEventRecord } from '../models/consultation-event-record.model.js';
import { ConsultationEventRepository } from '../repositories/consultation-event.repository.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before it is numbered. */
export type NewConsultationEvent = DistributiveOmit<ConsultationEvent, 'seq' | 'consultationId'>;

/** At most this many missed events are replayed in one call; a client further behind reloads the page. */
export const MAX_CONSULTATION_REPLAY = 500;

function consultationRoom(consultationId: string): `consultation:${string}` {
  return `consultation:${consultationId}`;
}

/**
 * Numbers and stores every consultation change inside the transaction that
 * makes it, and pushes it only after commit, so a client never sees an event
 * whose data a re-read would not find, and `seq` has no gaps. Every feature
 * living in a consultation (meetings, documents, drafts) records its events
 * here, so a client follows one room and one sequence per consultation.
 */
@Injectable()
export class ConsultationEventService {
  /**
   * Events of unpublished consultations are numbered and kept (so the
   * sequence stays whole) but never pushed: the room is public.
   */
  private readonly unpublished = new WeakSet<ConsultationEvent>();

  constructor(
    private readonly repository: ConsultationEventRepository,
    private readonly realtime: RealtimeService,
  ) {}

  /** Call inside the writing transaction; it locks the consultation row until commit. */
  async record(tx: Queryable, consultationId: string, event: NewConsultationEvent): Promise<ConsultationEvent> {
    const { seq, status } = await this.repository.nextSeq<{ status: ConsultationStatus }>(consultationId, tx, [
      'status',
    ]);
    const full = { ...event, consultationId, seq } as ConsultationEvent;
    await this.repository.insert(consultationId, { seq, kind: full.kind, payload: JSON.stringify(full) }, tx);
    if (status !== ConsultationStatus.PUBLISHED) this.unpublished.add(full);
    return full;
  }

  /** Call after the recording transaction committed. */
  publish(events: readonly ConsultationEvent[]): void {
    for (const event of events) {
      if (this.unpublished.has(event)) continue;
      this.realtime.emitToRoom(consultationRoom(event.consultationId), 'consultation.event', event);
    }
  }

  /**
   * As `since`, for this reader: events recorded before a moderator hid a
   * proposal still carry its title (and text), which a reader who may not see
   * it goes without. The caller has checked that the viewer may see the consultation.
   */
  async sinceFor(
    viewer: Viewer,
    consultation: { id: string; municipalityId: string },
    afterSeq: number,
  ): Promise<ConsultationEventRecord[]> {
    const records = await this.since(consultation.id, afterSeq);
    if (records.length === 0) return records;
    const { municipalityId } = consultation;
    const hidden = await this.repository.hiddenProposals(consultation.id);
    const withheld = new Set(
      hidden.filter((proposal) => !canSeeHiddenContent(viewer, { ...proposal, municipalityId })).map((p) => p.id),
    );
    if (withheld.size === 0) return records;
    return records.map((record) => {
      const event = JSON.parse(record.payload) as { proposal?: { id: string }; bodyHtml?: string };
      if (!event.proposal || !withheld.has(event.proposal.id)) return record;
      const redacted = {
        ...event,
        proposal: { ...event.proposal, title: null },
        ...(event.bodyHtml === undefined ? {} : { bodyHtml: '' }),
      };
      return { ...record, payload: JSON.stringify(redacted) };
    });
  }

  /** The caller has checked that the viewer may see the consultation. */
  since(consultationId: string, afterSeq: number, limit = MAX_CONSULTATION_REPLAY): Promise<ConsultationEventRecord[]> {
    return this.repository.since(consultationId, afterSeq, Math.min(limit, MAX_CONSULTATION_REPLAY));
  }
}
