import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment } from '../../../gql/graphql';

/** Seats taken, the waiting list and the viewer's own place, in words. */
export function SeatsSummary({ meeting }: { meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation();
  const registration = meeting.viewerRegistration;
  return (
    <p className="seats" data-testid="meeting-seats">
      {meeting.capacity === null
        ? t('meetings.seats.unlimited', { count: meeting.registeredCount })
        : t('meetings.seats.limited', { count: meeting.registeredCount, capacity: meeting.capacity })}
      {meeting.waitingCount > 0 && <> · {t('meetings.seats.waiting', { count: meeting.waitingCount })}</>}
      {registration && (
        <>
          {' · '}
          <strong data-testid="my-registration">
            {registration.status === 'REGISTERED'
              ? t('meetings.registration.youAreRegistered')
              : t('meetings.registration.youAreWaiting', { position: registration.waitingPosition ?? 0 })}
          </strong>
        </>
      )}
    </p>
  );
}
