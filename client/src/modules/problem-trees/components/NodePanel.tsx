import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TREE_NODE_TEXT_LIMITS } from '@ratusz/shared';
import { Link } from 'react-router';
import {
  AcceptProblemTreeNodeDocument,
  AddProblemTreeEvidenceDocument,
  ConsultationDocumentsDocument,
  DeleteProblemTreeNodeDocument,
  ForumThreadDocument,
  MoveProblemTreeNodeDocument,
  RemoveProblemTreeEvidenceDocument,
  ReplyToProblemTreeNodeDocument,
  SupportProblemTreeNodeDocument,
  WithdrawProblemTreeNodeSupportDocument,
  type ProblemTreeFieldsFragment,
  type ProblemTreeNodeFieldsFragment,
} from '../../../gql/graphql';
import { ConfirmDialog } from '../../consultations/components/ConfirmDialog';
import { ParagraphComposer } from '../../drafts/components/ParagraphComposer';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { insertPosts } from '../../forum/cache';
import { ThreadView } from '../../forum/components/ThreadPage';
import { applyPositions, removeNodes } from '../cache';
import { siblingsOf, subtreeIds, type TreeShape } from '../model';
import { AddNodeForm, EditNodeForm, MoveNodeForm, RejectNodeForm } from './NodeForms';
import { routes } from '../../../app/routes';
import { ContentModeration } from '../../moderation/components/ContentModeration';
import { FlagButton } from '../../moderation/components/FlagButton';
import { HiddenNotice } from '../../moderation/components/HiddenNotice';

type Node = ProblemTreeNodeFieldsFragment;
type Mode = 'addCause' | 'addEffect' | 'edit' | 'move' | 'reject' | null;

interface NodePanelProps {
  tree: ProblemTreeFieldsFragment;
  shape: TreeShape<Node>;
  node: Node;
  meId: string | null;
  announce: (text: string) => void;
  onSelect: (id: string | null) => void;
}

function NodeDiscussion({ node, canPost }: { node: Node; canPost: boolean }) {
  const { t } = useTranslation();
  const threadId = node.discussionThread?.id ?? null;
  const query = useQuery(ForumThreadDocument, { variables: { id: threadId ?? '' }, skip: !threadId });
  const [reply] = useMutation(ReplyToProblemTreeNodeDocument);
  const thread = query.data?.forumThread;
  return (
    <section className="section" aria-labelledby={`node-discussion-${node.id}`}>
      <h4 id={`node-discussion-${node.id}`}>{t('problemTrees.details.discussion')}</h4>
      {!threadId && <p className="muted">{t('problemTrees.details.noDiscussion')}</p>}
      {threadId &&
        !thread &&
        (query.loading ? <p className="muted">{t('common.loading')}</p> : <ProblemCallout error={query.error} />)}
      {thread && <ThreadView key={thread.id} thread={thread} rootPostId={null} />}
      {canPost && (
        <ParagraphComposer
          id={`node-reply-${node.id}`}
          label={t('problemTrees.details.discussionLabel', { text: node.text })}
          submitLabel={t('problemTrees.details.discussionSend')}
          send={async (body) => {
            await reply({
              variables: { input: { nodeId: node.id, body } },
              update: (cache, { data }) => {
                if (!data) return;
                const post = data.replyToProblemTreeNode;
                if (threadId) insertPosts(cache, threadId, [post]);
                else
                  cache.modify({
                    id: cache.identify({ __typename: 'ProblemTreeNode', id: node.id }),
                    fields: {
                      discussionThread: (_, { toReference }) =>
                        toReference({ __typename: 'ForumThread', id: post.threadId }),
                    },
                  });
              },
            });
          }}
        />
      )}
    </section>
  );
}

