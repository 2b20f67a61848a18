import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MyOrganisationsDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';

/** "Publish as": yourself, or an organisation you belong to; nothing when you belong to none. */
export function OnBehalfSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data } = useQuery(MyOrganisationsDocument, { skip: !me });
  const organisations = data?.myOrganisations.nodes ?? [];
  if (organisations.length === 0) return null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('organisations.onBehalf.label')}
      </label>
      <select
        id={id}
        className="field__input"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('organisations.onBehalf.myself')}</option>
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
    </div>
  );
}
