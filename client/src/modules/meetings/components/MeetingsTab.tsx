import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MeetingsConsultationDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { IcalLink } from './IcalLink';
import { MeetingForm } from './MeetingForm';
import { MeetingsBrowser } from './MeetingsBrowser';
import { routes } from '../../../app/routes';

/** A consultation's meetings: the month calendar or agenda, the iCal feed and, for organisers, a new meeting. */
export function MeetingsTab({ consultation: { id: consultationId } }: { consultation: { id: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const query = useQuery(MeetingsConsultationDocument, { variables: { id: consultationId } });
  const consultation = query.data?.consultation;
  return (
    <div className="meetings-tab" data-testid="meetings-tab">
      <h2>{t('meetings.heading')}</h2>
      <ProblemCallout error={query.error} />
      <IcalLink kind="consultations" id={consultationId} />
      {consultation?.viewerCanManage &&
        (creating ? (
          <section className="section" aria-labelledby="meeting-new-heading">
            <h3 id="meeting-new-heading">{t('meetings.form.newHeading')}</h3>
            <MeetingForm
              scope={{ consultationId }}
              onDone={(meeting) => {
                setCreating(false);
                if (meeting) void navigate(routes.meeting(meeting.id));
              }}
            />
          </section>
        ) : (
          <p>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('meetings.form.new')}
            </button>
          </p>
        ))}
      <MeetingsBrowser scope={{ consultationId }} headingLevel={3} />
    </div>
  );
}
