import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TREE_NODE_TEXT_LIMITS, TREE_TITLE_LIMITS } from '@ratusz/shared';
import {
  AcceptProblemTreeNodeDocument,
  CreateProblemTreeDocument,
  ProblemTreeForConsultationDocument,
  RejectProblemTreeNodeDocument,
  type ProblemTreeFieldsFragment,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import type { ConsultationTabPanelProps } from '../../consultations/tabs';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { useProblemTreeLive } from '../hooks/useProblemTreeLive';
import { layoutDiagram } from '../layout';
import { useHiddenText } from '../../moderation/components/HiddenNotice';
import { buildShape, pendingSuggestions, withShownText } from '../model';
import { ExportMenu } from './ExportMenu';
import { NodePanel } from './NodePanel';
import { ObjectivesSection } from './ObjectivesSection';
import { outlineItemId, TreeOutline } from './TreeOutline';
import { TreeDiagram } from './TreeDiagram';
import { WorkshopView, type WorkshopSuggestion } from './WorkshopView';
import '../problemTrees.css';

function CreateTreeForm({ consultationId, title }: { consultationId: string; title: string }) {
  const { t } = useTranslation();
  const form = useAppForm({
    fields: { title: 'tree-title', coreText: 'tree-core' },
    defaultValues: { title, coreText: '' },
    checks: {
      title: (value: string) => length('title', value, TREE_TITLE_LIMITS),
      coreText: (value: string) => length('coreText', value, TREE_NODE_TEXT_LIMITS),
    },
  });
  const [create, { loading }] = useMutation(CreateProblemTreeDocument, {
    refetchQueries: [ProblemTreeForConsultationDocument],
    awaitRefetchQueries: true,
  });
  const submit = form.submit(async (values) => {
    await create({
      variables: { input: { consultationId, title: values.title.trim(), coreText: values.coreText.trim() } },
    });
  });
  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="tree-create-heading">
      <h3 id="tree-create-heading">{t('problemTrees.create.heading')}</h3>
      <FormProblem form={form} />
      <TextField
        {...form.field('title')}
        label={t('problemTrees.create.title')}
        maxLength={TREE_TITLE_LIMITS.max}
        required
      />
      <TextField
        {...form.field('coreText')}
        label={t('problemTrees.create.core')}
        hint={t('problemTrees.create.coreHint', { max: TREE_NODE_TEXT_LIMITS.max })}
        maxLength={TREE_NODE_TEXT_LIMITS.max}
        required
      />
      <div className="form__actions">
        <SubmitButton
          busy={loading}
          label={t('problemTrees.create.submit')}
          busyLabel={t('problemTrees.create.submitting')}
        />
      </div>
    </form>
  );
}

