import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConsultationDocument, type ConsultationDetailsFragment } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useConsultationFormat } from '../hooks/useConsultationFormat';
import { useConsultationLive } from '../hooks/useConsultationLive';
import { ConsultationActions } from './ConsultationActions';
import { ConsultationTabs } from './ConsultationTabs';
import { ConsultationTimeline } from './ConsultationTimeline';
import { FollowControl } from './FollowControl';
import { ManageControls } from './ManageControls';
import { routes } from '../../../app/routes';

/** Says a phase change that arrived live, once, in a polite live region. */
function PhaseAnnouncer({ phase }: { phase: string | null | undefined }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const [announced, setAnnounced] = useState<string | null>(null);
  const previous = useRef(phase);
  useEffect(() => {
    if (previous.current === phase) return;
    previous.current = phase;
    setAnnounced(t('consultations.live.phaseChanged', { phase: format.phase(phase) }));
  }, [phase, t, format]);
  return (
    <p className="visually-hidden" role="status" data-testid="phase-announcement">
      {announced}
    </p>
  );
}

function ConsultationView({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  // The sequencer starts from the seq read with the page; later refetches must not restart it.
  const [initialSeq] = useState(consultation.seq);
  useConsultationLive(consultation.id, initialSeq);
  const published = consultation.status === 'PUBLISHED';
  return (
    <>
      {!published && (
        <div className="callout">
          <p>{t('consultations.page.draftNotice')}</p>
        </div>
      )}
      <PhaseAnnouncer phase={consultation.currentPhase} />
      <dl className="consultation-facts" aria-label={t('consultations.page.facts')}>
        <div>
          <dt>{t('consultations.page.stage')}</dt>
          <dd data-testid="current-phase">{format.phase(consultation.currentPhase)}</dd>
        </div>
        <div>
          <dt>{t('consultations.page.municipality')}</dt>
          <dd>
            <Link to={routes.municipalityForum(consultation.municipality.id)}>{consultation.municipality.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('consultations.page.organiser')}</dt>
          <dd>{consultation.organiser?.displayName ?? t('consultations.page.noOrganiser')}</dd>
        </div>
        <div>
          <dt>{t('consultations.page.serviceAreas')}</dt>
          <dd>{consultation.serviceAreas.map((area) => format.serviceArea(area)).join(', ')}</dd>
        </div>
      </dl>
      {published && <FollowControl consultation={consultation} />}
      {consultation.viewerCanManage && <ManageControls consultation={consultation} />}
      <section className="section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('consultations.page.summary')}</h2>
        {/* Safe: the server sanitises this HTML exactly as it does posts' bodyHtml. */}
        <div className="post__body" dangerouslySetInnerHTML={{ __html: consultation.summaryHtml }} />
      </section>
      <section className="section" aria-labelledby="goal-heading">
        <h2 id="goal-heading">{t('consultations.page.goal')}</h2>
        <div className="post__body" dangerouslySetInnerHTML={{ __html: consultation.goalHtml }} />
      </section>
      <ConsultationTimeline phases={consultation.phases} />
      <ConsultationActions consultation={consultation} />
      <ConsultationTabs consultation={consultation} />
    </>
  );
}

/** One consultation: what it is about, its timeline, what one can do now, and its tabs; followed live. */
export function ConsultationPage() {
  const { consultationId = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(ConsultationDocument, { variables: { id: consultationId }, fetchPolicy: 'cache-and-network' });
  const consultation = query.data?.consultation;
  useDocumentTitle(consultation?.title ?? t('pages.consultations'));
  return (
    <div className="page consultation-page">
      <p>
        <Link to={routes.consultations()}>{t('consultations.page.backToList')}</Link>
      </p>
      <PageHeading>{consultation?.title ?? t('consultations.heading')}</PageHeading>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && (
        <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      )}
      {query.data && !consultation && <p>{t('consultations.page.notFound')}</p>}
      {consultation && <ConsultationView key={consultation.id} consultation={consultation} />}
    </div>
  );
}
