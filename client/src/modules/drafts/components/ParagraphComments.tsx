import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { PendingReplies } from '../../forum/components/PendingReplies';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AnswerParagraphCommentDocument,
  CommentOnParagraphDocument,
  DraftDocument,
  ForumThreadDocument,
  ThreadPostsDocument,
  type DraftParagraphFieldsFragment,
  type ForumPostFieldsFragment,
  type ForumThreadQuery,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { insertPosts } from '../../forum/cache';
import { PostItem, type PostTreeContext } from '../../forum/components/PostItem';
import { buildTree } from '../../forum/components/ThreadPage';
import { useThreadLive } from '../../forum/hooks/useThreadLive';
import { ParagraphComposer } from './ParagraphComposer';

/** What the viewer may do in a paragraph's discussion. */
export interface CommentRights {
  /** Comments are open (current version, the phase allows it) and the viewer is logged in. */
  canComment: boolean;
  /** An official of the consultation's municipality. */
  canAnswer: boolean;
}

interface ThreadProps {
  paragraph: DraftParagraphFieldsFragment;
  rights: CommentRights;
}

/** The counts and answers the paragraph list shows come from the draft: fetched again after each post. */
function useRefreshDraft(): () => void {
  const client = useApolloClient();
  return () => void client.refetchQueries({ include: [DraftDocument] }).catch(() => undefined);
}

