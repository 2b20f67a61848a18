import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsultationSummaryFragment } from '../../../gql/graphql';
import { useConsultationFormat } from '../hooks/useConsultationFormat';
import { routes } from '../../../app/routes';

/** A consultation in a list: its title as the link, where, which phase and which areas. */
export function ConsultationCard({
  consultation,
  headingLevel = 3,
}: {
  consultation: ConsultationSummaryFragment;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="consultation-card">
      <Heading className="consultation-card__title">
        <Link to={routes.consultation(consultation.id)}>{consultation.title}</Link>
      </Heading>
      <p className="consultation-card__meta">
        {consultation.municipality.name} ·{' '}
        {consultation.currentPhase
          ? t('consultations.card.stage', { phase: format.phase(consultation.currentPhase) })
          : t('consultations.card.noStage')}
      </p>
      <p className="consultation-card__meta muted">
        {consultation.serviceAreas.map((area) => format.serviceArea(area)).join(', ')} ·{' '}
        {t('consultations.card.followers', { count: consultation.followerCount })}
      </p>
    </article>
  );
}
