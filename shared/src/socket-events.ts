import type { ConsultationPhaseKind, ConsultationStatus } from './consultations.js';
import type { SessionEndReason, Stance } from './domain.js';
import type { MeetingEventPayloads, MunicipalityMeetingEvent } from './meetings.js';
import type { ModerationQueueChangedPayload } from './moderation.js';
import type { NotificationsUnreadPayload } from './notifications.js';
import type { ProblemTreeEvent } from './problem-trees.js';
import type { ProposalEventPayloads } from './proposals.js';

/**
 * The one definition of what travels over socket.io. Server gateways and the
 * client socket are both typed with these maps, so an event renamed here breaks
 * the build on both sides instead of silently going unheard.
 */

/** Rooms anyone (even anonymous sockets) may join. */
export type PublicRoom =
  | `municipality:${string}`
  | `category:${string}`
  | `thread:${string}`
  | `consultation:${string}`
  | `problemTree:${string}`
  /** Guarded: the municipality's moderators and officials only. */
  | `moderation:${string}`;

const PUBLIC_ROOM_PATTERN = /^(municipality|category|thread|consultation|problemTree|moderation):[0-9a-f-]{1,64}$/;

export function isPublicRoom(room: string): room is PublicRoom {
  return PUBLIC_ROOM_PATTERN.test(room);
}

export interface PresencePayload {
  room: PublicRoom;
  /** Distinct sockets in the room across all server instances. */
  count: number;
}

export interface SessionRevokedPayload {
  /** Why the session ended, so the client can say it in the user's language. */
  reason: SessionEndReason;
}

export interface RoomAck {
  ok: boolean;
  error?: 'FORBIDDEN' | 'INVALID_ROOM';
}

/** "On behalf of" as pushed live: the fields of the GraphQL `Organisation` a post's author label shows. */
export interface LiveOrganisationBadge {
  id: string;
  name: string;
  verified: boolean;
}

/** A post as pushed live; the same fields as the GraphQL `ForumPost` the client caches. */
export interface LivePost {
  id: string;
  threadId: string;
  parentId: string | null;
  number: number;
  depth: number;
  path: string;
  authorId: string | null;
  bodyHtml: string | null;
  bodySource: string | null;
  /** Why a moderator hid the post (bodyHtml and bodySource are then null). */
  hiddenReason: string | null;
  quotedPostId: string | null;
  deleted: boolean;
  stance: Stance | null;
  score: number;
  replyCount: number;
  createdAt: string;
  editedAt: string | null;
  /** The organisation it was written on behalf of (shown as "Name (Organisation)"). */
  organisation: LiveOrganisationBadge | null;
}

/**
 * Everything that changes a thread, numbered by a per-thread sequence. A
 * client remembers the last `seq` it applied and, after a reconnect, asks
 * `threadEvents(threadId, afterSeq)` for the ones it missed.
 */
export type ThreadEvent =
  | { kind: 'post.created'; threadId: string; seq: number; post: LivePost }
  | { kind: 'post.edited'; threadId: string; seq: number; post: LivePost }
  | { kind: 'post.deleted'; threadId: string; seq: number; post: LivePost }
  | { kind: 'reaction.changed'; threadId: string; seq: number; postId: string; score: number }
  | {
      kind: 'thread.updated';
      threadId: string;
      seq: number;
      /** Null while a moderator hides the thread (the room is public): keep the title you have. */
      title: string | null;
      pinned: boolean;
      locked: boolean;
    };

/** Thread lists: a thread appeared or changed (new reply, pinned, locked) in a category. */
export interface CategoryThreadPayload {
  categoryId: string;
  threadId: string;
  kind: 'thread.created' | 'thread.updated';
}

/** A consultation as pushed live; the same fields as the GraphQL `Consultation` the client caches. */
export interface LiveConsultation {
  id: string;
  slug: string;
  title: string;
  status: ConsultationStatus;
  summaryHtml: string;
  goalHtml: string;
  phases: { kind: ConsultationPhaseKind; startsOn: string; endsOn: string }[];
}

/** A document as pushed live; the same fields as the GraphQL `Document` the client caches. */
export interface LiveDocument {
  id: string;
  title: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  url: string;
  uploadedAt: string;
  uploaderId: string | null;
}

/** A proposal's attachment as pushed live: a document with its uploader's name, as the proposal page shows it. */
export interface LiveAttachment extends LiveDocument {
  uploaderName: string | null;
}

/** A draft version as pushed live; the same fields as the GraphQL `Draft` the client caches. */
export interface LiveDraft {
  id: string;
  consultationId: string;
  version: number;
  title: string;
  paragraphCount: number;
  createdAt: string;
}

/**
 * The payload of each consultation event kind. Features that live inside a
 * consultation (meetings, documents, drafts…) add their kinds here, one line
 * each; `ConsultationEvent` picks them up.
 */
