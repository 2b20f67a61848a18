import { useMutation, useQuery } from '@apollo/client/react';
import { PendingReplies } from './PendingReplies';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import {
  ForumThreadDocument,
  MarkThreadReadDocument,
  SetThreadFlagsDocument,
  ThreadPostsDocument,
  type ForumPostFieldsFragment,
  type ForumThreadQuery,
  type PostOrder,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { FollowThreadButton } from '../../notifications/components/FollowThreadButton';
import { useThreadLive } from '../hooks/useThreadLive';
import { PostItem, type PostTreeContext } from './PostItem';
import { useShownTitle } from '../../moderation/components/HiddenNotice';
import { ModerationDialog } from '../../moderation/components/ModerationDialog';
import { MoveThreadForm } from '../../moderation/components/ModerationForms';
import { routeParams, routes } from '../../../app/routes';

type Thread = ForumThreadQuery['forumThread'];

const ORDERS: PostOrder[] = ['OLDEST', 'BEST'];

/** Posts as a tree: each post's loaded replies in reading order; posts whose parent is not loaded are roots. */
export function buildTree(posts: readonly ForumPostFieldsFragment[]) {
  const ids = new Set(posts.map((post) => post.id));
  const childrenOf = new Map<string, ForumPostFieldsFragment[]>();
  const roots: ForumPostFieldsFragment[] = [];
  for (const post of posts) {
    if (post.parentId && ids.has(post.parentId)) {
      const siblings = childrenOf.get(post.parentId) ?? [];
      siblings.push(post);
      childrenOf.set(post.parentId, siblings);
    } else {
      roots.push(post);
    }
  }
  return { roots, childrenOf };
}

type Flags = { pinned: boolean } | { locked: boolean };

function flagsDone(t: TFunction, flags: Flags): string {
  if ('pinned' in flags) return flags.pinned ? t('forum.moderation.pinned') : t('forum.moderation.unpinned');
  return flags.locked ? t('forum.moderation.locked') : t('forum.moderation.unlocked');
}

/** Pin and lock, for the thread's moderators. The buttons say what they will do; the badges say what is. */
function ModerationControls({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const [setFlags, { loading }] = useMutation(SetThreadFlagsDocument);
  // Network and global categories belong to no municipality: moving between them is for administrators elsewhere.
  const municipalityId = thread.category.municipalityId;
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const change = async (flags: Flags) => {
    if (loading) return;
    setStatus(null);
    setProblem(null);
    try {
      await setFlags({ variables: { input: { threadId: thread.id, ...flags } } });
      setStatus(flagsDone(t, flags));
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <section className="moderation" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading" className="moderation__heading">
        {t('forum.moderation.heading')}
      </h2>
      <div className="moderation__actions">
        <button
          type="button"
          className="button button--small"
          aria-disabled={loading || undefined}
          onClick={() => void change({ pinned: !thread.pinned })}
        >
          {thread.pinned ? t('forum.moderation.unpin') : t('forum.moderation.pin')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-disabled={loading || undefined}
          onClick={() => void change({ locked: !thread.locked })}
        >
          {thread.locked ? t('forum.moderation.unlock') : t('forum.moderation.lock')}
        </button>
        {municipalityId && (
          <ModerationDialog label={t('moderation.move.button')} heading={t('moderation.move.heading')}>
            {(close) => (
              <MoveThreadForm
                threadId={thread.id}
                categoryId={thread.categoryId}
                municipalityId={municipalityId}
                close={close}
                onDone={setStatus}
              />
            )}
          </ModerationDialog>
        )}
      </div>
      <p className="moderation__status" role="status">
        {loading ? t('forum.moderation.working') : status}
      </p>
      <ProblemCallout inline error={problem} />
    </section>
  );
}

/** What is true of the thread, in words: pinned, locked. */
function ThreadFlags({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  if (!thread.pinned && !thread.locked) return null;
  return (
    <ul className="thread-flags" aria-label={t('forum.thread.flagsLabel')}>
      {thread.pinned && (
        <li>
          <span className="badge badge--pinned">{t('forum.pinned')}</span>
        </li>
      )}
      {thread.locked && (
        <li>
          <span className="badge badge--locked">{t('forum.locked')}</span>
        </li>
      )}
    </ul>
  );
}

/** The thread's posts, followed live; also embedded by pages about the thread's subject (a consultation's discussion). */
export function ThreadView({ thread, rootPostId }: { thread: Thread; rootPostId: string | null }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const meId = me?.id ?? null;
  // The sequencer starts from the seq read before the posts; later refetches must not restart it.
  const [initialSeq] = useState(thread.seq);
  const live = useThreadLive(thread.id, initialSeq, meId);
  const [order, setOrder] = useState<PostOrder>('OLDEST');
  const query = useQuery(ThreadPostsDocument, {
    variables: { threadId: thread.id, order, ...(rootPostId ? { rootPostId } : {}) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [markRead] = useMutation(MarkThreadReadDocument);

  const allPosts = query.data?.threadPosts.nodes;
  const pageInfo = query.data?.threadPosts.pageInfo;
  const posts = useMemo(() => {
    const nodes = allPosts ?? [];
    if (!rootPostId) return nodes;
    const root = nodes.find((post) => post.id === rootPostId);
    return root ? nodes.filter((post) => post.path.startsWith(root.path)) : nodes;
  }, [allPosts, rootPostId]);
  const tree = useMemo(() => buildTree(posts), [posts]);
  const numbers = useMemo(() => new Map((allPosts ?? []).map((post) => [post.id, post.number])), [allPosts]);
  const shown = useMemo(() => new Set(posts.map((post) => post.id)), [posts]);
  const context: PostTreeContext = {
    childrenOf: tree.childrenOf,
    baseDepth: rootPostId ? (posts.find((post) => post.id === rootPostId)?.depth ?? 0) : 0,
    locked: thread.locked,
    consultation: thread.subjectType === 'CONSULTATION',
    meId,
    numbers,
    shown,
    moderation: thread.viewerCanModerate ? { municipalityId: thread.category.municipalityId ?? null } : undefined,
  };

  // Mark read up to the highest number shown (the server keeps the larger of old and new).
  const highestShown = posts.reduce((max, post) => Math.max(max, post.number), 0);
  const markedUpTo = useRef(0);
  useEffect(() => {
    if (!meId || highestShown <= markedUpTo.current) return;
    markedUpTo.current = highestShown;
    void markRead({ variables: { threadId: thread.id, number: highestShown } }).catch(() => undefined);
  }, [meId, highestShown, thread.id, markRead]);

  // On opening, jump to the first unread post once it is on the page.
  const jumped = useRef(false);
  const firstUnread = thread.firstUnreadNumber;
  useEffect(() => {
    if (jumped.current || !firstUnread || posts.length === 0) return;
    jumped.current = true;
    const target = document.getElementById(`post-${firstUnread}`);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [firstUnread, posts.length]);

  return (
    <>
      {thread.viewerCanModerate && <ModerationControls thread={thread} />}
      {/* Always rendered, so a lock arriving live is announced. */}
      <div role="status" className="thread-lock-region">
        {thread.locked && (
          <div className="callout callout--locked">
            <p>{t('forum.thread.lockedNotice')}</p>
          </div>
        )}
      </div>
      {rootPostId && (
        <p className="callout">
          {t('forum.thread.subtreeNotice')}{' '}
          <Link to={routes.thread(thread.id)}>{t('forum.thread.showWholeThread')}</Link>
        </p>
      )}
      <section className="section" aria-labelledby="posts-heading">
        <h2 id="posts-heading">{t('forum.thread.postsHeading')}</h2>
        <div className="field field--inline">
          <label className="field__label" htmlFor="post-order">
            {t('forum.thread.order')}
          </label>
          <select
            id="post-order"
            className="field__input"
            value={order}
            onChange={(event) => setOrder(event.target.value as PostOrder)}
          >
            {ORDERS.map((value) => (
              <option key={value} value={value}>
                {t(`forum.thread.order${value}`)}
              </option>
            ))}
          </select>
        </div>
        <PendingReplies count={live.pending.length} onShow={live.showPending} />
        {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
        {!query.data && <ProblemCallout error={query.error} />}
        {query.data && posts.length === 0 && <p>{t('forum.thread.noPosts')}</p>}
        <ul className="post-tree post-tree--root">
          {tree.roots.map((post) => (
            <PostItem key={post.id} post={post} tree={context} />
          ))}
        </ul>
        {pageInfo?.hasNextPage && (
          <button
            type="button"
            className="button"
            disabled={query.loading}
            onClick={() => void query.fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
          >
            {t('forum.thread.loadMore')}
          </button>
        )}
        {!meId && !thread.locked && <p className="muted">{t('forum.thread.loginToReply')}</p>}
      </section>
    </>
  );
}

/** One thread: its posts as a tree, followed live. */
export function ThreadPage() {
  const { threadId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const rootPostId = searchParams.get(routeParams.threadFrom);
  const { t } = useTranslation();
  const query = useQuery(ForumThreadDocument, { variables: { id: threadId }, fetchPolicy: 'network-only' });
  const thread = query.data?.forumThread;
  const shownTitle = useShownTitle();
  useDocumentTitle(thread ? shownTitle(thread) : t('pages.forum'));
  return (
    <div className="page">
      <p>
        {thread ? (
          <Link to={routes.category(thread.categoryId)}>
            {t('forum.thread.inCategory', { name: thread.category.name })}
          </Link>
        ) : (
          <Link to={routes.forum()}>{t('forum.backToForum')}</Link>
        )}
      </p>
      <PageHeading>{thread ? shownTitle(thread) : t('forum.heading')}</PageHeading>
      {thread && <ThreadFlags thread={thread} />}
      {thread && <FollowThreadButton threadId={thread.id} />}
      {query.loading && !thread && <p className="muted">{t('common.loading')}</p>}
      {!thread && <ProblemCallout error={query.error} />}
      {thread && <ThreadView key={thread.id} thread={thread} rootPostId={rootPostId} />}
    </div>
  );
}
