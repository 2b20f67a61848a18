import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AddNetworkCoordinatorDocument,
  AddNetworkMemberDocument,
  RemoveNetworkCoordinatorDocument,
  RemoveNetworkMemberDocument,
  SetNetworkIndicatorsPublicDocument,
  type NetworkPageFieldsFragment,
} from '../../../gql/graphql';
import { MunicipalityPicker, type PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { ManagedList } from './ManagedList';
import { Problem } from './Problem';

type Network = NetworkPageFieldsFragment;

/** Whether the network's indicator comparison is public or kept to its members until published. */
export function IndicatorsPublicControl({ network }: { network: Network }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [setPublic, state] = useMutation(SetNetworkIndicatorsPublicDocument);

  const change = async (indicatorsPublic: boolean) => {
    setStatus(null);
    try {
      await setPublic({ variables: { networkId: network.id, indicatorsPublic } });
      setStatus(t(indicatorsPublic ? 'networks.manage.published' : 'networks.manage.keptInternal'));
    } catch {
      // Shown by the problem below.
    }
  };

  return (
    <section className="section" aria-labelledby="network-indicators-heading">
      <h2 id="network-indicators-heading">{t('networks.manage.indicatorsHeading')}</h2>
      <p data-testid="network-indicators-state">
        {t(network.indicatorsPublic ? 'networks.manage.indicatorsPublic' : 'networks.manage.indicatorsInternal')}
      </p>
      {network.viewerCanManage && (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={state.loading}
            onClick={() => void change(!network.indicatorsPublic)}
          >
            {t(network.indicatorsPublic ? 'networks.manage.keepInternal' : 'networks.manage.publish')}
          </button>
        </div>
      )}
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={state.error} />
    </section>
  );
}

/** Adding a member municipality (at the end of the hosting order) and removing one. */
export function MembersManager({ network }: { network: Network }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [picked, setPicked] = useState<PickedMunicipality | null>(null);
  const [add, addState] = useMutation(AddNetworkMemberDocument);
  const [remove, removeState] = useMutation(RemoveNetworkMemberDocument);

  return (
    <ManagedList
      items={network.members}
      keyOf={(member) => member.municipality.id}
      removeListLabel={t('networks.manage.removeMembers')}
      removeLabel={(member) => t('networks.manage.removeMember', { name: member.municipality.name })}
      onRemove={async ({ municipality }) => {
        await remove({ variables: { networkId: network.id, municipalityId: municipality.id } });
        return t('networks.manage.memberRemoved', { name: municipality.name });
      }}
      removing={removeState.loading}
      addHeading={t('networks.manage.addMemberHeading')}
      addLabel={t('networks.manage.addMember')}
      canAdd={picked !== null}
      onAdd={async () => {
        const municipality = picked;
        if (!municipality) return '';
        await add({ variables: { networkId: network.id, municipalityId: municipality.id } });
        setPicked(null);
        return t('networks.manage.memberAdded', { name: municipality.name });
      }}
      adding={addState.loading}
      error={addState.error ?? removeState.error}
    >
      <MunicipalityPicker
        idPrefix={`${idPrefix}-member`}
        legend={t('networks.manage.memberMunicipality')}
        value={picked}
        onChange={setPicked}
      />
    </ManagedList>
  );
}

/** Naming a coordinator by handle or e-mail, and removing one (administrators). */
export function CoordinatorsManager({ network }: { network: Network }) {
  const { t } = useTranslation();
  const personId = useId();
  const [person, setPerson] = useState('');
  const [add, addState] = useMutation(AddNetworkCoordinatorDocument);
  const [remove, removeState] = useMutation(RemoveNetworkCoordinatorDocument);

  return (
    <ManagedList
      items={network.coordinators}
      keyOf={(coordinator) => coordinator.user.id}
      removeListLabel={t('networks.manage.removeCoordinators')}
      removeLabel={(coordinator) => t('networks.manage.removeCoordinator', { name: coordinator.user.displayName })}
      onRemove={async ({ user }) => {
        await remove({ variables: { networkId: network.id, userId: user.id } });
        return t('networks.manage.coordinatorRemoved', { name: user.displayName });
      }}
      removing={removeState.loading}
      addHeading={t('networks.manage.addCoordinatorHeading')}
      addLabel={t('networks.manage.addCoordinator')}
      canAdd={person.trim() !== ''}
      onAdd={async () => {
        const text = person.trim();
        // An e-mail has an @ inside it; a handle may start with one.
        const byEmail = text.indexOf('@') > 0;
        await add({
          variables: { networkId: network.id, handle: byEmail ? null : text, email: byEmail ? text : null },
        });
        setPerson('');
        return t('networks.manage.coordinatorAdded', { person: text });
      }}
      adding={addState.loading}
      error={addState.error ?? removeState.error}
    >
      <div className="field">
        <label className="field__label" htmlFor={personId}>
          {t('networks.manage.coordinatorPerson')}
        </label>
        <p className="field__hint" id={`${personId}-hint`}>
          {t('networks.manage.coordinatorPersonHint')}
        </p>
        <input
          id={personId}
          className="field__input"
          required
          autoComplete="off"
          aria-describedby={`${personId}-hint`}
          value={person}
          onChange={(event) => setPerson(event.target.value)}
        />
      </div>
    </ManagedList>
  );
}
