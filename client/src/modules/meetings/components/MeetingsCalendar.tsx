import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingFieldsFragment } from '../../../gql/graphql';
import { monthGrid, type CalendarMonth } from '../calendar';
import { useZonedFormat } from '../hooks/useZonedFormat';
import { routes } from '../../../app/routes';

interface MeetingsCalendarProps {
  month: CalendarMonth;
  /** YYYY-MM-DD in Europe/Warsaw. */
  today: string;
  byDay: ReadonlyMap<string, readonly MeetingFieldsFragment[]>;
}

/**
 * The month as a table: a row per week, a column per weekday, each day's
 * meetings as links. A table (not an ARIA grid) keeps plain Tab navigation:
 * only the meetings are focusable, and screen readers announce the weekday
 * from the column header.
 */
export function MeetingsCalendar({ month, today, byDay }: MeetingsCalendarProps) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  return (
    <div className="table-wrapper">
      <table className="meetings-calendar" data-testid="meetings-calendar">
        <caption className="visually-hidden">{t('meetings.calendar.caption', { month: format.month(month) })}</caption>
        <thead>
          <tr>
            {format.weekdays.map((weekday) => (
              <th scope="col" key={weekday.long}>
                <abbr title={weekday.long}>{weekday.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => {
                const meetings = byDay.get(day.date) ?? [];
                const isToday = day.date === today;
                const classes = [
                  'meetings-calendar__day',
                  day.inMonth ? '' : 'meetings-calendar__day--outside',
                  isToday ? 'meetings-calendar__day--today' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={day.date} className={classes} aria-current={isToday ? 'date' : undefined}>
                    <span className="meetings-calendar__date">
                      <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                      <span className="visually-hidden">{format.day(day.date)}</span>
                      {isToday && <span className="meetings-calendar__today">{t('meetings.calendar.today')}</span>}
                    </span>
                    {meetings.length > 0 && (
                      <ul className="meetings-calendar__list">
                        {meetings.map((meeting) => (
                          <li key={meeting.id}>
                            <Link
                              to={routes.meeting(meeting.id)}
                              className={`meetings-calendar__meeting${meeting.cancelled ? ' meetings-calendar__meeting--cancelled' : ''}`}
                            >
                              <time dateTime={meeting.startsAt}>{format.time(meeting.startsAt)}</time> {meeting.title}
                              {meeting.cancelled && <> ({t('meetings.cancelled')})</>}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