function NodeEvidence({ tree, node, canEdit }: { tree: ProblemTreeFieldsFragment; node: Node; canEdit: boolean }) {
  const { t } = useTranslation();
  const [documentId, setDocumentId] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const documents = useQuery(ConsultationDocumentsDocument, {
    variables: { consultationId: tree.consultationId ?? '' },
    skip: !canEdit || !tree.consultationId,
  });
  const [add, adding] = useMutation(AddProblemTreeEvidenceDocument);
  const [remove] = useMutation(RemoveProblemTreeEvidenceDocument);
  const attached = new Set(node.evidence.flatMap((item) => (item.document ? [item.document.id] : [])));
  const available = (documents.data?.consultationDocuments.nodes ?? []).filter((doc) => !attached.has(doc.id));
  const base = `node-evidence-${node.id}`;
  return (
    <section className="section" aria-labelledby={base}>
      <h4 id={base}>{t('problemTrees.details.evidence')}</h4>
      {node.evidence.length === 0 ? (
        <p className="muted">{t('problemTrees.details.noEvidence')}</p>
      ) : (
        <ul>
          {node.evidence.map((item) => (
            <li key={item.id}>
              {item.document && (
                <a href={item.document.url}>
                  {t('problemTrees.details.evidenceDocument', { title: item.document.title })}
                </a>
              )}
              {item.post && (
                <Link to={routes.thread(item.post.threadId, { from: item.post.id })}>
                  {t('problemTrees.details.evidencePost')} #{item.post.number}
                </Link>
              )}{' '}
              {canEdit && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => remove({ variables: { id: item.id } }).catch(setProblem)}
                >
                  {t('problemTrees.details.removeEvidence')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && available.length > 0 && (
        <form
          className="form form--inline"
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = documentId || available[0].id;
            add({ variables: { input: { nodeId: node.id, documentId: chosen } } })
              .then(() => setDocumentId(''))
              .catch(setProblem);
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={`${base}-document`}>
              {t('problemTrees.details.addEvidence')}
            </label>
            <select
              id={`${base}-document`}
              className="field__input"
              value={documentId || available[0].id}
              onChange={(event) => setDocumentId(event.target.value)}
            >
              {available.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--small" disabled={adding.loading}>
            {t('problemTrees.details.evidenceSubmit')}
          </button>
        </form>
      )}
      <ProblemCallout error={problem} inline />
    </section>
  );
}

/**
 * One node: what it says and who wrote it, and every operation the viewer
 * may do on it, as buttons (the diagram and the keyboard tree only choose it).
 */
export function NodePanel({ tree, shape, node, meId, announce, onSelect }: NodePanelProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>(null);
  const [deleting, setDeleting] = useState(false);
  const [keepChildren, setKeepChildren] = useState(true);
  const [problem, setProblem] = useState<unknown>(null);
  const [accept] = useMutation(AcceptProblemTreeNodeDocument);
  const [support] = useMutation(SupportProblemTreeNodeDocument);
  const [withdraw] = useMutation(WithdrawProblemTreeNodeSupportDocument);
  const [move] = useMutation(MoveProblemTreeNodeDocument);
  const [remove] = useMutation(DeleteProblemTreeNodeDocument);

  const isCore = node.kind === 'CORE';
  const own = !!meId && node.author?.id === meId;
  const canAdd = (tree.viewerCanSuggest || tree.viewerCanEdit) && node.status !== 'REJECTED';
  const suggest = !tree.viewerCanEdit;
  // Residents may rework their own suggestions until an official decides on them.
  const ownSuggestion = own && node.status === 'PROPOSED' && tree.viewerCanSuggest;
  const canEdit = tree.viewerCanEdit || ownSuggestion;
  const canRestructure = (tree.viewerCanEdit || ownSuggestion) && !isCore;
  const { siblings, index } = siblingsOf(shape, node);
  const below = subtreeIds(shape, node.id).size - 1;

  const run = (action: () => Promise<unknown>, done: string) => {
    setProblem(null);
    action()
      .then(() => announce(done))
      .catch(setProblem);
  };
  const reorder = (offset: -1 | 1) => {
    const target = siblings[index + offset];
    if (!target || !node.parentId) return;
    run(
      () => move({ variables: { input: { id: node.id, parentId: node.parentId!, position: target.position } } }),
      t('problemTrees.done.moved'),
    );
  };
  const closeForm = (done?: string) => {
    setMode(null);
    if (done) announce(done);
  };

  const headingId = `node-panel-${node.id}`;
  return (
    <section className="tree-node-panel" aria-labelledby={headingId} data-testid="node-panel">
      <h3 id={headingId} tabIndex={-1}>
        {t('problemTrees.details.heading')}
      </h3>
      <p>
        <strong>{t(`problemTrees.kind.${node.kind}`)}</strong>
        {!isCore && (
          <span className={`tree-badge tree-badge--${node.status.toLowerCase()}`}>
            {t(`problemTrees.status.${node.status}`)}
          </span>
        )}
      </p>
      <p className="tree-node-panel__text" data-testid="node-text">
        {node.text}
      </p>
      <p className="muted">
        {node.author
          ? t('problemTrees.details.author', { name: node.author.displayName })
          : t('problemTrees.details.anonymous')}
        {' · '}
        {t('problemTrees.supports', { count: node.supportCount })}
      </p>
      {node.status === 'REJECTED' && node.rejectionReason && (
        <p>{t('problemTrees.details.rejectionReason', { reason: node.rejectionReason })}</p>
      )}

      <div className="tree-node-panel__actions" role="group" aria-label={t('problemTrees.actions.label')}>
        {canAdd && node.kind !== 'EFFECT' && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={mode === 'addCause'}
            onClick={() => setMode('addCause')}
          >
            {suggest ? t('problemTrees.actions.suggestCause') : t('problemTrees.actions.addCause')}
          </button>
        )}
        {canAdd && node.kind !== 'CAUSE' && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={mode === 'addEffect'}
            onClick={() => setMode('addEffect')}
          >
            {suggest ? t('problemTrees.actions.suggestEffect') : t('problemTrees.actions.addEffect')}
          </button>
        )}
        {canEdit && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={mode === 'edit'}
            onClick={() => setMode('edit')}
          >
            {t('problemTrees.actions.edit')}
          </button>
        )}
        {tree.viewerCanEdit && node.status !== 'ACCEPTED' && !isCore && (
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() =>
              run(() => accept({ variables: { id: node.id } }), t('problemTrees.done.accepted', { text: node.text }))
            }
          >
            {t('problemTrees.actions.accept')}
          </button>
        )}
        {tree.viewerCanEdit && node.status !== 'REJECTED' && !isCore && (
          <button
            type="button"
            className="button button--small"
            aria-expanded={mode === 'reject'}
            onClick={() => setMode('reject')}
          >
            {t('problemTrees.actions.reject')}
          </button>
        )}
        {canRestructure && (
          <>
            <button
              type="button"
              className="button button--small"
              aria-expanded={mode === 'move'}
              onClick={() => setMode('move')}
            >
              {t('problemTrees.actions.move')}
            </button>
            <button type="button" className="button button--small" disabled={index <= 0} onClick={() => reorder(-1)}>
              {t('problemTrees.actions.moveUp')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={index < 0 || index >= siblings.length - 1}
              onClick={() => reorder(1)}
            >
              {t('problemTrees.actions.moveDown')}
            </button>
            <button type="button" className="button button--small button--danger" onClick={() => setDeleting(true)}>
              {t('problemTrees.actions.delete')}
            </button>
          </>
        )}
        {meId && !isCore && node.status !== 'REJECTED' && (
          <button
            type="button"
            className="button button--small"
            aria-pressed={node.viewerHasSupported}
            onClick={() =>
              node.viewerHasSupported
                ? run(() => withdraw({ variables: { id: node.id } }), t('problemTrees.done.withdrawn'))
                : run(() => support({ variables: { id: node.id } }), t('problemTrees.done.supported'))
            }
          >
            {node.viewerHasSupported ? t('problemTrees.actions.withdrawSupport') : t('problemTrees.actions.support')}
          </button>
        )}
      </div>
      <ProblemCallout error={problem} inline />
      {!meId && <p className="muted">{t('problemTrees.details.loginToAct')}</p>}

      {(mode === 'addCause' || mode === 'addEffect') && (
        <AddNodeForm
          key={mode}
          treeId={tree.id}
          parent={node}
          kind={mode === 'addCause' ? 'CAUSE' : 'EFFECT'}
          suggest={suggest}
          onDone={(added) =>
            closeForm(t(suggest ? 'problemTrees.done.suggested' : 'problemTrees.done.added', { text: added.text }))
          }
          onCancel={() => closeForm()}
        />
      )}
      {mode === 'edit' && (
        <EditNodeForm
          node={node}
          onDone={() => closeForm(t('problemTrees.done.edited'))}
          onCancel={() => closeForm()}
        />
      )}
      {mode === 'move' && (
        <MoveNodeForm
          shape={shape}
          node={node}
          onDone={() => closeForm(t('problemTrees.done.moved'))}
          onCancel={() => closeForm()}
        />
      )}
      {mode === 'reject' && (
        <RejectNodeForm
          node={node}
          onDone={() => closeForm(t('problemTrees.done.rejected', { text: node.text }))}
          onCancel={() => closeForm()}
        />
      )}

      <ConfirmDialog
        open={deleting}
        heading={t('problemTrees.delete.heading', { text: node.text })}
        confirmLabel={t('problemTrees.delete.confirm')}
        cancelLabel={t('problemTrees.delete.cancel')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          const subtree = [...subtreeIds(shape, node.id)];
          run(
            () =>
              remove({
                variables: { input: { id: node.id, keepChildren: below > 0 && keepChildren } },
                update: (cache, { data }) => {
                  if (!data?.deleteProblemTreeNode) return;
                  const lift = below > 0 && keepChildren;
                  // Lifted children hang under the deleted node's parent; the live event brings their new places.
                  if (lift)
                    applyPositions(
                      cache,
                      (shape.childrenOf.get(node.id) ?? []).map((child) => ({
                        id: child.id,
                        parentId: node.parentId ?? null,
                        position: child.position,
                      })),
                    );
                  removeNodes(cache, tree.id, lift ? [node.id] : subtree);
                },
              }).then(() => onSelect(node.parentId ?? null)),
            t('problemTrees.done.deleted'),
          );
        }}
      >
        {below === 0 ? (
          <p>{t('problemTrees.delete.leaf')}</p>
        ) : (
          <fieldset className="tree-choice">
            <legend>{t('problemTrees.delete.mode')}</legend>
            <label>
              <input type="radio" name="delete-mode" checked={keepChildren} onChange={() => setKeepChildren(true)} />{' '}
              {t('problemTrees.delete.keepChildren')}
            </label>
            <label>
              <input type="radio" name="delete-mode" checked={!keepChildren} onChange={() => setKeepChildren(false)} />{' '}
              {t('problemTrees.delete.subtree', { count: below })}
            </label>
          </fieldset>
        )}
      </ConfirmDialog>

      <section className="section" aria-labelledby={`node-description-${node.id}`}>
        <h4 id={`node-description-${node.id}`}>{t('problemTrees.details.description')}</h4>
        {node.hiddenReason ? (
          <HiddenNotice reason={node.hiddenReason} />
        ) : node.descriptionHtml ? (
          // Safe: the server renders and sanitises descriptions with the forum's Markdown service.
          <div className="post__body" dangerouslySetInnerHTML={{ __html: node.descriptionHtml }} />
        ) : (
          <p className="muted">{t('problemTrees.details.noDescription')}</p>
        )}
      </section>
      {meId && !own && !node.hiddenReason && (
        <FlagButton kind="TREE_NODE" itemId={node.id} label={t('moderation.flag.nodeAria', { text: node.text })} />
      )}
      {tree.viewerCanModerate && (
        <ContentModeration
          kind="TREE_NODE"
          itemId={node.id}
          itemName={t('moderation.menu.node', { text: node.text })}
          body={node.text}
          bodyLimits={TREE_NODE_TEXT_LIMITS}
          hidden={!!node.hiddenReason}
          authorId={node.author?.id ?? null}
          municipalityId={tree.municipalityId}
          canSanction={node.viewerCanSanction}
        />
      )}
      <NodeEvidence tree={tree} node={node} canEdit={tree.viewerCanEdit} />
      <NodeDiscussion node={node} canPost={!!meId} />
    </section>
  );
}
