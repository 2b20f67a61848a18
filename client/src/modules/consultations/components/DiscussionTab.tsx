import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForumThreadDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { ThreadView } from '../../forum/components/ThreadPage';
import type { ConsultationTabPanelProps } from '../tabs';
import { routes } from '../../../app/routes';

/** The consultation's debate: its forum thread, shown and followed live by the forum's own thread view. */
export function DiscussionTab({ consultation }: ConsultationTabPanelProps) {
  const { t } = useTranslation();
  const threadId = consultation.discussionThread?.id ?? '';
  const query = useQuery(ForumThreadDocument, {
    variables: { id: threadId },
    skip: !threadId,
    fetchPolicy: 'cache-and-network',
  });
  const thread = query.data?.forumThread;
  return (
    <div className="discussion-tab">
      <p>
        <Link to={routes.thread(threadId)}>{t('consultations.discussion.openThread')}</Link>
      </p>
      {query.loading && !thread && <p className="muted">{t('common.loading')}</p>}
      {!thread && <ProblemCallout error={query.error} />}
      {thread && <ThreadView key={thread.id} thread={thread} rootPostId={null} />}
    </div>
  );
}
