import { useTranslation } from 'react-i18next';
import { AdminUsersDocument, type AdminUsersQuery } from '../../../gql/graphql';
import { Combobox } from '../../ui/components/Combobox';
import { useConnectionSearch } from '../../ui/hooks/useConnectionSearch';

export interface PickedUser {
  id: string;
  displayName: string;
}

interface UserPickerProps {
  /** Prefix of element ids; the search field gets `${idPrefix}-search`. */
  idPrefix: string;
  value: PickedUser | null;
  onChange: (value: PickedUser) => void;
  error?: string;
}

type FoundUser = AdminUsersQuery['users']['nodes'][number];

/** Search accounts by e-mail or name and choose one from the suggestions. */
export function UserPicker({ idPrefix, value, onChange, error }: UserPickerProps) {
  const { t } = useTranslation();
  const { setSearch, results, status } = useConnectionSearch(AdminUsersDocument, (data) => data.users, {
    none: t('admin.grant.noUsers'),
    found: (count) => t('admin.grant.users', { count }),
    more: t('admin.grant.moreUsers'),
  });

  return (
    <fieldset className={`picker${error ? ' picker--invalid' : ''}`}>
      <legend className="picker__legend">{t('admin.grant.userLegend')}</legend>
      <Combobox<FoundUser>
        idPrefix={idPrefix}
        label={t('admin.grant.userSearch')}
        error={error}
        listLabel={t('admin.grant.userList')}
        items={results}
        getKey={(user) => user.id}
        getText={(user) => user.displayName}
        renderOption={(user) => t('admin.grant.userOption', { name: user.displayName, email: user.email })}
        selectedText={value?.displayName ?? ''}
        onChoose={(user) => onChange({ id: user.id, displayName: user.displayName })}
        onSearch={setSearch}
        status={status}
        spellCheck={false}
      />
    </fieldset>
  );
}
