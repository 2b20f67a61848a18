import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MunicipalityConsultationsDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { ConsultationCard } from './ConsultationCard';
import { routes } from '../../../app/routes';

const SHOWN = 5;

/** A municipality's running consultations and next meetings (its gminas' or districts' included), for its pages. */
export function MunicipalityConsultations({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const query = useQuery(MunicipalityConsultationsDocument, {
    variables: { municipalityId, first: SHOWN * 2 },
    skip: !municipalityId,
  });
  const active = (query.data?.consultations.nodes ?? [])
    .filter((consultation) => consultation.currentPhase !== 'CLOSED')
    .slice(0, SHOWN);
  const meetings = query.data?.upcomingMeetings ?? [];
  return (
    <section className="section municipality-consultations" aria-labelledby="municipality-consultations-heading">
      <h2 id="municipality-consultations-heading">{t('consultations.municipalitySection.heading')}</h2>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={query.data ? undefined : query.error} />
      {query.data && (
        <div className="municipality-consultations__columns">
          <div>
            <h3>{t('consultations.municipalitySection.consultationsHeading')}</h3>
            {active.length === 0 ? (
              <p>{t('consultations.municipalitySection.none')}</p>
            ) : (
              <ul className="consultation-list">
                {active.map((consultation) => (
                  <li key={consultation.id}>
                    <ConsultationCard consultation={consultation} headingLevel={4} />
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to={routes.consultations()}>{t('consultations.municipalitySection.all')}</Link>
            </p>
          </div>
          <div>
            <h3>{t('consultations.municipalitySection.meetingsHeading')}</h3>
            {meetings.length === 0 ? (
              <p>{t('consultations.municipalitySection.noMeetings')}</p>
            ) : (
              <ul className="upcoming-meetings">
                {meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <Link to={routes.meeting(meeting.id)}>{meeting.title}</Link>
                    {meeting.cancelled && <> ({t('consultations.municipalitySection.cancelled')})</>}
                    <br />
                    <span className="muted">
                      <time dateTime={meeting.startsAt}>{dateTime(meeting.startsAt)}</time> ·{' '}
                      {meeting.municipality.name}
                      {meeting.consultation && (
                        <>
                          {' '}
                          ·{' '}
                          {t('consultations.municipalitySection.inConsultation', { title: meeting.consultation.title })}
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
