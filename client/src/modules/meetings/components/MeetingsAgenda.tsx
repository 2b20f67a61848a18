import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingFieldsFragment } from '../../../gql/graphql';
import { useZonedFormat } from '../hooks/useZonedFormat';
import { routes } from '../../../app/routes';
import { SeatsSummary } from './SeatsSummary';

/** The same meetings as a list by day: the calendar's alternative for narrow screens and linear reading. */
export function MeetingsAgenda({ byDay }: { byDay: ReadonlyMap<string, readonly MeetingFieldsFragment[]> }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  if (byDay.size === 0) return <p>{t('meetings.none')}</p>;
  return (
    <ol className="meetings-agenda" data-testid="meetings-agenda">
      {[...byDay.entries()].map(([day, meetings]) => (
        <li key={day} className="meetings-agenda__day">
          <h4 className="meetings-agenda__date">{format.day(day)}</h4>
          <ul className="meetings-agenda__list">
            {meetings.map((meeting) => (
              <li key={meeting.id} className="meetings-agenda__item" data-testid="agenda-meeting">
                <p className="meetings-agenda__title">
                  <Link to={routes.meeting(meeting.id)}>{meeting.title}</Link>
                  {meeting.cancelled && (
                    <>
                      {' '}
                      <span className="badge badge--cancelled">{t('meetings.cancelled')}</span>
                    </>
                  )}
                </p>
                <p className="muted">
                  {t(`meetings.kind.${meeting.kind}`)} ·{' '}
                  <time dateTime={meeting.startsAt}>{format.time(meeting.startsAt)}</time>–
                  <time dateTime={meeting.endsAt}>{format.time(meeting.endsAt)}</time>
                  {meeting.address ? ` · ${meeting.address}` : ''}
                  {meeting.onlineUrl ? ` · ${t('meetings.online')}` : ''}
                </p>
                <SeatsSummary meeting={meeting} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
