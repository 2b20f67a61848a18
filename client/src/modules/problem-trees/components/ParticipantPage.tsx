import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { normaliseJoinCode, TREE_NODE_TEXT_LIMITS } from '@ratusz/shared';
import {
  AddProblemTreeNodeDocument,
  ProblemTreeByJoinCodeDocument,
  type ProblemTreeFieldsFragment,
} from '../../../gql/graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { useMe } from '../../auth/hooks/useMe';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { addNodeToTree } from '../cache';
import { useProblemTreeLive } from '../hooks/useProblemTreeLive';
import { useHiddenText } from '../../moderation/components/HiddenNotice';
import { buildShape, walk, withShownText } from '../model';
import '../problemTrees.css';

interface SuggestionValues {
  parentId: string;
  kind: 'CAUSE' | 'EFFECT';
  text: string;
}

/** The phone form: under which node, cause or effect, and the text. */
function SuggestForm({ tree }: { tree: ProblemTreeFieldsFragment }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState('');
  const hiddenText = useHiddenText();
  const shape = useMemo(() => buildShape(withShownText(tree.nodes, hiddenText)), [tree.nodes, hiddenText]);
  // Suggestions hang under what the group already agreed on.
  const parents = useMemo(() => [...walk(shape)].filter((node) => node.status === 'ACCEPTED'), [shape]);
  const form = useAppForm<SuggestionValues>({
    fields: { parentId: 'suggest-parent', kind: 'suggest-kind-CAUSE', text: 'suggest-text' },
    defaultValues: { parentId: shape.core?.id ?? '', kind: 'CAUSE', text: '' },
    checks: { text: (value: string) => length('text', value, TREE_NODE_TEXT_LIMITS) },
  });
  const [add, { loading }] = useMutation(AddProblemTreeNodeDocument);
  const parentId = form.watch('parentId');
  const parentKind = shape.byId.get(parentId)?.kind ?? 'CORE';
  const kinds = (['CAUSE', 'EFFECT'] as const).filter((kind) => parentKind === 'CORE' || parentKind === kind);
  const kind = kinds.includes(form.watch('kind')) ? form.watch('kind') : kinds[0];

  const submit = form.submit(async (values) => {
    const text = values.text.trim();
    await add({
      variables: { input: { treeId: tree.id, parentId: values.parentId, kind, text, description: null } },
      update: (cache, { data }) => {
        if (data) addNodeToTree(cache, data.addProblemTreeNode);
      },
    });
    form.reset({ ...values, text: '' });
    setSent(t('problemTrees.participant.sent', { text }));
  });

  if (!tree.viewerCanSuggest) return <p className="callout">{t('problemTrees.participant.closed')}</p>;
  return (
    <form className="form" noValidate onSubmit={submit} data-testid="suggest-form">
      <FormProblem form={form} />
      <div className="field">
        <label className="field__label" htmlFor="suggest-parent">
          {t('problemTrees.participant.under')}
        </label>
        <select id="suggest-parent" className="field__input" {...form.register('parentId')}>
          {parents.map((node) => (
            <option key={node.id} value={node.id}>
              {t('problemTrees.move.option', { kind: t(`problemTrees.kind.${node.kind}`), text: node.text })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="tree-choice">
        <legend>{t('problemTrees.participant.kind')}</legend>
        {kinds.map((option) => (
          <label key={option} htmlFor={`suggest-kind-${option}`}>
            <input
              id={`suggest-kind-${option}`}
              type="radio"
              value={option}
              checked={kind === option}
              onChange={() => form.setValue('kind', option)}
            />{' '}
            {option === 'CAUSE' ? t('problemTrees.participant.cause') : t('problemTrees.participant.effect')}
          </label>
        ))}
      </fieldset>
      <TextField
        {...form.field('text')}
        label={t('problemTrees.form.text')}
        hint={t('problemTrees.form.textHint', { max: TREE_NODE_TEXT_LIMITS.max })}
        maxLength={TREE_NODE_TEXT_LIMITS.max}
        required
      />
      <div className="form__actions">
        <SubmitButton
          busy={loading}
          label={t('problemTrees.participant.submit')}
          busyLabel={t('problemTrees.participant.sending')}
        />
      </div>
      <p role="status" data-testid="suggest-status">
        {sent}
      </p>
    </form>
  );
}

function Workshop({ tree }: { tree: ProblemTreeFieldsFragment }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [initialSeq] = useState(tree.lastSeq);
  useProblemTreeLive(tree.id, initialSeq, me?.id ?? null);
  const mine = tree.nodes.filter((node) => node.kind !== 'CORE' && me && node.author?.id === me.id);
  return (
    <>
      <p className="participant__tree">{t('problemTrees.participant.title', { title: tree.title })}</p>
      <p>{t('problemTrees.participant.intro')}</p>
      <SuggestForm tree={tree} />
      <section aria-labelledby="participant-mine">
        <h2 id="participant-mine">{t('problemTrees.participant.mine')}</h2>
        {mine.length === 0 ? (
          <p className="muted">{t('problemTrees.participant.noneYet')}</p>
        ) : (
          <ul className="participant__mine" data-testid="my-suggestions">
            {mine.map((node) => (
              <li key={node.id}>
                {t(`problemTrees.kind.${node.kind}`)}: {node.text}{' '}
                <span className={`tree-badge tree-badge--${node.status.toLowerCase()}`}>
                  {t(`problemTrees.status.${node.status}`)}
                </span>
                {node.status === 'REJECTED' && node.rejectionReason && (
                  <span className="muted">
                    {' '}
                    {t('problemTrees.details.rejectionReason', { reason: node.rejectionReason })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function JoinByCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const query = useQuery(ProblemTreeByJoinCodeDocument, { variables: { code }, fetchPolicy: 'cache-and-network' });
  const tree = query.data?.problemTreeByJoinCode;
  if (!query.data) {
    return query.loading ? <p className="muted">{t('common.loading')}</p> : <ProblemCallout error={query.error} />;
  }
  if (!tree) return <p className="callout">{t('problemTrees.participant.codeNotFound', { code })}</p>;
  return <Workshop key={tree.id} tree={tree} />;
}

/** `/w/<code>`: a workshop participant, on a phone, suggests causes and effects. */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const normalised = normaliseJoinCode(code);
  useDocumentTitle(t('problemTrees.participant.heading'));
  return (
    <div className="page page--narrow participant" data-testid="participant">
      <PageHeading>{t('problemTrees.participant.heading')}</PageHeading>
      <RequireAuth>
        <JoinByCode code={normalised} />
      </RequireAuth>
    </div>
  );
}
