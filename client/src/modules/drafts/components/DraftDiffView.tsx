import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftDiffDocument, type DraftSummaryFragment } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { CHANGE_ORDER, CHANGE_SIGN, countChanges, defaultComparison, foldUnchanged, paragraphLabel } from '../diff';

function VersionSelect({
  id,
  label,
  value,
  versions,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  versions: readonly DraftSummaryFragment[];
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__input" value={value} onChange={(event) => onChange(event.target.value)}>
        {versions.map((draft) => (
          <option key={draft.id} value={draft.id}>
            {t('drafts.versionOption', { version: draft.version, title: draft.title })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "What changed": two versions compared paragraph by paragraph, each change named in words and signs. */
export function DraftDiffView({ versions }: { versions: readonly DraftSummaryFragment[] }) {
  const { t } = useTranslation();
  const initial = defaultComparison(versions);
  const [fromId, setFromId] = useState(initial?.fromId ?? '');
  const [toId, setToId] = useState(initial?.toId ?? '');
  const same = fromId === toId;
  const query = useQuery(DraftDiffDocument, {
    variables: { fromDraftId: fromId, toDraftId: toId },
    skip: !fromId || !toId || same,
  });
  if (!initial) return <p>{t('drafts.diff.needTwo')}</p>;
  const rows = query.data?.draftDiff ?? [];
  const counts = countChanges(rows);
  return (
    <section className="draft-diff" aria-labelledby="draft-diff-heading">
      <h3 id="draft-diff-heading">{t('drafts.diff.heading')}</h3>
      <div className="draft-diff__pick">
        <VersionSelect
          id="draft-diff-from"
          label={t('drafts.diff.from')}
          value={fromId}
          versions={versions}
          onChange={setFromId}
        />
        <VersionSelect
          id="draft-diff-to"
          label={t('drafts.diff.to')}
          value={toId}
          versions={versions}
          onChange={setToId}
        />
      </div>
      {same && <p>{t('drafts.diff.same')}</p>}
      {query.loading && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={query.error} />
      {query.data && (
        <>
          <p role="status" className="draft-diff__summary">
            {CHANGE_ORDER.map((change) => t(`drafts.diff.count.${change}`, { count: counts[change] })).join(', ')}
          </p>
          <ol className="draft-diff__rows" data-testid="draft-diff">
            {foldUnchanged(rows).map((item, index) =>
              item.kind === 'hidden' ? (
                <li key={`hidden-${index}`} className="draft-diff__hidden muted">
                  {t('drafts.diff.hidden', { count: item.count })}
                </li>
              ) : (
                <li
                  key={`${item.row.from?.id ?? ''}-${item.row.to?.id ?? ''}`}
                  className={`draft-diff__row draft-diff__row--${item.row.change.toLowerCase()}`}
                  data-change={item.row.change}
                >
                  <p className="draft-diff__label">
                    <span className="draft-diff__sign" aria-hidden="true">
                      {CHANGE_SIGN[item.row.change]}
                    </span>{' '}
                    <strong>{t(`drafts.diff.change.${item.row.change}`)}</strong> {paragraphLabel(item.row)}
                  </p>
                  {item.row.change === 'CHANGED' ? (
                    <div className="draft-diff__pair">
                      <div className="draft-diff__old">
                        <p className="draft-diff__side">{t('drafts.diff.before')}</p>
                        <del className="draft-diff__text">
                          <div className="post__body" dangerouslySetInnerHTML={{ __html: item.row.from?.html ?? '' }} />
                        </del>
                      </div>
                      <div className="draft-diff__new">
                        <p className="draft-diff__side">{t('drafts.diff.after')}</p>
                        <ins className="draft-diff__text">
                          <div className="post__body" dangerouslySetInnerHTML={{ __html: item.row.to?.html ?? '' }} />
                        </ins>
                      </div>
                    </div>
                  ) : item.row.change === 'REMOVED' ? (
                    <del className="draft-diff__text">
                      <div className="post__body" dangerouslySetInnerHTML={{ __html: item.row.from?.html ?? '' }} />
                    </del>
                  ) : item.row.change === 'ADDED' ? (
                    <ins className="draft-diff__text">
                      <div className="post__body" dangerouslySetInnerHTML={{ __html: item.row.to?.html ?? '' }} />
                    </ins>
                  ) : (
                    // Safe: paragraph HTML is sanitised by the server.
                    <div className="post__body" dangerouslySetInnerHTML={{ __html: item.row.to?.html ?? '' }} />
                  )}
                </li>
              ),
            )}
          </ol>
        </>
      )}
    </section>
  );
}
