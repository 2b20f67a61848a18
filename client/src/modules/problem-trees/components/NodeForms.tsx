import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PROBLEM_TREE_LIMITS,
  TREE_NODE_DESCRIPTION_LIMITS,
  TREE_NODE_TEXT_LIMITS,
  TREE_REJECTION_REASON_LIMITS,
} from '@ratusz/shared';
import {
  AddProblemTreeNodeDocument,
  EditProblemTreeNodeDocument,
  MoveProblemTreeNodeDocument,
  RejectProblemTreeNodeDocument,
  type ProblemTreeNodeFieldsFragment,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { useAppForm, type AppForm } from '../../forms/hooks/useAppForm';
import { toApiProblem } from '../../forms/apiProblem';
import { length, optionalLength } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { addNodeToTree } from '../cache';
import { moveTargets, type TreeShape } from '../model';

type Node = ProblemTreeNodeFieldsFragment;

interface NodeValues {
  text: string;
  description: string;
}

const CHECKS = {
  text: (value: string) => length('text', value, TREE_NODE_TEXT_LIMITS),
  description: (value: string) => optionalLength('description', value, TREE_NODE_DESCRIPTION_LIMITS),
};

/** The node's text and description, as both the add and the edit form ask for them. */
function NodeFields({ form, base }: { form: AppForm<NodeValues>; base: string }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        {...form.field('text')}
        label={t('problemTrees.form.text')}
        hint={t('problemTrees.form.textHint', { max: TREE_NODE_TEXT_LIMITS.max })}
        maxLength={TREE_NODE_TEXT_LIMITS.max}
        autoFocus
        required
      />
      <MarkdownFormField
        form={form}
        name="description"
        id={`${base}-description`}
        label={t('problemTrees.form.description')}
      />
    </>
  );
}

/** A new cause or effect under `parent`; an official's is accepted at once, a resident's is a suggestion. */
export function AddNodeForm({
  treeId,
  parent,
  kind,
  suggest,
  onDone,
  onCancel,
}: {
  treeId: string;
  parent: Node;
  kind: 'CAUSE' | 'EFFECT';
  suggest: boolean;
  onDone: (node: Node) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const base = `add-node-${parent.id}`;
  const form = useAppForm<NodeValues>({
    fields: { text: `${base}-text`, description: `${base}-description-body` },
    defaultValues: { text: '', description: '' },
    checks: CHECKS,
  });
  const [add, { loading }] = useMutation(AddProblemTreeNodeDocument);
  const headingId = `${base}-heading`;
  const submit = form.submit(async ({ text, description }) => {
    const { data } = await add({
      variables: {
        input: { treeId, parentId: parent.id, kind, text: text.trim(), description: description.trim() || null },
      },
      update: (cache, result) => {
        if (result.data) addNodeToTree(cache, result.data.addProblemTreeNode);
      },
    });
    if (data) onDone(data.addProblemTreeNode);
  });
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t(kind === 'CAUSE' ? 'problemTrees.form.addCauseHeading' : 'problemTrees.form.addEffectHeading', {
          text: parent.text,
        })}
      </h4>
      <FormProblem form={form} />
      <NodeFields form={form} base={base} />
      <div className="form__actions">
        <SubmitButton
          busy={loading}
          label={suggest ? t('problemTrees.form.suggest') : t('problemTrees.form.add')}
          busyLabel={t('problemTrees.form.saving')}
        />
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('problemTrees.form.cancel')}
        </button>
      </div>
    </form>
  );
}

interface CurrentVersion {
  text: string;
  description: string | null;
  version: number;
}

/** The version a STALE_VERSION error carries in `extensions.current`. */
function currentVersionOf(error: unknown): CurrentVersion | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const current = error.errors[0]?.extensions?.current;
  if (typeof current !== 'object' || current === null) return null;
  const { text, description, version } = current as Record<string, unknown>;
  if (typeof text !== 'string' || typeof version !== 'number') return null;
  return { text, description: typeof description === 'string' ? description : null, version };
}

/**
 * Editing a node against the version it was read at. When someone saved in
 * between, the server refuses (STALE_VERSION) with the current text: both
 * versions are shown side by side, the form keeps what was typed, and the
 * next save is made against the current version, so nothing is lost.
 */
