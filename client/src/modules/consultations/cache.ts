import type { ApolloCache } from '@apollo/client';
import { allowedActions, type ConsultationEvent, type LiveConsultation } from '@ratusz/shared';
import { ConsultationDetailsFragmentDoc, type ConsultationDetailsFragment } from '../../gql/graphql';

function cachedConsultation(cache: ApolloCache, id: string): ConsultationDetailsFragment | null {
  return cache.readFragment({
    fragment: ConsultationDetailsFragmentDoc,
    fragmentName: 'ConsultationDetails',
    id: cache.identify({ __typename: 'Consultation', id }),
  });
}

/** Whether the pushed timeline differs from the cached one (kinds, order or dates). */
function timelineDiffers(
  cached: readonly { kind: string; startsOn: string; endsOn: string }[],
  live: LiveConsultation['phases'],
): boolean {
  return (
    cached.length !== live.length ||
    cached.some(
      (phase, index) =>
        phase.kind !== live[index].kind ||
        phase.startsOn !== live[index].startsOn ||
        phase.endsOn !== live[index].endsOn,
    )
  );
}

/**
 * Applies one consultation event to the cached consultation. Returns true when
 * the cache cannot be brought up to date from the event alone (a new timeline:
 * its phases' ids and the current phase are the server's), so the caller
 * refetches. Kinds other features own (documents, drafts, meetings) are left to
 * their own listeners.
 */
export function applyConsultationEvent(cache: ApolloCache, event: ConsultationEvent): boolean {
  const id = cache.identify({ __typename: 'Consultation', id: event.consultationId });
  switch (event.kind) {
    case 'consultation.updated': {
      const live = event.consultation;
      const cached = cachedConsultation(cache, event.consultationId);
      cache.modify({
        id,
        fields: {
          title: () => live.title,
          slug: () => live.slug,
          status: () => live.status,
          summaryHtml: () => live.summaryHtml,
          goalHtml: () => live.goalHtml,
          seq: () => event.seq,
        },
      });
      return cached !== null && (timelineDiffers(cached.phases, live.phases) || cached.status !== live.status);
    }
    case 'consultation.phaseChanged': {
      const cached = cachedConsultation(cache, event.consultationId);
      if (!cached) return false;
      cache.writeFragment({
        fragment: ConsultationDetailsFragmentDoc,
        fragmentName: 'ConsultationDetails',
        id,
        data: {
          ...cached,
          seq: event.seq,
          currentPhase: event.phase,
          allowedActions: allowedActions(event.phase),
          phases: cached.phases.map((phase) => ({ ...phase, isCurrent: phase.kind === event.phase })),
        },
      });
      return false;
    }
    case 'document.added':
    case 'document.removed':
    case 'draft.published':
    case 'meeting.created':
    case 'proposal.submitted': {
      // The counts decide which tabs a resident sees: the first document or meeting shows its tab at once.
      const key = CONTENT_OF[event.kind];
      const change = event.kind === 'document.removed' ? -1 : 1;
      cache.modify<{ contentCounts: ContentCounts; seq: number }>({
        id,
        fields: {
          contentCounts: (counts) => {
            // An embedded object without an id: Apollo stores it as a plain value, never as a reference.
            const current = counts as ContentCounts;
            return { ...current, [key]: Math.max(0, current[key] + change) };
          },
          seq: () => event.seq,
        },
      });
      return false;
    }
    case 'ballot.updated':
      // A consultation has one ballot: once configured, the vote tab has something to show.
      cache.modify<{ contentCounts: ContentCounts; seq: number }>({
        id,
        fields: {
          contentCounts: (counts) => ({ ...(counts as ContentCounts), ballots: 1 }),
          seq: () => event.seq,
        },
      });
      return false;
    default:
      return false;
  }
}

interface ContentCounts {
  documents: number;
  drafts: number;
  meetings: number;
  proposals: number;
  ballots: number;
}

const CONTENT_OF = {
  'document.added': 'documents',
  'document.removed': 'documents',
  'draft.published': 'drafts',
  'meeting.created': 'meetings',
  'proposal.submitted': 'proposals',
} as const satisfies Record<string, keyof ContentCounts>;
