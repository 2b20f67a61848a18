import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeletePostDocument, TogglePostReactionDocument, type ForumPostFieldsFragment } from '../../../gql/graphql';
import { toApiProblem } from '../../forms/apiProblem';
import { translateProblem } from '../../forms/translate';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { EditComposer, ReplyComposer } from './PostComposer';
import { RevisionHistory } from './RevisionHistory';

/** How many levels of replies are shown inline before "continue this thread". */
export const MAX_INLINE_DEPTH = 6;

export interface PostTreeContext {
  childrenOf: ReadonlyMap<string, readonly ForumPostFieldsFragment[]>;
  /** Depth of the posts shown at the top level (the subtree root's depth in "continue" view). */
  baseDepth: number;
  locked: boolean;
  meId: string | null;
}

type Panel = 'reply' | 'edit' | 'history' | null;

export function PostItem({ post, tree }: { post: ForumPostFieldsFragment; tree: PostTreeContext }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [panel, setPanel] = useState<Panel>(null);
  const [problem, setProblem] = useState<string | null>(null);
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
      setProblem(translateProblem(t, toApiProblem(error)));
    }
  };
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));

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
            {post.author?.displayName ?? t('forum.post.unknownAuthor')}
          </h3>
          <p className="post__meta muted">
            <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
            {post.editedAt && !post.deleted && (
              <>
                {' · '}
                <span className="post__edited">{t('forum.post.edited')}</span>
              </>
            )}
          </p>
        </header>
        {post.deleted ? (
          <p className="post__tombstone muted">{t('forum.post.deleted')}</p>
        ) : panel === 'edit' ? (
          <EditComposer post={post} onDone={() => setPanel(null)} />
        ) : (
          // Safe: bodyHtml is sanitised by the server (this config has no react/no-danger rule to disable).
          <div className="post__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml ?? '' }} />
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
          {tree.meId && !tree.locked && !post.deleted && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={panel === 'reply'}
              aria-label={t('forum.post.replyTo', { number: post.number })}
              onClick={() => toggle('reply')}
            >
              {t('forum.post.reply')}
            </button>
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
        <div role="alert">{problem && <p className="field__error">{problem}</p>}</div>
        {panel === 'reply' && <ReplyComposer post={post} onDone={() => setPanel(null)} />}
        {panel === 'history' && <RevisionHistory postId={post.id} number={post.number} />}
      </article>
      {tooDeep
        ? (children.length > 0 || post.replyCount > 0) && (
            <p className="post-tree__continue">
              <Link to={`/forum/watek/${post.threadId}?od=${post.id}`}>{t('forum.thread.continueThread')}</Link>
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
