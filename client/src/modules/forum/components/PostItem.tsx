import { useMutation } from '@apollo/client/react';
import { useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeletePostDocument, TogglePostReactionDocument, type ForumPostFieldsFragment } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { quoteMarkdown } from '../quote';
import { EditComposer, EMPTY_DRAFT, ReplyComposer, type ReplyDraft } from './PostComposer';
import { RevisionHistory } from './RevisionHistory';
import { ContentModeration } from '../../moderation/components/ContentModeration';
import { FlagButton } from '../../moderation/components/FlagButton';
import { AwaitingNotice, HiddenNotice } from '../../moderation/components/HiddenNotice';
import { routes } from '../../../app/routes';
import { AuthorName } from '../../organisations/components/OrganisationName';

/** How many levels of replies are shown inline before "continue this thread". */
const MAX_INLINE_DEPTH = 6;

export interface PostTreeContext {
  childrenOf: ReadonlyMap<string, readonly ForumPostFieldsFragment[]>;
  /** Depth of the posts shown at the top level (the subtree root's depth in "continue" view). */
  baseDepth: number;
  locked: boolean;
  /** Replies may take a stance (threads about a consultation). */
  consultation: boolean;
  meId: string | null;
  /** Numbers of the loaded posts by id, for "quotes post #N". */
  numbers: ReadonlyMap<string, number>;
  /** Posts on the page now (a subtree view shows only some of the loaded ones). */
  shown: ReadonlySet<string>;
  /** Additions by features that hold their discussions in forum threads (e.g. draft paragraphs). */
  extension?: PostExtension;
  /** Set when the viewer moderates the thread: each post gets the moderation menu. */
  moderation?: { municipalityId: string | null };
}

/** How a feature shows forum posts its own way, without a copy of these components. */
interface PostExtension {
  /** False hides the forum's reply and quote, for features that reply through their own mutation. */
  replies?: boolean;
  /** Shown in the post's meta line (e.g. "Official answer"). */
  marker?: (post: ForumPostFieldsFragment) => ReactNode;
  /** Rendered under the post's actions: the feature's own buttons and composers. */
  footer?: (post: ForumPostFieldsFragment) => ReactNode;
}

type Panel = 'reply' | 'edit' | 'history' | null;