/** The tree itself: diagram, keyboard tree, the chosen node's panel, exports, workshop mode and objectives. */
function ProblemTreeView({ tree }: { tree: ProblemTreeFieldsFragment }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const meId = me?.id ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [workshop, setWorkshop] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const svg = useRef<SVGSVGElement | null>(null);
  const [initialSeq] = useState(tree.lastSeq);
  const announce = useCallback((text: string) => setAnnouncement(text), []);
  useProblemTreeLive(
    tree.id,
    initialSeq,
    meId,
    (text) => announce(t('problemTrees.live.added', { text })),
    (text, note) => announce(t('problemTrees.live.moderatorEdited', { text, note })),
  );
  const [accept] = useMutation(AcceptProblemTreeNodeDocument);
  const [reject] = useMutation(RejectProblemTreeNodeDocument);

  const hiddenText = useHiddenText();
  const nodes = useMemo(() => withShownText(tree.nodes, hiddenText), [tree.nodes, hiddenText]);
  const shape = useMemo(() => buildShape(nodes), [nodes]);
  const layout = useMemo(() => layoutDiagram(shape), [shape]);
  const queue = useMemo<WorkshopSuggestion[]>(
    () =>
      pendingSuggestions(nodes).map((node) => ({
        id: node.id,
        kind: node.kind,
        text: node.text,
        parentText: node.parentId ? (shape.byId.get(node.parentId)?.text ?? null) : null,
        authorName: node.author?.displayName ?? null,
      })),
    [nodes, shape],
  );
  const selected = selectedId ? (shape.byId.get(selectedId) ?? null) : null;

  const activate = (id: string | null) => {
    setSelectedId(id);
  };
  const fromDiagram = (id: string) => {
    setSelectedId(id);
    // Keyboard and screen-reader users continue from the same node in the tree.
    document.getElementById(outlineItemId(id))?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="problem-tree" data-testid="problem-tree">
      <h3 className="problem-tree__title" data-testid="tree-title">
        {tree.title}
      </h3>
      <p className="muted">{t('problemTrees.intro')}</p>
      <p role="status" className="visually-hidden" data-testid="tree-announcement">
        {announcement}
      </p>
      <div className="problem-tree__toolbar">
        {tree.viewerCanModerate && (
          <button type="button" className="button button--primary" onClick={() => setWorkshop(true)}>
            {t('problemTrees.workshop.open')}
          </button>
        )}
        <ExportMenu tree={tree} svg={svg} bounds={layout.bounds} />
      </div>
      <div className="problem-tree__layout">
        <div>
          <section aria-labelledby="tree-diagram-heading">
            <h3 id="tree-diagram-heading">{t('problemTrees.diagram.heading')}</h3>
            <TreeDiagram
              layout={layout}
              title={tree.title}
              selectedId={selectedId}
              onSelect={fromDiagram}
              onSvg={(element) => {
                svg.current = element;
              }}
            />
          </section>
          <section aria-labelledby="tree-outline-heading">
            <h3 id="tree-outline-heading">{t('problemTrees.outline.heading')}</h3>
            <p className="muted" id="tree-outline-hint">
              {t('problemTrees.outline.hint')}
            </p>
            <TreeOutline
              shape={shape}
              labelledBy="tree-outline-heading"
              selectedId={selectedId}
              onActivate={activate}
            />
          </section>
        </div>
        <div>
          {selected ? (
            <NodePanel
              key={selected.id}
              tree={tree}
              shape={shape}
              node={selected}
              meId={meId}
              announce={announce}
              onSelect={setSelectedId}
            />
          ) : (
            <p className="tree-node-panel">{t('problemTrees.details.none')}</p>
          )}
        </div>
      </div>
      <ObjectivesSection tree={tree} />
      {workshop && (
        <WorkshopView
          title={tree.title}
          joinCode={tree.joinCode}
          layout={layout}
          queue={queue}
          accept={(id) => accept({ variables: { id } })}
          reject={(id, reason) => reject({ variables: { input: { id, reason } } })}
          onClose={() => setWorkshop(false)}
        />
      )}
    </div>
  );
}

/** The consultation's problem-tree tab: the tree, or (for organisers) the form creating it. */
export function ProblemTreeTab({ consultation }: ConsultationTabPanelProps) {
  const { t } = useTranslation();
  const query = useQuery(ProblemTreeForConsultationDocument, {
    variables: { consultationId: consultation.id },
    fetchPolicy: 'cache-and-network',
  });
  const tree = query.data?.problemTreeForConsultation;
  return (
    <div className="problem-tree-tab" data-testid="problem-tree-tab">
      <h2>{t('problemTrees.heading')}</h2>
      {query.loading && !query.data && <p className="muted">{t('problemTrees.loading')}</p>}
      {!query.data && (
        <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      )}
      {query.data && !tree && (
        <>
          <p>{t('problemTrees.create.none')}</p>
          {consultation.viewerCanManage && (
            <CreateTreeForm consultationId={consultation.id} title={consultation.title} />
          )}
        </>
      )}
      {tree && <ProblemTreeView key={tree.id} tree={tree} />}
    </div>
  );
}
