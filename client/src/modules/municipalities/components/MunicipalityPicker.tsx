import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchMunicipalitiesDocument } from '../../../gql/graphql';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';

export interface PickedMunicipality {
  id: string;
  name: string;
}

interface MunicipalityPickerProps {
  /** Prefix of element ids; the search input gets `${idPrefix}-search`. */
  idPrefix: string;
  legend: string;
  hint?: string;
  optional?: boolean;
  value: PickedMunicipality | null;
  onChange: (value: PickedMunicipality | null) => void;
  error?: string;
}

const PAGE_SIZE = 10;

/**
 * Search-as-you-type over `municipalities(search:)`, choosing with radio
 * buttons: fully keyboard usable and announced without ARIA combobox
 * machinery. The chosen one stays listed even when a new search hides it.
 */
export function MunicipalityPicker({
  idPrefix,
  legend,
  hint,
  optional,
  value,
  onChange,
  error,
}: MunicipalityPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const {
    data,
    previousData,
    loading,
    error: loadError,
  } = useQuery(SearchMunicipalitiesDocument, {
    variables: { search: debounced || null, first: PAGE_SIZE },
  });
  const connection = (data ?? previousData)?.municipalities;
  const results = connection?.nodes ?? [];
  const ids = {
    search: `${idPrefix}-search`,
    hint: `${idPrefix}-hint`,
    searchHint: `${idPrefix}-search-hint`,
    error: `${idPrefix}-error`,
    status: `${idPrefix}-status`,
  };
  const describedBy = [hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(' ') || undefined;
  const selectedHidden = value !== null && !results.some((municipality) => municipality.id === value.id);

  let status: string;
  if (loading && !connection) status = t('common.loading');
  else if (loadError && !connection) status = t('errors.NETWORK');
  else if (results.length === 0) status = t('municipalityPicker.noResults');
  else status = t('municipalityPicker.results', { count: results.length });

  return (
    <fieldset className={`picker${error ? ' picker--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="picker__legend">
        {legend}
        {optional && <span className="field__optional"> ({t('common.optional')})</span>}
      </legend>
      {hint && (
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
      )}
      <div className="field">
        <label className="field__label" htmlFor={ids.search}>
          {t('municipalityPicker.search')}
        </label>
        <p className="field__hint" id={ids.searchHint}>
          {t('municipalityPicker.searchHint')}
        </p>
        <input
          id={ids.search}
          className="field__input"
          type="search"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-describedby={[ids.searchHint, ids.status, error ? ids.error : null].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
        />
      </div>
      {error && (
        <p className="field__error" id={ids.error}>
          {error}
        </p>
      )}
      <p className="picker__status" id={ids.status} role="status">
        {status}
        {connection?.pageInfo.hasNextPage && results.length > 0 ? ` ${t('municipalityPicker.moreResults')}` : ''}
      </p>
      <ul className="picker__options">
        {optional && (
          <li className="picker__option">
            <input
              type="radio"
              id={`${idPrefix}-none`}
              name={name}
              checked={value === null}
              onChange={() => onChange(null)}
            />
            <label htmlFor={`${idPrefix}-none`}>{t('municipalityPicker.none')}</label>
          </li>
        )}
        {selectedHidden && (
          <li className="picker__option">
            <input type="radio" id={`${idPrefix}-selected`} name={name} checked onChange={() => onChange(value)} />
            <label htmlFor={`${idPrefix}-selected`}>{value.name}</label>
          </li>
        )}
        {results.map((municipality) => {
          const id = `${idPrefix}-option-${municipality.id}`;
          const kind = t(`municipalityKind.${municipality.kind}`);
          return (
            <li className="picker__option" key={municipality.id}>
              <input
                type="radio"
                id={id}
                name={name}
                value={municipality.id}
                checked={value?.id === municipality.id}
                onChange={() => onChange({ id: municipality.id, name: municipality.name })}
              />
              <label htmlFor={id}>
                {municipality.name}{' '}
                <span className="muted">
                  (
                  {municipality.parent
                    ? t('municipalityPicker.detailsWithParent', { kind, parent: municipality.parent.name })
                    : kind}
                  )
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
