import { useApolloClient } from '@apollo/client/react';
import { ConsultationDraftsDocument, DraftDocument } from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

/**
 * Keeps the draft tab current: a published version joins the version list;
 * a paragraph's comment counts and thread change in place. Listens only; the
 * consultation page joins the room. `onPublished` tells the tab, so it can
 * say so (and move to the new version unless the reader picked one).
 */
export function useDraftEvents(consultationId: string, onPublished: (version: number) => void): void {
  const client = useApolloClient();
  useSocketEvent('consultation.event', (event) => {
    if (event.consultationId !== consultationId) return;
    const { cache } = client;
    switch (event.kind) {
      case 'draft.published':
        void client
          .refetchQueries({ include: [ConsultationDraftsDocument] })
          .then(() => onPublished(event.draft.version))
          .catch(() => undefined);
        return;
      case 'paragraph.commented':
        cache.modify({
          id: cache.identify({ __typename: 'DraftParagraph', id: event.paragraphId }),
          fields: {
            commentCount: () => event.commentCount,
            answeredCount: () => event.answeredCount,
            threadId: () => event.threadId,
          },
        });
        // Which comment an answer answers is not in the event; the draft's answers list says it.
        if (event.officialAnswer) void client.refetchQueries({ include: [DraftDocument] }).catch(() => undefined);
        return;
      default:
        return;
    }
  });
}
