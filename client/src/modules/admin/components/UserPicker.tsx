import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminUsersDocument } from '../../../gql/graphql';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';

export interface PickedUser {
  id: string;
  displayName: string;
}

interface UserPickerProps {
  idPrefix: string;
  value: PickedUser | null;
  onChange: (value: PickedUser) => void;
  error?: string;
}

const PAGE_SIZE = 10;

/** Search accounts by e-mail or name and choose one with radio buttons. */
export function UserPicker({ idPrefix, value, onChange, error }: UserPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const {
    data,
    previousData,
    loading,
    error: loadError,
  } = useQuery(AdminUsersDocument, {
    variables: { search: debounced || null, first: PAGE_SIZE },
  });
  const connection = (data ?? previousData)?.users;
  const results = connection?.nodes ?? [];
  const ids = { search: `${idPrefix}-search`, error: `${idPrefix}-error`, status: `${idPrefix}-status` };
  const selectedHidden = value !== null && !results.some((user) => user.id === value.id);

  let status: string;
  if (loading && !connection) status = t('common.loading');
  else if (loadError && !connection) status = t('errors.NETWORK');
  else if (results.length === 0) status = t('admin.grant.noUsers');
  else status = t('admin.grant.users', { count: results.length });

  return (
    <fieldset className={`picker${error ? ' picker--invalid' : ''}`} aria-describedby={error ? ids.error : undefined}>
      <legend className="picker__legend">{t('admin.grant.userLegend')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={ids.search}>
          {t('admin.grant.userSearch')}
        </label>
        <input
          id={ids.search}
          className="field__input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          aria-describedby={[ids.status, error ? ids.error : null].filter(Boolean).join(' ')}
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
        {connection?.pageInfo.hasNextPage && results.length > 0 ? ` ${t('admin.grant.moreUsers')}` : ''}
      </p>
      <ul className="picker__options">
        {selectedHidden && (
          <li className="picker__option">
            <input type="radio" id={`${idPrefix}-selected`} name={name} checked onChange={() => onChange(value)} />
            <label htmlFor={`${idPrefix}-selected`}>{value.displayName}</label>
          </li>
        )}
        {results.map((user) => {
          const id = `${idPrefix}-option-${user.id}`;
          return (
            <li className="picker__option" key={user.id}>
              <input
                type="radio"
                id={id}
                name={name}
                value={user.id}
                checked={value?.id === user.id}
                onChange={() => onChange({ id: user.id, displayName: user.displayName })}
              />
              <label htmlFor={id}>{t('admin.grant.userOption', { name: user.displayName, email: user.email })}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
