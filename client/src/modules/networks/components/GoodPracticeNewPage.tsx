import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { parsePlnToGrosze, ServiceAreaCode } from '@ratusz/shared';
import { routeParams, routes } from '../../../app/routes';
import { CreateGoodPracticeDocument, NetworkDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { MunicipalityPicker, type PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { Problem } from './Problem';

const TEXTS = ['problem', 'solution', 'results'] as const;

/**
 * A good practice as a structured entry: problem, solution, cost, results,
 * contact, service area and municipality. Opened from a network's page it is
 * filed under that network and the municipality is one of its members.
 */
export function GoodPracticeNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me, loading } = useMe();
  const [params] = useSearchParams();
  const networkId = params.get(routeParams.practiceNetwork);
  const network = useQuery(NetworkDocument, { variables: { id: networkId ?? '' }, skip: !networkId }).data?.network;
  const id = useId();
  const [title, setTitle] = useState('');
  const [texts, setTexts] = useState<Record<(typeof TEXTS)[number], string>>({
    problem: '',
    solution: '',
    results: '',
  });
  const [cost, setCost] = useState('');
  const [contact, setContact] = useState('');
  const [serviceAreaCode, setServiceAreaCode] = useState<ServiceAreaCode | ''>('');
  const [memberId, setMemberId] = useState('');
  const [picked, setPicked] = useState<PickedMunicipality | null>(null);
  const [costError, setCostError] = useState<string | null>(null);
  const [create, state] = useMutation(CreateGoodPracticeDocument);
  useDocumentTitle(t('goodPractices.create.heading'));

  if (loading) return <p>{t('common.loading')}</p>;
  if (!me) {
    return (
      <>
        <PageHeading>{t('goodPractices.create.heading')}</PageHeading>
        <p>{t('goodPractices.create.loginFirst')}</p>
        <Link to={routes.login()}>{t('layout.nav.login')}</Link>
      </>
    );
  }

  const members = network?.members.map((member) => member.municipality) ?? [];
  const municipalityId = network ? memberId || members[0]?.id || '' : (picked?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCostError(null);
    const costGrosze = cost.trim() === '' ? null : parsePlnToGrosze(cost);
    if (cost.trim() !== '' && costGrosze === null) {
      setCostError(t('goodPractices.create.costInvalid'));
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            title,
            ...texts,
            costGrosze,
            contact,
            serviceAreaCode: serviceAreaCode as ServiceAreaCode,
            municipalityId,
            networkId: network?.id ?? null,
          },
        },
      });
      if (data) void navigate(routes.goodPractice(data.createGoodPractice.id));
    } catch {
      // Shown by the problem below.
    }
  };

  return (
    <>
      <PageHeading>{t('goodPractices.create.heading')}</PageHeading>
      <p>
        {network ? t('goodPractices.create.introNetwork', { network: network.name }) : t('goodPractices.create.intro')}
      </p>
      <form className="form" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-title`}>
            {t('goodPractices.create.title')}
          </label>
          <input
            id={`${id}-title`}
            className="field__input"
            required
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        {TEXTS.map((name) => (
          <div className="field" key={name}>
            <label className="field__label" htmlFor={`${id}-${name}`}>
              {t(`goodPractices.${name}`)}
            </label>
            <p className="field__hint" id={`${id}-${name}-hint`}>
              {t(`goodPractices.create.${name}Hint`)}
            </p>
            <textarea
              id={`${id}-${name}`}
              className="field__textarea"
              rows={4}
              required
              aria-describedby={`${id}-${name}-hint`}
              value={texts[name]}
              onChange={(event) => setTexts((current) => ({ ...current, [name]: event.target.value }))}
            />
          </div>
        ))}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-cost`}>
            {t('goodPractices.create.cost')} <span className="field__optional">({t('common.optional')})</span>
          </label>
          <input
            id={`${id}-cost`}
            className="field__input"
            inputMode="decimal"
            aria-invalid={costError ? true : undefined}
            aria-describedby={costError ? `${id}-cost-error` : undefined}
            value={cost}
            onChange={(event) => setCost(event.target.value)}
          />
          {costError && (
            <p className="field__error" id={`${id}-cost-error`}>
              {costError}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-contact`}>
            {t('goodPractices.contact')}
          </label>
          <input
            id={`${id}-contact`}
            className="field__input"
            required
            value={contact}
            onChange={(event) => setContact(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-area`}>
            {t('goodPractices.create.serviceArea')}
          </label>
          <select
            id={`${id}-area`}
            className="field__input"
            required
            value={serviceAreaCode}
            onChange={(event) => setServiceAreaCode(event.target.value as ServiceAreaCode | '')}
          >
            <option value="">{t('goodPractices.create.chooseArea')}</option>
            {Object.values(ServiceAreaCode).map((code) => (
              <option key={code} value={code}>
                {t(`networks.serviceArea.${code}`)}
              </option>
            ))}
          </select>
        </div>
        {network ? (
          <div className="field">
            <label className="field__label" htmlFor={`${id}-member`}>
              {t('goodPractices.municipality')}
            </label>
            <select
              id={`${id}-member`}
              className="field__input"
              required
              value={municipalityId}
              onChange={(event) => setMemberId(event.target.value)}
            >
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <MunicipalityPicker
            idPrefix={`${id}-municipality`}
            legend={t('goodPractices.municipality')}
            value={picked}
            onChange={setPicked}
          />
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={state.loading || !municipalityId}>
            {t('goodPractices.create.submit')}
          </button>
        </div>
        <Problem error={state.error} />
      </form>
    </>
  );
}
