import { useTranslation } from 'react-i18next';
import type { ConsultationAction } from '@ratusz/shared';
import type { ConsultationDetailsFragment } from '../../../gql/graphql';
import { useConsultationFormat } from '../hooks/useConsultationFormat';
import { upcomingOpenings } from '../timeline';

/** What the current phase lets people do, and when the rest opens (the shared phase rules decide). */
export function ConsultationActions({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  if (consultation.status !== 'PUBLISHED') return null;
  const allowed = consultation.allowedActions as ConsultationAction[];
  const later = upcomingOpenings(consultation.phases, allowed);
  return (
    <section className="section consultation-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('consultations.actions.heading')}</h2>
      {allowed.length === 0 ? (
        <p>{t('consultations.actions.none')}</p>
      ) : (
        <ul data-testid="allowed-actions">
          {allowed.map((action) => (
            <li key={action}>{t(`consultations.action.${action}`)}</li>
          ))}
        </ul>
      )}
      {later.length > 0 && (
        <>
          <h3>{t('consultations.actions.laterHeading')}</h3>
          <ul>
            {later.map(({ action, phase }) => (
              <li key={action}>
                {t('consultations.actions.opensIn', {
                  action: t(`consultations.action.${action}`),
                  phase: format.phase(phase.kind),
                  date: format.day(phase.startsOn),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