export interface ConsultationEventPayloads {
  /** Title, texts, status or timeline changed. */
  'consultation.updated': { consultation: LiveConsultation };
  /** The current phase changed: its dates came, or the organiser moved on early. */
  'consultation.phaseChanged': {
    phase: ConsultationPhaseKind | null;
    previousPhase: ConsultationPhaseKind | null;
    advancedEarly: boolean;
  };
  /** An official attached a document. */
  'document.added': { document: LiveDocument };
  /** A document's title changed. */
  'document.renamed': { document: LiveDocument };
  'document.removed': { documentId: string };
  /** A new version of the draft document was published. */
  'draft.published': { draft: LiveDraft };
  /** A comment (or an official answer to one) was posted on a draft paragraph; the counts are the new totals. */
  'paragraph.commented': {
    draftId: string;
    paragraphId: string;
    paragraphNumber: number;
    threadId: string;
    postId: string;
    officialAnswer: boolean;
    commentCount: number;
    answeredCount: number;
  };
  'meeting.created': MeetingEventPayloads['meeting.created'];
  'meeting.updated': MeetingEventPayloads['meeting.updated'];
  'meeting.registrationsChanged': MeetingEventPayloads['meeting.registrationsChanged'];
  /** The ballot was configured or its options changed (the client refetches it). */
  'ballot.updated': { ballotId: string };
  /** Ballots were cast: the new counts. Coalesced on the server (at most one per ballot every 250 ms). */
  'ballot.cast': { ballotId: string; ballotsCast: number; paperBallots: number };
  /** Live results changed (LIVE ballots only; the client refetches them). */
  'ballot.results': { ballotId: string };
  'proposal.submitted': ProposalEventPayloads['proposal.submitted'];
  'proposal.updated': ProposalEventPayloads['proposal.updated'];
  'proposal.supportChanged': ProposalEventPayloads['proposal.supportChanged'];
  /** Files were attached to a proposal or removed: its whole list now, in order (not pushed while it is hidden). */
  'proposal.attachmentsChanged': { proposalId: string; attachments: LiveAttachment[] };
  'proposal.hidden': ProposalEventPayloads['proposal.hidden'];
  'proposal.restored': ProposalEventPayloads['proposal.restored'];
  'proposal.moderatorEdited': ProposalEventPayloads['proposal.moderatorEdited'];
  /** The organiser generated (a new version of) the consultation's report. */
  'report.generated': { report: { id: string; version: number; generatedAt: string } };
}

export type ConsultationEventKind = keyof ConsultationEventPayloads;

/**
 * Everything that happens in a consultation, numbered by a per-consultation
 * sequence. A client remembers the last `seq` it applied and, after a
 * reconnect, asks `consultationEvents(consultationId, afterSeq)` for the rest.
 */
export type ConsultationEvent = {
  [K in ConsultationEventKind]: { kind: K; consultationId: string; seq: number } & ConsultationEventPayloads[K];
}[ConsultationEventKind];

export interface ServerToClientEvents {
  'room.presence': (payload: PresencePayload) => void;
  'session.revoked': (payload: SessionRevokedPayload) => void;
  /**
   * A thread's events in `seq` order, several to a message when the thread is busy (the server sends at most one
   * batch per room every few tens of milliseconds).
   */
  'thread.events': (payload: ThreadEvent[]) => void;
  'category.thread': (payload: CategoryThreadPayload) => void;
  'consultation.event': (payload: ConsultationEvent) => void;
  /** A meeting of the municipality outside any consultation was scheduled or changed (no sequence). */
  'municipality.meeting': (payload: MunicipalityMeetingEvent) => void;
  /** A change to a problem tree, in the room `problemTree:<id>`, numbered per tree. */
  'problemTree.event': (payload: ProblemTreeEvent) => void;
  /** The viewer's unread notification count changed; only to the room `user:<id>`. */
  'notifications.unread': (payload: NotificationsUnreadPayload) => void;
  /** The moderation queue of the room `moderation:<municipalityId>` changed (a flag, a decision). */
  'moderation.queue': (payload: ModerationQueueChangedPayload) => void;
}

/** One event of E as a listener handles it: the payload, or one item of a list (`thread.events`). */
export type SocketEventItem<E extends keyof ServerToClientEvents> = Parameters<
  ServerToClientEvents[E]
>[0] extends readonly (infer T)[]
  ? T
  : Parameters<ServerToClientEvents[E]>[0];

export interface ClientToServerEvents {
  'room.join': (payload: { room: string }, ack: (result: RoomAck) => void) => void;
  'room.leave': (payload: { room: string }, ack: (result: RoomAck) => void) => void;
}

/** Per-socket data the server attaches after authenticating the handshake. */
export interface SocketData {
  userId: string | null;
  sessionId: string | null;
}

export const SOCKET_PATH = '/socket.io';
