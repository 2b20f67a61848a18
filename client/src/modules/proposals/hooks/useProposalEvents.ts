import { useApolloClient } from '@apollo/client/react';
import type { ApolloCache, Reference } from '@apollo/client';
import type { LiveAttachment, LiveProposal } from '@ratusz/shared';
import {
  DocumentFieldsFragmentDoc,
  ProposalDocument,
  ProposalsDocument,
  ProposalSummaryFragmentDoc,
} from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

function cachedSummary(cache: ApolloCache, id: string) {
  return cache.readFragment({
    fragment: ProposalSummaryFragmentDoc,
    fragmentName: 'ProposalSummary',
    id: cache.identify({ __typename: 'Proposal', id }),
  });
}

/** Writes the pushed attachments as cached documents and makes them the proposal's list, in their order. */
function mergeAttachments(cache: ApolloCache, proposalId: string, attachments: readonly LiveAttachment[]): void {
  const refs = attachments.map((attachment) =>
    cache.writeFragment({
      fragment: DocumentFieldsFragmentDoc,
      fragmentName: 'DocumentFields',
      data: {
        __typename: 'Document',
        id: attachment.id,
        title: attachment.title,
        fileName: attachment.fileName,
        mimeType: attachment.mimeType,
        sizeBytes: attachment.sizeBytes,
        url: attachment.url,
        uploadedAt: attachment.uploadedAt,
        uploader:
          attachment.uploaderId && attachment.uploaderName !== null
            ? { __typename: 'UserSummary', id: attachment.uploaderId, displayName: attachment.uploaderName }
            : null,
      },
    }),
  );
  if (refs.some((ref) => ref === undefined)) return;
  cache.modify({
    id: cache.identify({ __typename: 'Proposal', id: proposalId }),
    fields: { attachments: () => refs as Reference[] },
  });
}

/**
 * Merges a consultation's proposal events into the cache: support counts,
 * attachment lists and edits in place; a new proposal, a new status or area (which move it between
 * filtered lists) and the open proposal's timeline are fetched again; a
 * moderator's correction replaces the text and hands its note to the page. Listens
 * only; the page showing the proposals keeps the consultation's room joined.
 */
export function useProposalEvents(
  consultationId: string,
  /** A moderator corrected a proposal: its note, for the page to say what changed. */
  onModeratorEdit?: (proposalId: string, note: string) => void,
): void {
  const client = useApolloClient();
  const refetch = (queries: (typeof ProposalsDocument | typeof ProposalDocument)[]) =>
    void client.refetchQueries({ include: queries }).catch(() => undefined);

  const update = (live: LiveProposal) => {
    const { cache } = client;
    const cached = cachedSummary(cache, live.id);
    if (!cached) {
      refetch([ProposalsDocument]);
      return;
    }
    cache.modify({
      id: cache.identify({ __typename: 'Proposal', id: live.id }),
      fields: {
        // A hidden proposal's title travels in no event (null): keep the one read, which only who may see it has.
        title: (title: string | null) => live.title ?? title,
        status: () => live.status,
        supportCount: () => live.supportCount,
        officialAnswerHtml: () => live.officialAnswerHtml,
        costEstimatePln: () => live.costEstimatePln,
        editedAt: () => live.editedAt,
      },
    });
    if (cached.status !== live.status || cached.serviceArea.code !== live.serviceAreaCode) refetch([ProposalsDocument]);
    // The body, the history and what the viewer may do now are not pushed: an open proposal page fetches them.
    refetch([ProposalDocument]);
  };

  useSocketEvent('consultation.event', (event) => {
    if (event.consultationId !== consultationId) return;
    switch (event.kind) {
      case 'proposal.submitted':
        // Our own submission is already listed: the form refetched after it.
        if (!cachedSummary(client.cache, event.proposal.id)) refetch([ProposalsDocument]);
        return;
      case 'proposal.updated':
        update(event.proposal);
        return;
      case 'proposal.attachmentsChanged':
        mergeAttachments(client.cache, event.proposalId, event.attachments);
        return;
      case 'proposal.supportChanged':
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Proposal', id: event.proposalId }),
          fields: { supportCount: () => event.supportCount },
        });
        return;
      case 'proposal.hidden':
        // The notice replaces the title and text at once; the event carries no text to show. Its author,
        // moderators and officials get the title back by reading it again.
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Proposal', id: event.proposalId }),
          fields: { hiddenReason: () => event.hiddenReason, bodyHtml: () => '', title: () => null },
        });
        refetch([ProposalsDocument, ProposalDocument]);
        return;
      case 'proposal.moderatorEdited':
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Proposal', id: event.proposal.id }),
          fields: { bodyHtml: () => event.bodyHtml },
        });
        update(event.proposal);
        onModeratorEdit?.(event.proposal.id, event.note);
        return;
      case 'proposal.restored':
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Proposal', id: event.proposal.id }),
          fields: { hiddenReason: () => null, bodyHtml: () => event.bodyHtml },
        });
        update(event.proposal);
        return;
      default:
        return;
    }
  });
}
