import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBJECTIVE_KIND_OF, OBJECTIVE_TEXT_LIMITS } from '@ratusz/shared';
import {
  ConsultationServiceAreasDocument,
  EditObjectiveNodeDocument,
  GenerateObjectivesTreeDocument,
  type ObjectiveNodeFieldsFragment,
  type ObjectiveNodeKind,
  type ProblemTreeFieldsFragment,
  type ServiceAreaCode,
} from '../../../gql/graphql';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { ProblemCallout } from '../../forms/components/ProblemCallout';

type Objective = ObjectiveNodeFieldsFragment;

function ObjectiveItem({
  objective,
  sourceText,
  canEdit,
}: {
  objective: Objective;
  sourceText: string | null;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(objective.text);
  const [priority, setPriority] = useState(objective.priority);
  const [area, setArea] = useState<ServiceAreaCode | ''>(objective.serviceArea?.code ?? '');
  const [problem, setProblem] = useState<unknown>(null);
  const [edit, { loading }] = useMutation(EditObjectiveNodeDocument);
  const areas = useQuery(ConsultationServiceAreasDocument, { skip: !editing });
  const base = `objective-${objective.id}`;
  return (
    <li className="objectives__item" data-testid="objective">
      <p>
        <strong>{t(`problemTrees.objectives.kind.${objective.kind}`)}</strong>
        {objective.priority && (
          <span className="tree-badge tree-badge--priority">{t('problemTrees.objectives.priority')}</span>
        )}
        {objective.serviceArea && <span className="muted"> · {format.serviceArea(objective.serviceArea)}</span>}
      </p>
      <p>{objective.text}</p>
      {sourceText && <p className="objectives__source">{t('problemTrees.objectives.source', { text: sourceText })}</p>}
      {canEdit && !editing && (
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          {t('problemTrees.objectives.edit')}
          <span className="visually-hidden"> {objective.text}</span>
        </button>
      )}
      {editing && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (loading || !text.trim()) return;
            setProblem(null);
            edit({
              variables: {
                input: {
                  id: objective.id,
                  version: objective.version,
                  text: text.trim(),
                  priority: objective.kind === 'MEANS' && priority,
                  serviceArea: area || null,
                },
              },
            })
              .then(() => setEditing(false))
              .catch(setProblem);
          }}
        >
          <div className="field">
            <label className="field__label" htmlFor={`${base}-text`}>
              {t('problemTrees.objectives.text')}
            </label>
            <input
              id={`${base}-text`}
              className="field__input"
              value={text}
              maxLength={OBJECTIVE_TEXT_LIMITS.max}
              required
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          {objective.kind === 'MEANS' && (
            <>
              <div className="field--checkbox">
                <input
                  id={`${base}-priority`}
                  type="checkbox"
                  checked={priority}
                  onChange={(event) => setPriority(event.target.checked)}
                />
                <label htmlFor={`${base}-priority`}>{t('problemTrees.objectives.markPriority')}</label>
              </div>
              <div className="field">
                <label className="field__label" htmlFor={`${base}-area`}>
                  {t('problemTrees.objectives.serviceArea')}
                </label>
                <select
                  id={`${base}-area`}
                  className="field__input"
                  value={area}
                  onChange={(event) => setArea(event.target.value as ServiceAreaCode | '')}
                >
                  <option value="">{t('problemTrees.objectives.noServiceArea')}</option>
                  {(areas.data?.serviceAreas ?? []).map((option) => (
                    <option key={option.code} value={option.code}>
                      {format.serviceArea(option)}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              {t('problemTrees.objectives.save')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setEditing(false)}>
              {t('problemTrees.form.cancel')}
            </button>
          </div>
          <ProblemCallout error={problem} inline />
        </form>
      )}
    </li>
  );
}

/**
 * The objectives tree beside the problems it restates: officials generate it
 * from the accepted nodes, edit each restatement, and mark the means to do
 * first with the service area they open to participation.
 */
export function ObjectivesSection({ tree }: { tree: ProblemTreeFieldsFragment }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const [generate, { loading }] = useMutation(GenerateObjectivesTreeDocument);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const source = new Map(tree.nodes.map((node) => [node.id, node]));
  // Ends above the main objective, means below it, as in the problem tree.
  const order = (kind: ObjectiveNodeKind) => (kind === 'END' ? 0 : kind === 'MAIN_OBJECTIVE' ? 1 : 2);
  const objectives = [...tree.objectives].sort((a, b) => order(a.kind) - order(b.kind));
  const accepted = tree.nodes
    .filter((node) => node.status === 'ACCEPTED')
    .sort((a, b) => order(OBJECTIVE_KIND_OF[a.kind]) - order(OBJECTIVE_KIND_OF[b.kind]));
  return (
    <section className="section objectives" aria-labelledby="objectives-heading" data-testid="objectives">
      <h3 id="objectives-heading">{t('problemTrees.objectives.heading')}</h3>
      <p className="muted">{t('problemTrees.objectives.intro')}</p>
      {tree.viewerCanEdit && (
        <p>
          <button
            type="button"
            className="button"
            aria-disabled={loading || undefined}
            onClick={() => {
              if (loading) return;
              setProblem(null);
              generate({ variables: { treeId: tree.id } })
                .then(() => setDone(t('problemTrees.objectives.generated')))
                .catch(setProblem);
            }}
          >
            {objectives.length ? t('problemTrees.objectives.regenerate') : t('problemTrees.objectives.generate')}
          </button>
        </p>
      )}
      <p role="status">{done}</p>
      <ProblemCallout error={problem} inline />
      {objectives.length === 0 ? (
        <p>{t('problemTrees.objectives.none')}</p>
      ) : (
        <>
          <div className="objectives__columns">
            <div>
              <h4>{t('problemTrees.objectives.problems')}</h4>
              <ul className="objectives__list">
                {accepted.map((node) => (
                  <li key={node.id} className="objectives__item">
                    <strong>{t(`problemTrees.kind.${node.kind}`)}</strong>
                    <p>{node.text}</p>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h4>{t('problemTrees.objectives.objectives')}</h4>
              <ul className="objectives__list">
                {objectives.map((objective) => (
                  <ObjectiveItem
                    key={objective.id}
                    objective={objective}
                    sourceText={source.get(objective.sourceNodeId)?.text ?? null}
                    canEdit={tree.viewerCanEdit}
                  />
                ))}
              </ul>
            </div>
          </div>
          <h4>{t('problemTrees.objectives.priorityAreas')}</h4>
          {tree.priorityServiceAreas.length === 0 ? (
            <p className="muted">{t('problemTrees.objectives.noPriorityAreas')}</p>
          ) : (
            <ul>
              {tree.priorityServiceAreas.map((area) => (
                <li key={area.code}>{format.serviceArea(area)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