export function EditNodeForm({ node, onDone, onCancel }: { node: Node; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const base = `edit-node-${node.id}`;
  const form = useAppForm<NodeValues>({
    fields: { text: `${base}-text`, description: `${base}-description-body` },
    defaultValues: { text: node.text ?? '', description: node.descriptionSource ?? '' },
    checks: CHECKS,
  });
  const [version, setVersion] = useState(node.version);
  const [conflict, setConflict] = useState<{ mine: NodeValues; current: CurrentVersion } | null>(null);
  const [edit, { loading }] = useMutation(EditProblemTreeNodeDocument);
  const submit = form.submit(async (values) => {
    try {
      await edit({
        variables: {
          input: { id: node.id, version, text: values.text.trim(), description: values.description.trim() || null },
        },
      });
      setConflict(null);
      onDone();
    } catch (error) {
      const current = toApiProblem(error).code === 'STALE_VERSION' ? currentVersionOf(error) : null;
      if (!current) throw error;
      setConflict({ mine: values, current });
      setVersion(current.version);
    }
  });
  const use = (values: NodeValues) => {
    form.setValue('text', values.text);
    form.setValue('description', values.description);
    document.getElementById(`${base}-text`)?.focus();
  };
  const headingId = `${base}-heading`;
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={headingId}>
      <h4 id={headingId}>{t('problemTrees.form.editHeading')}</h4>
      <FormProblem form={form} />
      <div role="alert">
        {conflict && (
          <section className="callout" aria-labelledby={`${base}-stale`} data-testid="stale-version">
            <h5 id={`${base}-stale`}>{t('problemTrees.stale.heading')}</h5>
            <p>{t('problemTrees.stale.intro')}</p>
            <div className="tree-stale">
              {[
                {
                  key: 'yours',
                  label: t('problemTrees.stale.yours'),
                  values: conflict.mine,
                  use: t('problemTrees.stale.useYours'),
                },
                {
                  key: 'current',
                  label: t('problemTrees.stale.current', { version: conflict.current.version }),
                  values: { text: conflict.current.text, description: conflict.current.description ?? '' },
                  use: t('problemTrees.stale.useCurrent'),
                },
              ].map((side) => (
                <div key={side.key} className={`tree-stale__version tree-stale__version--${side.key}`}>
                  <h6>{side.label}</h6>
                  <p className="tree-stale__text" data-testid={`stale-${side.key}`}>
                    {side.values.text}
                  </p>
                  <p className="tree-stale__text muted">
                    {side.values.description || t('problemTrees.stale.noDescription')}
                  </p>
                  <button type="button" className="button button--small" onClick={() => use(side.values)}>
                    {side.use}
                  </button>
                </div>
              ))}
            </div>
          </section>
        )}
      </div>
      <NodeFields form={form} base={base} />
      <div className="form__actions">
        <SubmitButton busy={loading} label={t('problemTrees.form.save')} busyLabel={t('problemTrees.form.saving')} />
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('problemTrees.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Choosing a new parent among those the node's kind fits under (never its own branch). */
export function MoveNodeForm({
  shape,
  node,
  onDone,
  onCancel,
}: {
  shape: TreeShape<Node>;
  node: Node;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const targets = moveTargets(shape, node);
  const [parentId, setParentId] = useState(targets[0]?.id ?? '');
  const [problem, setProblem] = useState<unknown>(null);
  const [move, { loading }] = useMutation(MoveProblemTreeNodeDocument);
  const base = `move-node-${node.id}`;
  return (
    <form
      className="form"
      noValidate
      aria-labelledby={`${base}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!parentId || loading) return;
        // Past the end means last among the new siblings.
        move({ variables: { input: { id: node.id, parentId, position: PROBLEM_TREE_LIMITS.maxNodes } } })
          .then(onDone)
          .catch(setProblem);
      }}
    >
      <h4 id={`${base}-heading`}>{t('problemTrees.move.heading', { text: node.text })}</h4>
      {targets.length === 0 ? (
        <p>{t('problemTrees.move.none')}</p>
      ) : (
        <div className="field">
          <label className="field__label" htmlFor={`${base}-parent`}>
            {t('problemTrees.move.parent')}
          </label>
          <select
            id={`${base}-parent`}
            className="field__input"
            value={parentId}
            onChange={(event) => setParentId(event.target.value)}
          >
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {t('problemTrees.move.option', { kind: t(`problemTrees.kind.${target.kind}`), text: target.text })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form__actions">
        {targets.length > 0 && (
          <SubmitButton
            busy={loading}
            label={t('problemTrees.move.submit')}
            busyLabel={t('problemTrees.form.saving')}
          />
        )}
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('problemTrees.form.cancel')}
        </button>
      </div>
      <ProblemCallout error={problem} inline />
    </form>
  );
}

/** Rejecting a suggestion: the reason is public, so its author learns why. */
export function RejectNodeForm({ node, onDone, onCancel }: { node: Node; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const base = `reject-node-${node.id}`;
  const form = useAppForm({
    fields: { reason: `${base}-reason` },
    defaultValues: { reason: '' },
    checks: { reason: (value: string) => length('reason', value, TREE_REJECTION_REASON_LIMITS) },
  });
  const [reject, { loading }] = useMutation(RejectProblemTreeNodeDocument);
  const submit = form.submit(async ({ reason }) => {
    await reject({ variables: { input: { id: node.id, reason: reason.trim() } } });
    onDone();
  });
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby={`${base}-heading`}>
      <h4 id={`${base}-heading`}>{t('problemTrees.reject.heading', { text: node.text })}</h4>
      <FormProblem form={form} />
      <TextField
        {...form.field('reason')}
        label={t('problemTrees.reject.reason')}
        maxLength={TREE_REJECTION_REASON_LIMITS.max}
        autoFocus
        required
      />
      <div className="form__actions">
        <SubmitButton
          busy={loading}
          label={t('problemTrees.reject.submit')}
          busyLabel={t('problemTrees.form.saving')}
        />
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('problemTrees.form.cancel')}
        </button>
      </div>
    </form>
  );
}
