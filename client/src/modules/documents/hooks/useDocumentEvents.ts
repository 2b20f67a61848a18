import { useApolloClient } from '@apollo/client/react';
import { ConsultationDocumentsDocument, DocumentFieldsFragmentDoc } from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

/**
 * Keeps a consultation's document list current: renames and removals change
 * the cached documents; an added one is fetched with the list (the event
 * carries the uploader's id, not the name the list shows). Listens only; the
 * consultation page joins the room.
 */
export function useDocumentEvents(consultationId: string): void {
  const client = useApolloClient();
  useSocketEvent('consultation.event', (event) => {
    if (event.consultationId !== consultationId) return;
    const { cache } = client;
    switch (event.kind) {
      case 'document.added': {
        const known = cache.readFragment({
          fragment: DocumentFieldsFragmentDoc,
          fragmentName: 'DocumentFields',
          id: cache.identify({ __typename: 'Document', id: event.document.id }),
        });
        // Our own upload is already listed: the form refetched after it.
        if (known) return;
        void client.refetchQueries({ include: [ConsultationDocumentsDocument] }).catch(() => undefined);
        return;
      }
      case 'document.renamed':
        cache.modify({
          id: cache.identify({ __typename: 'Document', id: event.document.id }),
          fields: { title: () => event.document.title, fileName: () => event.document.fileName },
        });
        return;
      case 'document.removed':
        cache.evict({ id: cache.identify({ __typename: 'Document', id: event.documentId }) });
        cache.gc();
        return;
      default:
        return;
    }
  });
}
