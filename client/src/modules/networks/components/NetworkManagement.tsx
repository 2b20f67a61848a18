import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
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
  const [status, setStatus] = useState<string | null>(null);
  const [add, addState] = useMutation(AddNetworkMemberDocument);
  const [remove, removeState] = useMutation(RemoveNetworkMemberDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    if (!picked) return;
    try {
      await add({ variables: { networkId: network.id, municipalityId: picked.id } });
      setStatus(t('networks.manage.memberAdded', { name: picked.name }));
      setPicked(null);
    } catch {
      // Shown by the problem below.
    }
  };

  const removeMember = async (municipality: { id: string; name: string }) => {
    setStatus(null);
    try {
      await remove({ variables: { networkId: network.id, municipalityId: municipality.id } });
      setStatus(t('networks.manage.memberRemoved', { name: municipality.name }));
    } catch {
      // Shown by the problem below.
    }
  };

  return (
    <div className="section">
      {network.members.length > 0 && (
        <ul aria-label={t('networks.manage.removeMembers')}>
          {network.members.map((member) => (
            <li key={member.municipality.id}>
              <button
                type="button"
                className="button button--small"
                disabled={removeState.loading}
                onClick={() => void removeMember(member.municipality)}
              >
                {t('networks.manage.removeMember', { name: member.municipality.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby={`${idPrefix}-heading`}>
        <h3 id={`${idPrefix}-heading`}>{t('networks.manage.addMemberHeading')}</h3>
        <MunicipalityPicker
          idPrefix={`${idPrefix}-member`}
          legend={t('networks.manage.memberMunicipality')}
          value={picked}
          onChange={setPicked}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={!picked || addState.loading}>
            {t('networks.manage.addMember')}
          </button>
        </div>
      </form>
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={addState.error ?? removeState.error} />
    </div>
  );
}

/** Naming a coordinator by handle or e-mail, and removing one (administrators). */
export function CoordinatorsManager({ network }: { network: Network }) {
  const { t } = useTranslation();
  const ids = { person: useId() };
  const [person, setPerson] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [add, addState] = useMutation(AddNetworkCoordinatorDocument);
  const [remove, removeState] = useMutation(RemoveNetworkCoordinatorDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const text = person.trim();
    // An e-mail has an @ inside it; a handle may start with one.
    const byEmail = text.indexOf('@') > 0;
    try {
      await add({
        variables: { networkId: network.id, handle: byEmail ? null : text, email: byEmail ? text : null },
      });
      setStatus(t('networks.manage.coordinatorAdded', { person: text }));
      setPerson('');
    } catch {
      // Shown by the problem below.
    }
  };

  const removeCoordinator = async (user: { id: string; displayName: string }) => {
    setStatus(null);
    try {
      await remove({ variables: { networkId: network.id, userId: user.id } });
      setStatus(t('networks.manage.coordinatorRemoved', { name: user.displayName }));
    } catch {
      // Shown by the problem below.
    }
  };

  return (
    <div className="section">
      {network.coordinators.length > 0 && (
        <ul aria-label={t('networks.manage.removeCoordinators')}>
          {network.coordinators.map((coordinator) => (
            <li key={coordinator.user.id}>
              <button
                type="button"
                className="button button--small"
                disabled={removeState.loading}
                onClick={() => void removeCoordinator(coordinator.user)}
              >
                {t('networks.manage.removeCoordinator', { name: coordinator.user.displayName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby={`${ids.person}-heading`}>
        <h3 id={`${ids.person}-heading`}>{t('networks.manage.addCoordinatorHeading')}</h3>
        <div className="field">
          <label className="field__label" htmlFor={ids.person}>
            {t('networks.manage.coordinatorPerson')}
          </label>
          <p className="field__hint" id={`${ids.person}-hint`}>
            {t('networks.manage.coordinatorPersonHint')}
          </p>
          <input
            id={ids.person}
            className="field__input"
            required
            autoComplete="off"
            aria-describedby={`${ids.person}-hint`}
            value={person}
            onChange={(event) => setPerson(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={addState.loading}>
            {t('networks.manage.addCoordinator')}
          </button>
        </div>
      </form>
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={addState.error ?? removeState.error} />
    </div>
  );
}