function PostActions({
  post,
  paragraph,
  rights,
  isAnswer,
}: {
  post: ForumPostFieldsFragment;
  paragraph: DraftParagraphFieldsFragment;
  rights: CommentRights;
  isAnswer: boolean;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshDraft();
  const [panel, setPanel] = useState<'reply' | 'answer' | null>(null);
  const [comment] = useMutation(CommentOnParagraphDocument);
  const [answer] = useMutation(AnswerParagraphCommentDocument);
  if (post.deleted) return null;
  const mayAnswer = rights.canAnswer && !isAnswer;
  if (!rights.canComment && !mayAnswer) return null;
  const toggle = (next: 'reply' | 'answer') => setPanel((current) => (current === next ? null : next));
  return (
    <div className="paragraph-post-actions">
      <div className="post__actions">
        {rights.canComment && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={panel === 'reply'}
            onClick={() => toggle('reply')}
          >
            {t('drafts.comments.reply')}
            <span className="visually-hidden"> {t('forum.post.label', { number: post.number })}</span>
          </button>
        )}
        {mayAnswer && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={panel === 'answer'}
            onClick={() => toggle('answer')}
          >
            {t('drafts.comments.answer')}
            <span className="visually-hidden"> {t('forum.post.label', { number: post.number })}</span>
          </button>
        )}
      </div>
      {panel === 'reply' && (
        <ParagraphComposer
          id={`paragraph-reply-${post.id}`}
          label={t('drafts.comments.replyLabel', { number: post.number })}
          submitLabel={t('drafts.comments.send')}
          autoFocus
          onCancel={() => setPanel(null)}
          send={async (body) => {
            await comment({
              variables: { input: { paragraphId: paragraph.id, body, parentPostId: post.id } },
              update: (cache, { data }) => {
                if (data) insertPosts(cache, post.threadId, [data.commentOnParagraph]);
              },
            });
            setPanel(null);
            refresh();
          }}
        />
      )}
      {panel === 'answer' && (
        <ParagraphComposer
          id={`paragraph-answer-${post.id}`}
          label={t('drafts.comments.answerLabel', { number: post.number })}
          submitLabel={t('drafts.comments.sendAnswer')}
          autoFocus
          onCancel={() => setPanel(null)}
          send={async (body) => {
            await answer({
              variables: { input: { postId: post.id, body } },
              update: (cache, { data }) => {
                if (data) insertPosts(cache, post.threadId, [data.answerParagraphComment]);
              },
            });
            setPanel(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}

function ThreadPosts({ thread, paragraph, rights }: ThreadProps & { thread: ForumThreadQuery['forumThread'] }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const meId = me?.id ?? null;
  const [initialSeq] = useState(thread.seq);
  const live = useThreadLive(thread.id, initialSeq, meId);
  const query = useQuery(ThreadPostsDocument, {
    variables: { threadId: thread.id, order: 'OLDEST' },
    fetchPolicy: 'cache-and-network',
  });
  const posts = useMemo(() => query.data?.threadPosts.nodes ?? [], [query.data]);
  const tree = useMemo(() => buildTree(posts), [posts]);
  const answers = useMemo(() => new Set(paragraph.officialAnswers.map((a) => a.postId)), [paragraph.officialAnswers]);
  // The opening post quotes the paragraph, which is shown above: the comments are its replies.
  const opening = posts.find((post) => post.number === 1);
  const comments = opening ? (tree.childrenOf.get(opening.id) ?? []) : tree.roots;
  const marker = (post: ForumPostFieldsFragment): ReactNode =>
    answers.has(post.id) ? (
      <>
        {' · '}
        <span className="badge badge--official" data-testid="official-answer">
          {t('drafts.comments.officialAnswer')}
        </span>
      </>
    ) : null;
  const context: PostTreeContext = {
    childrenOf: tree.childrenOf,
    baseDepth: 1,
    locked: thread.locked,
    consultation: false,
    meId,
    numbers: new Map(posts.map((post) => [post.id, post.number])),
    shown: new Set(posts.map((post) => post.id)),
    extension: {
      replies: false,
      marker,
      footer: (post) => (
        <PostActions post={post} paragraph={paragraph} rights={rights} isAnswer={answers.has(post.id)} />
      ),
    },
  };
  return (
    <>
      <PendingReplies count={live.pending.length} onShow={live.showPending} />
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && <ProblemCallout error={query.error} />}
      {query.data && comments.length === 0 && <p className="muted">{t('drafts.comments.none')}</p>}
      <ul className="post-tree post-tree--root">
        {comments.map((post) => (
          <PostItem key={post.id} post={post} tree={context} />
        ))}
      </ul>
    </>
  );
}

function ParagraphThread({ threadId, paragraph, rights }: ThreadProps & { threadId: string }) {
  const { t } = useTranslation();
  const query = useQuery(ForumThreadDocument, { variables: { id: threadId }, fetchPolicy: 'network-only' });
  const thread = query.data?.forumThread;
  if (!thread) {
    return query.loading ? <p className="muted">{t('common.loading')}</p> : <ProblemCallout error={query.error} />;
  }
  return <ThreadPosts key={thread.id} thread={thread} paragraph={paragraph} rights={rights} />;
}

/**
 * A paragraph's discussion: the forum thread holding its comments, shown with
 * the forum's own post components, with answers marked and the paragraph's
 * own ways to reply, answer and comment.
 */
export function ParagraphComments({
  paragraph,
  rights,
  closedNotice,
}: ThreadProps & {
  /** Why commenting is not possible now, when it is not. */
  closedNotice: ReactNode;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshDraft();
  const [comment] = useMutation(CommentOnParagraphDocument);
  return (
    <div className="paragraph-comments">
      {paragraph.threadId ? (
        <ParagraphThread threadId={paragraph.threadId} paragraph={paragraph} rights={rights} />
      ) : (
        <p className="muted">{t('drafts.comments.none')}</p>
      )}
      {rights.canComment ? (
        <ParagraphComposer
          id={`paragraph-comment-${paragraph.id}`}
          label={t('drafts.comments.newLabel', { number: paragraph.number })}
          submitLabel={t('drafts.comments.send')}
          autoFocus
          send={async (body) => {
            await comment({
              variables: { input: { paragraphId: paragraph.id, body } },
              update: (cache, { data }) => {
                if (data && paragraph.threadId) insertPosts(cache, paragraph.threadId, [data.commentOnParagraph]);
              },
            });
            refresh();
          }}
        />
      ) : (
        closedNotice
      )}
    </div>
  );
}
