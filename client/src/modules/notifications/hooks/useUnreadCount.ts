import { useApolloClient, useQuery } from '@apollo/client/react';
import { NotificationUnreadCountDocument } from '../../../gql/graphql';
import { useSocketEvent } from '../../realtime/hooks/useSocketEvent';

/** The viewer's unread notifications, kept current by the server's push to the user's room. */
export function useUnreadCount(signedIn: boolean): number {
  const client = useApolloClient();
  const { data } = useQuery(NotificationUnreadCountDocument, { skip: !signedIn });
  useSocketEvent('notifications.unread', ({ unreadCount }) => {
    client.writeQuery({ query: NotificationUnreadCountDocument, data: { notificationUnreadCount: unreadCount } });
    // The list shows new items on its next read.
    client.cache.evict({ fieldName: 'notifications' });
  });
  return data?.notificationUnreadCount ?? 0;
}
