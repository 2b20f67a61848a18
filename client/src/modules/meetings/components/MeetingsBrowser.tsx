import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '@ratusz/shared';
import { MeetingsDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { groupByDay, monthOf, monthRange, shiftMonth, type CalendarMonth } from '../calendar';
import { useMeetingEvents } from '../hooks/useMeetingEvents';
import { useZonedFormat } from '../hooks/useZonedFormat';
import { MeetingsAgenda } from './MeetingsAgenda';
import { MeetingsCalendar } from './MeetingsCalendar';

export type MeetingScope = { consultationId: string } | { municipalityId: string; includeChildren: boolean };

type View = 'calendar' | 'agenda';

/** Narrow screens get the list first: a seven-column table does not fit a phone. */
function initialView(): View {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 48rem)').matches ? 'agenda' : 'calendar';
}

/** A month of meetings as a calendar or an agenda, with the previous and next month a click away. */
export function MeetingsBrowser({ scope, headingLevel = 2 }: { scope: MeetingScope; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  useMeetingEvents();
  const [now] = useState(() => new Date());
  const [month, setMonth] = useState<CalendarMonth>(() => monthOf(now));
  const [view, setView] = useState<View>(initialView);
  const range = useMemo(() => monthRange(month), [month]);
  const query = useQuery(MeetingsDocument, {
    variables: { ...scope, from: range.from.toISOString(), to: range.to.toISOString() },
    fetchPolicy: 'cache-and-network',
  });
  const meetings = query.data?.meetings.nodes;
  const byDay = useMemo(() => groupByDay(meetings ?? []), [meetings]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = format.month(month);
  return (
    <section className="meetings-browser" aria-labelledby="meetings-month">
      <div className="meetings-browser__bar">
        <button
          type="button"
          className="button button--small"
          onClick={() => setMonth((m) => shiftMonth(m, -1))}
          aria-label={t('meetings.calendar.previous', { month: format.month(shiftMonth(month, -1)) })}
        >
          <span aria-hidden="true">←</span> {t('meetings.calendar.previousShort')}
        </button>
        <Heading id="meetings-month" className="meetings-browser__month" aria-live="polite">
          {title}
        </Heading>
        <button
          type="button"
          className="button button--small"
          onClick={() => setMonth((m) => shiftMonth(m, 1))}
          aria-label={t('meetings.calendar.next', { month: format.month(shiftMonth(month, 1)) })}
        >
          {t('meetings.calendar.nextShort')} <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setMonth(monthOf(new Date()))}
        >
          {t('meetings.calendar.thisMonth')}
        </button>
        <div className="segmented" role="group" aria-label={t('meetings.viewLabel')}>
          <button
            type="button"
            className="button button--small"
            aria-pressed={view === 'calendar'}
            onClick={() => setView('calendar')}
          >
            {t('meetings.viewCalendar')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-pressed={view === 'agenda'}
            onClick={() => setView('agenda')}
          >
            {t('meetings.viewAgenda')}
          </button>
        </div>
      </div>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />}
      {query.data &&
        (view === 'calendar' ? (
          <MeetingsCalendar month={month} today={localDate(new Date())} byDay={byDay} />
        ) : (
          <MeetingsAgenda byDay={byDay} />
        ))}
      {query.data?.meetings.pageInfo.hasNextPage && <p className="muted">{t('meetings.more')}</p>}
    </section>
  );
}
