import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorDirection, IndicatorKind, IndicatorUnit, ServiceAreaCode } from '@ratusz/shared';
import {
  ArchiveIndicatorDefinitionDocument,
  CreateIndicatorDefinitionDocument,
  DeleteIndicatorDefinitionDocument,
  IndicatorDefinitionsAdminDocument,
  UpdateIndicatorDefinitionDocument,
  type IndicatorDefinitionAdminFieldsFragment,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { Problem } from '../../networks/components/Problem';
import { indicatorName } from './indicatorName';

type Definition = IndicatorDefinitionAdminFieldsFragment;

interface Draft {
  code: string;
  namePl: string;
  nameEn: string;
  serviceArea: ServiceAreaCode | '';
  kind: IndicatorKind | '';
  unit: IndicatorUnit | '';
  direction: IndicatorDirection | '';
  perThousand: boolean;
  measurementPl: string;
  measurementEn: string;
}

const EMPTY: Draft = {
  code: '',
  namePl: '',
  nameEn: '',
  serviceArea: '',
  kind: '',
  unit: '',
  direction: '',
  perThousand: false,
  measurementPl: '',
  measurementEn: '',
};

const REFETCH = { refetchQueries: [{ query: IndicatorDefinitionsAdminDocument }], awaitRefetchQueries: true };

function SelectField<T extends string>(props: {
  id: string;
  label: string;
  value: T | '';
  options: readonly T[];
  optionLabel: (value: T) => string;
  choose: string;
  disabled?: boolean;
  onChange: (value: T | '') => void;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="field__input"
        required
        disabled={props.disabled}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T | '')}
      >
        <option value="">{props.choose}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Create one, or edit `editing` (its code never changes; unit and kind only while no value uses it). */
function DefinitionForm({ editing, onDone }: { editing: Definition | null; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? {
          code: editing.code,
          namePl: editing.namePl,
          nameEn: editing.nameEn,
          serviceArea: editing.serviceArea,
          kind: editing.kind,
          unit: editing.unit,
          direction: editing.direction,
          perThousand: editing.perThousand,
          measurementPl: editing.measurementPl,
          measurementEn: editing.measurementEn,
        }
      : EMPTY,
  );
  const [create, createState] = useMutation(CreateIndicatorDefinitionDocument, REFETCH);
  const [update, updateState] = useMutation(UpdateIndicatorDefinitionDocument, REFETCH);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const locked = editing?.hasValues ?? false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      namePl: draft.namePl,
      nameEn: draft.nameEn,
      serviceArea: draft.serviceArea as ServiceAreaCode,
      kind: draft.kind as IndicatorKind,
      unit: draft.unit as IndicatorUnit,
      direction: draft.direction as IndicatorDirection,
      perThousand: draft.perThousand,
      measurementPl: draft.measurementPl,
      measurementEn: draft.measurementEn,
    };
    try {
      if (editing) {
        await update({ variables: { input: { id: editing.id, ...fields } } });
        onDone(t('indicators.definitions.saved', { code: editing.code }));
      } else {
        const { data } = await create({ variables: { input: { code: draft.code, ...fields } } });
        setDraft(EMPTY);
        onDone(t('indicators.definitions.created', { code: data?.createIndicatorDefinition.code ?? draft.code }));
      }
    } catch {
      // Shown by the problem below.
    }
  };

  const text = (key: 'namePl' | 'nameEn', label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="field__input"
        required
        value={draft[key]}
        onChange={(event) => set(key, event.target.value)}
      />
    </div>
  );
  const measurement = (key: 'measurementPl' | 'measurementEn', label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <textarea
        id={`${id}-${key}`}
        className="field__textarea"
        rows={3}
        value={draft[key]}
        onChange={(event) => set(key, event.target.value)}
      />
    </div>
  );

  return (
    <form className="form section" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {editing
          ? t('indicators.definitions.editHeading', { code: editing.code })
          : t('indicators.definitions.createHeading')}
      </h2>
      {!editing && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-code`}>
            {t('indicators.definitions.code')}
          </label>
          <p className="field__hint" id={`${id}-code-hint`}>
            {t('indicators.definitions.codeHint')}
          </p>
          <input
            id={`${id}-code`}
            className="field__input"
            required
            aria-describedby={`${id}-code-hint`}
            value={draft.code}
            onChange={(event) => set('code', event.target.value)}
          />
        </div>
      )}
      {text('namePl', t('indicators.definitions.namePl'))}
      {text('nameEn', t('indicators.definitions.nameEn'))}
      <SelectField
        id={`${id}-area`}
        label={t('indicators.definitions.serviceArea')}
        value={draft.serviceArea}
        options={Object.values(ServiceAreaCode)}
        optionLabel={(value) => t(`networks.serviceArea.${value}`)}
        choose={t('indicators.definitions.choose')}
        onChange={(value) => set('serviceArea', value)}
      />
      {locked && <p className="field__hint">{t('indicators.definitions.lockedHint')}</p>}
      <SelectField
        id={`${id}-kind`}
        label={t('indicators.definitions.kind')}
        value={draft.kind}
        options={Object.values(IndicatorKind)}
        optionLabel={(value) => t(`indicators.kinds.${value}`)}
        choose={t('indicators.definitions.choose')}
        disabled={locked}
        onChange={(value) => set('kind', value)}
      />
      <SelectField
        id={`${id}-unit`}
        label={t('indicators.definitions.unit')}
        value={draft.unit}
        options={Object.values(IndicatorUnit)}
        optionLabel={(value) => t(`indicators.units.${value}`)}
        choose={t('indicators.definitions.choose')}
        disabled={locked}
        onChange={(value) => set('unit', value)}
      />
      <SelectField
        id={`${id}-direction`}
        label={t('indicators.definitions.direction')}
        value={draft.direction}
        options={Object.values(IndicatorDirection)}
        optionLabel={(value) => t(`indicators.directions.${value}`)}
        choose={t('indicators.definitions.choose')}
        onChange={(value) => set('direction', value)}
      />
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={draft.perThousand}
            onChange={(event) => set('perThousand', event.target.checked)}
          />{' '}
          {t('indicators.definitions.perThousand')}
        </label>
      </div>
      {measurement('measurementPl', t('indicators.definitions.measurementPl'))}
      {measurement('measurementEn', t('indicators.definitions.measurementEn'))}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={createState.loading || updateState.loading}>
          {editing ? t('indicators.definitions.save') : t('indicators.definitions.create')}
        </button>
        {editing && (
          <button type="button" className="button" onClick={() => onDone('')}>
            {t('indicators.definitions.cancelEdit')}
          </button>
        )}
      </div>
      <Problem error={createState.error ?? updateState.error} />
    </form>
  );
}

/** Administrators' page for the indicator definitions: the starter set and what they add, edit or archive. */
export function IndicatorDefinitionsPage() {
  const { t, i18n } = useTranslation();
  const { me, loading } = useMe();
  const query = useQuery(IndicatorDefinitionsAdminDocument, { skip: !me?.isAdmin });
  const [editing, setEditing] = useState<Definition | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [archive, archiveState] = useMutation(ArchiveIndicatorDefinitionDocument, REFETCH);
  const [remove, removeState] = useMutation(DeleteIndicatorDefinitionDocument, REFETCH);
  useDocumentTitle(t('indicators.definitions.heading'));

  if (loading) return <p>{t('common.loading')}</p>;
  if (!me?.isAdmin) {
    return (
      <>
        <PageHeading>{t('indicators.definitions.heading')}</PageHeading>
        <p>{t('indicators.definitions.adminsOnly')}</p>
      </>
    );
  }

  const act = async (run: () => Promise<unknown>, message: string) => {
    setStatus(null);
    try {
      await run();
      setStatus(message);
    } catch {
      // Shown by the problem below.
    }
  };
  const definitions = query.data?.indicatorDefinitions ?? [];

  return (
    <>
      <PageHeading>{t('indicators.definitions.heading')}</PageHeading>
      <p>{t('indicators.definitions.intro')}</p>
      <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={archiveState.error ?? removeState.error} />
      <table className="table" data-testid="indicator-definitions">
        <caption>{t('indicators.definitions.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.definitions.code')}</th>
            <th scope="col">{t('indicators.definitions.name')}</th>
            <th scope="col">{t('indicators.definitions.serviceArea')}</th>
            <th scope="col">{t('indicators.definitions.kind')}</th>
            <th scope="col">{t('indicators.definitions.unit')}</th>
            <th scope="col">{t('indicators.definitions.direction')}</th>
            <th scope="col">{t('indicators.definitions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {definitions.map((definition) => (
            <tr key={definition.id}>
              <td>
                <code>{definition.code}</code>
                {definition.archivedAt && <span className="muted"> ({t('indicators.definitions.archived')})</span>}
              </td>
              <th scope="row">{indicatorName(definition, i18n.language)}</th>
              <td>{t(`networks.serviceArea.${definition.serviceArea}`)}</td>
              <td>{t(`indicators.kinds.${definition.kind}`)}</td>
              <td>{t(`indicators.units.${definition.unit}`)}</td>
              <td>{t(`indicators.directions.${definition.direction}`)}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('indicators.definitions.editOne', { code: definition.code })}
                  onClick={() => {
                    setStatus(null);
                    setEditing(definition);
                  }}
                >
                  {t('indicators.definitions.edit')}
                </button>{' '}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t(
                    definition.archivedAt ? 'indicators.definitions.restoreOne' : 'indicators.definitions.archiveOne',
                    { code: definition.code },
                  )}
                  onClick={() =>
                    void act(
                      () => archive({ variables: { id: definition.id, archived: !definition.archivedAt } }),
                      t(
                        definition.archivedAt
                          ? 'indicators.definitions.restored'
                          : 'indicators.definitions.archivedDone',
                        {
                          code: definition.code,
                        },
                      ),
                    )
                  }
                >
                  {t(definition.archivedAt ? 'indicators.definitions.restore' : 'indicators.definitions.archive')}
                </button>{' '}
                {!definition.hasValues && (
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('indicators.definitions.deleteOne', { code: definition.code })}
                    onClick={() =>
                      void act(
                        () => remove({ variables: { id: definition.id } }),
                        t('indicators.definitions.deleted', { code: definition.code }),
                      )
                    }
                  >
                    {t('indicators.definitions.delete')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DefinitionForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          setStatus(message || null);
        }}
      />
    </>
  );
}
