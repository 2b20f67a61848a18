import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TIMELINE_PHASE_KINDS, type ConsultationPhaseKind as PhaseKind, type ServiceAreaCode } from '@ratusz/shared';
import { ConsultationsDocument, ConsultationServiceAreasDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { MunicipalityPicker, type PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { useConsultationFormat } from '../hooks/useConsultationFormat';
import { ConsultationCard } from './ConsultationCard';
import { routes } from '../../../app/routes';

const PAGE_SIZE = 20;

/** All consultations (newest first), filtered by municipality, area and phase, with "show more". */
export function ConsultationListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.consultations'));
  const { me } = useMe();
  const format = useConsultationFormat();
  const ids = useId();
  const [municipality, setMunicipality] = useState<PickedMunicipality | null>(null);
  const [serviceArea, setServiceArea] = useState<ServiceAreaCode | ''>('');
  const [phase, setPhase] = useState<PhaseKind | ''>('');
  const areas = useQuery(ConsultationServiceAreasDocument);
  const query = useQuery(ConsultationsDocument, {
    variables: {
      municipalityId: municipality?.id ?? null,
      serviceArea: serviceArea || null,
      phase: phase || null,
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = query.data?.consultations;
  const nodes = connection?.nodes ?? [];
  const canCreate = !!me && (me.isAdmin || me.roles.some((grant) => grant.role === 'OFFICIAL'));

  return (
    <div className="page">
      <PageHeading>{t('consultations.heading')}</PageHeading>
      <p className="lead">{t('consultations.intro')}</p>
      {canCreate && (
        <p>
          <Link className="button button--primary" to={routes.consultationNew()}>
            {t('consultations.newLink')}
          </Link>
        </p>
      )}
      <section className="section consultation-filters" aria-labelledby={`${ids}-filters`}>
        <h2 id={`${ids}-filters`}>{t('consultations.list.filtersHeading')}</h2>
        <MunicipalityPicker
          idPrefix="consultations-municipality"
          legend={t('consultations.list.municipality')}
          hint={t('consultations.list.municipalityHint')}
          optional
          value={municipality}
          onChange={setMunicipality}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-area`}>
            {t('consultations.list.serviceArea')}
          </label>
          <select
            id={`${ids}-area`}
            className="field__input"
            value={serviceArea}
            onChange={(event) => setServiceArea(event.target.value as ServiceAreaCode | '')}
          >
            <option value="">{t('consultations.list.anyServiceArea')}</option>
            {(areas.data?.serviceAreas ?? []).map((area) => (
              <option key={area.code} value={area.code}>
                {format.serviceArea(area)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-phase`}>
            {t('consultations.list.phase')}
          </label>
          <select
            id={`${ids}-phase`}
            className="field__input"
            value={phase}
            onChange={(event) => setPhase(event.target.value as PhaseKind | '')}
          >
            <option value="">{t('consultations.list.anyPhase')}</option>
            {TIMELINE_PHASE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {format.phase(kind)}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section className="section" aria-labelledby={`${ids}-results`}>
        <h2 id={`${ids}-results`}>{t('consultations.list.listLabel')}</h2>
        <p role="status" className="muted" data-testid="consultation-count">
          {connection &&
            (nodes.length === 0
              ? t('consultations.list.empty')
              : `${t('consultations.list.results', { count: nodes.length })}${
                  connection.pageInfo.hasNextPage ? ` ${t('consultations.list.moreResults')}` : ''
                }`)}
        </p>
        {query.loading && !connection && <p className="muted">{t('common.loading')}</p>}
        {!connection && (
          <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
        )}
        {nodes.length > 0 && (
          <ul className="consultation-list">
            {nodes.map((consultation) => (
              <li key={consultation.id}>
                <ConsultationCard consultation={consultation} />
              </li>
            ))}
          </ul>
        )}
        {connection?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button"
            aria-disabled={query.loading || undefined}
            onClick={() => {
              if (query.loading) return;
              void query.fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
            }}
          >
            {query.loading ? t('common.loading') : t('consultations.list.loadMore')}
          </button>
        )}
      </section>
    </div>
  );
}
