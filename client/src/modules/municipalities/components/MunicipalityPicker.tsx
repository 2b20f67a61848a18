import { useTranslation } from 'react-i18next';
import { SearchMunicipalitiesDocument, type SearchMunicipalitiesQuery } from '../../../gql/graphql';
import { Combobox } from '../../ui/components/Combobox';
import { useConnectionSearch } from '../../ui/hooks/useConnectionSearch';

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
  const { setSearch, results, status } = useConnectionSearch(
    SearchMunicipalitiesDocument,
    (data) => data.municipalities,
    {
      none: t('municipalityPicker.noResults'),
      found: (count) => t('municipalityPicker.results', { count }),
      more: t('municipalityPicker.moreResults'),
    },
  );
  const options: readonly Option[] = optional
    ? [{ __typename: 'NoMunicipality', id: '', name: t('municipalityPicker.none') }, ...results]
    : results;
  const hintId = `${idPrefix}-hint`;

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