function focusPost(event: MouseEvent<HTMLAnchorElement>, number: number): void {
  const target = document.getElementById(`post-${number}`);
  if (!target) return;
  // Focus, not only scroll, so reading and tabbing continue from the quoted post.
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** "quotes post #N": an in-page link when the quoted post is shown, else that post's part of the thread. */
function QuoteMarker({ post, tree }: { post: ForumPostFieldsFragment; tree: PostTreeContext }) {
  const { t } = useTranslation();
  const quotedId = post.quotedPostId;
  if (!quotedId) return null;
  const number = tree.numbers.get(quotedId);
  const text = number !== undefined ? t('forum.post.quotes', { number }) : t('forum.post.quotesEarlier');
  return (
    <>
      {' · '}
      <span className="post__quotes">
        {number !== undefined && tree.shown.has(quotedId) ? (
          <a href={`#post-${number}`} onClick={(event) => focusPost(event, number)}>
            {text}
          </a>
        ) : (
          <Link to={routes.thread(post.threadId, { from: quotedId })}>{text}</Link>
        )}
      </span>
    </>
  );
}

export function PostItem({ post, tree }: { post: ForumPostFieldsFragment; tree: PostTreeContext }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [panel, setPanel] = useState<Panel>(null);
  const [draft, setDraft] = useState<ReplyDraft>(EMPTY_DRAFT);
  const [focusRequest, setFocusRequest] = useState(0);
  const [problem, setProblem] = useState<unknown>(null);
  const [toggleReaction, reactionState] = useMutation(TogglePostReactionDocument);
  const [deletePost, deleteState] = useMutation(DeletePostDocument);
  const children = tree.childrenOf.get(post.id) ?? [];
  const own = !!tree.meId && post.author?.id === tree.meId;
  const tooDeep = post.depth - tree.baseDepth >= MAX_INLINE_DEPTH;
  const headingId = `post-${post.id}-heading`;

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(error);
    }
  };
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const canReply = !!tree.meId && !tree.locked && !post.deleted && tree.extension?.replies !== false;
  const quote = () => {
    setDraft((current) =>
      current.quotedPostId
        ? current
        : { ...current, quotedPostId: post.id, body: quoteMarkdown(post.bodySource ?? '') + current.body },
    );
    setPanel('reply');
    setFocusRequest((n) => n + 1);
  };
  const closeReply = () => {
    setDraft(EMPTY_DRAFT);
    setPanel(null);
  };

  return (
    <li className="post-tree__item">
      <article
        className={`post${post.deleted ? ' post--deleted' : ''}`}
        id={`post-${post.number}`}
        tabIndex={-1}
        aria-labelledby={headingId}
        data-testid="forum-post"
      >
        <header className="post__header">
          <h3 className="post__author" id={headingId}>
            <span className="visually-hidden">{t('forum.post.label', { number: post.number })}: </span>
            <AuthorName
              name={post.author?.displayName ?? t('forum.post.unknownAuthor')}
              organisation={post.organisation}
            />
          </h3>
          <p className="post__meta muted">
            {/* Shown so readers know what to type to mention the author. */}
            {post.author && <span className="post__handle">@{post.author.handle} · </span>}
            <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
            {post.stance && !post.deleted && (
              <>
                {' '}
                <span className={`badge badge--stance badge--stance-${post.stance.toLowerCase()}`}>
                  <span className="visually-hidden">{t('forum.stance.label')}: </span>
                  {t(`forum.stance.${post.stance}`)}
                </span>
              </>
            )}
            {!post.deleted && <QuoteMarker post={post} tree={tree} />}
            {tree.extension?.marker?.(post)}
            {post.editedAt && !post.deleted && (
              <>
                {' · '}
                <span className="post__edited">{t('forum.post.edited')}</span>
              </>
            )}
          </p>
        </header>
        {post.awaitingModeration && <AwaitingNotice />}
        {post.deleted ? (
          <p className="post__tombstone muted">{t('forum.post.deleted')}</p>
        ) : post.hiddenReason ? (
          <HiddenNotice reason={post.hiddenReason} />
        ) : panel === 'edit' ? (
          <EditComposer post={post} onDone={() => setPanel(null)} />
        ) : (
          // Safe: bodyHtml is sanitised by the server (this config has no react/no-danger rule to disable).
          <div
            className="post__body"
            data-testid="post-body"
            dangerouslySetInnerHTML={{ __html: post.bodyHtml ?? '' }}
          />
        )}
        <div className="post__actions">
          {tree.meId && !post.deleted ? (
            <button
              type="button"
              className="button button--small"
              aria-pressed={post.reactedByMe}
              disabled={reactionState.loading}
              onClick={() => void run(() => toggleReaction({ variables: { id: post.id } }))}
            >
              {t('forum.post.upvote')}{' '}
              <span className="post__score">({t('forum.post.score', { count: post.score })})</span>
            </button>
          ) : (
            <span className="post__score muted">{t('forum.post.score', { count: post.score })}</span>
          )}
          {canReply && (
            <>
              <button
                type="button"
                className="button button--small"
                aria-expanded={panel === 'reply'}
                aria-label={t('forum.post.replyTo', { number: post.number })}
                onClick={() => toggle('reply')}
              >
                {t('forum.post.reply')}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('forum.post.quoteAria', { number: post.number })}
                onClick={quote}
              >
                {t('forum.post.quote')}
              </button>
            </>
          )}
          {tree.meId && !own && !post.deleted && !post.hiddenReason && (
            <FlagButton kind="POST" itemId={post.id} label={t('moderation.flag.postAria', { number: post.number })} />
          )}
          {own && !post.deleted && (
            <>
              <button
                type="button"
                className="button button--small"
                aria-expanded={panel === 'edit'}
                onClick={() => toggle('edit')}
              >
                {t('forum.post.edit')}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                disabled={deleteState.loading}
                onClick={() => {
                  if (window.confirm(t('forum.post.confirmDelete')))
                    void run(() => deletePost({ variables: { id: post.id } }));
                }}
              >
                {t('forum.post.delete')}
              </button>
            </>
          )}
          {post.editedAt && (
            <button
              type="button"
              className="button button--small button--ghost"
              aria-expanded={panel === 'history'}
              onClick={() => toggle('history')}
            >
              {panel === 'history' ? t('forum.post.hideHistory') : t('forum.post.history')}
            </button>
          )}
        </div>
        <ProblemCallout inline error={problem} />
        {tree.moderation && !post.deleted && (
          <ContentModeration
            kind="POST"
            itemId={post.id}
            itemName={t('moderation.menu.post', { number: post.number })}
            body={post.bodySource ?? null}
            hidden={!!post.hiddenReason}
            authorId={post.author?.id ?? null}
            municipalityId={tree.moderation.municipalityId}
            canSanction={post.viewerCanSanction}
          />
        )}
        {tree.extension?.footer?.(post)}
        {panel === 'reply' && canReply && (
          <ReplyComposer
            post={post}
            draft={draft}
            setDraft={setDraft}
            consultation={tree.consultation}
            focusRequest={focusRequest}
            onSent={closeReply}
            onCancel={closeReply}
          />
        )}
        {panel === 'history' && <RevisionHistory postId={post.id} number={post.number} />}
      </article>
      {tooDeep
        ? (children.length > 0 || post.replyCount > 0) && (
            <p className="post-tree__continue">
              <Link to={routes.thread(post.threadId, { from: post.id })}>{t('forum.thread.continueThread')}</Link>
            </p>
          )
        : children.length > 0 && (
            <ul className="post-tree">
              {children.map((child) => (
                <PostItem key={child.id} post={child} tree={tree} />
              ))}
            </ul>
          )}
    </li>
  );
}
