import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FollowThreadDocument, ThreadFollowDocument, UnfollowThreadDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { useProblemNotice } from '../../forms/hooks/useProblemMessage';

/** Follow or stop following a thread (new posts in it then notify the viewer); only for logged-in users. */
export function FollowThreadButton({ threadId }: { threadId: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const showProblem = useProblemNotice();
  const { data } = useQuery(ThreadFollowDocument, { variables: { id: threadId }, skip: !me });
  const refetch = { refetchQueries: [ThreadFollowDocument] };
  const [follow, { loading: following }] = useMutation(FollowThreadDocument, refetch);
  const [unfollow, { loading: unfollowing }] = useMutation(UnfollowThreadDocument, refetch);
  if (!me || !data?.forumThread) return null;
  const followed = data.forumThread.viewerFollows;
  const busy = following || unfollowing;
  const toggle = () => {
    if (busy) return;
    const run = followed ? unfollow : follow;
    void run({ variables: { threadId } }).catch(showProblem);
  };
  return (
    <p>
      <button
        type="button"
        className="button"

        aria-disabled={busy || undefined}
        onClick={toggle}
      >
        {followed ? t('notifications.follow.unfollow') : t('notifications.follow.follow')}
      </button>
    </p>
  );
}
