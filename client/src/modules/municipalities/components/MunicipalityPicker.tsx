import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchMunicipalitiesDocument, type SearchMunicipalitiesQuery } from '../../../gql/graphql';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';
import { Combobox } from '../../ui/components/Combobox';
import { searchStatus } from '../../ui/searchStatus';

export interface PickedMunicipality {
  id: string;
  name: string;
}

export interface MunicipalityPickerProps {
  /** Prefix of element ids; the search field gets `${idPrefix}-search`. */
  idPrefix: string;
  legend: string;
  hint?: string;
  optional?: boolean;
  value: PickedMunicipality | null;
  onChange: (value: PickedMunicipality | null) => void;
  error?: string;
}

type Found = SearchMunicipalitiesQuery['municipalities']['nodes'][number];
/** The "none" choice of an optional picker, offered first. */
type Option = Found | { __typename: 'NoMunicipality'; id: ''; name: string };

const PAGE_SIZE = 10;

/** Search-as-you-type over `municipalities(search:)`, choosing from the suggestions. */
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
  const options: readonly Option[] = optional
    ? [{ __typename: 'NoMunicipality', id: '', name: t('municipalityPicker.none') }, ...results]
    : results;
  const hintId = `${idPrefix}-hint`;
  const status = searchStatus(t, {
    loading: loading && !connection,
    failed: Boolean(loadError) && !connection,
    count: results.length,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    messages: {
      none: t('municipalityPicker.noResults'),
      found: t('municipalityPicker.results', { count: results.length }),
      more: t('municipalityPicker.moreResults'),
    },
  });

  return (
    <fieldset className={`picker${error ? ' picker--invalid' : ''}`}>
      <legend className="picker__legend">
        {legend}
        {optional && <span className="field__optional"> ({t('common.optional')})</span>}
      </legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <Combobox<Option>
        idPrefix={idPrefix}
        label={t('municipalityPicker.search')}
        hint={t('municipalityPicker.searchHint')}
        describedBy={hint ? hintId : undefined}
        error={error}
        listLabel={t('municipalityPicker.list')}
        items={options}
        getKey={(option) => option.id || 'none'}
        getText={(option) => (option.__typename === 'NoMunicipality' ? '' : option.name)}
        renderOption={(option) => {
          if (option.__typename === 'NoMunicipality') return option.name;
          const kind = t(`municipalityKind.${option.kind}`);
          return (
            <>
              {option.name}{' '}
              <span className="muted">
                (
                {option.parent ? t('municipalityPicker.detailsWithParent', { kind, parent: option.parent.name }) : kind}
                )
              </span>
            </>
          );
        }}
        selectedText={value?.name ?? ''}
        onChoose={(option) =>
          onChange(option.__typename === 'NoMunicipality' ? null : { id: option.id, name: option.name })
        }
        onSearch={setSearch}
        status={status}
      />
    </fieldset>
  );
}
