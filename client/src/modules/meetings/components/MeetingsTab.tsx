import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MeetingsConsultationDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { IcalLink } from './IcalLink';
import { NewMeeting } from './NewMeeting';
import { MeetingsBrowser } from './MeetingsBrowser';

/** A consultation's meetings: the month calendar or agenda, the iCal feed and, for organisers, a new meeting. */
export function MeetingsTab({ consultation: { id: consultationId } }: { consultation: { id: string } }) {
  const { t } = useTranslation();
  const query = useQuery(MeetingsConsultationDocument, { variables: { id: consultationId } });
  const consultation = query.data?.consultation;
  return (
    <div className="meetings-tab" data-testid="meetings-tab">
      <h2>{t('meetings.heading')}</h2>
      <ProblemCallout error={query.error} />
      <IcalLink kind="consultations" id={consultationId} />
      {consultation?.viewerCanManage && <NewMeeting scope={{ consultationId }} headingLevel={3} />}
      <MeetingsBrowser scope={{ consultationId }} headingLevel={3} />
    </div>
  );
}
