import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MEETING_MINUTES_LIMITS } from '@ratusz/shared';
import {
  CancelMeetingDocument,
  CancelMeetingRegistrationDocument,
  MeetingAttendeesDocument,
  MeetingDocument,
  RegisterForMeetingDocument,
  SetMeetingMinutesDocument,
  type MeetingDetailFieldsFragment,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useMeetingEvents } from '../hooks/useMeetingEvents';
import { useMeetingRoom } from '../hooks/useMeetingRoom';
import { useZonedFormat } from '../hooks/useZonedFormat';
import { MeetingForm } from './MeetingForm';
import { SeatsSummary } from './SeatsSummary';
import { routes } from '../../../app/routes';

type Meeting = MeetingDetailFieldsFragment;

function Registration({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [register, registerState] = useMutation(RegisterForMeetingDocument);
  const [leave, leaveState] = useMutation(CancelMeetingRegistrationDocument);
  const [status, setStatus] = useState<string | null>(null);
  const busy = registerState.loading || leaveState.loading;
  // Read once per mount: a page left open across the start time shows it after the next visit.
  const [now] = useState(() => Date.now());
  const started = new Date(meeting.startsAt).getTime() <= now;
  const registration = meeting.viewerRegistration;
  const phaseAllows = !meeting.consultation || meeting.consultation.allowedActions.includes('REGISTER_FOR_MEETING');
  const full = meeting.capacity !== null && meeting.registeredCount >= meeting.capacity;

  const run = async (
    action: () => Promise<{ data?: { registerForMeeting?: Meeting; cancelMeetingRegistration?: Meeting } | null }>,
  ) => {
    setStatus(null);
    try {
      const { data } = await action();
      const updated = data?.registerForMeeting ?? data?.cancelMeetingRegistration;
      const mine = updated?.viewerRegistration;
      setStatus(
        !mine
          ? t('meetings.registration.cancelled')
          : mine.status === 'REGISTERED'
            ? t('meetings.registration.youAreRegistered')
            : t('meetings.registration.youAreWaiting', { position: mine.waitingPosition ?? 0 }),
      );
    } catch {
      // Shown by the callouts below.
    }
  };

  let action: ReactNode;
  if (meeting.cancelled) action = <p>{t('meetings.registration.meetingCancelled')}</p>;
  else if (started) action = <p>{t('meetings.registration.started')}</p>;
  else if (!me)
    action = (
      <p>
        <Link to={routes.login()}>{t('meetings.registration.login')}</Link>
      </p>
    );
  else if (registration)
    action = (
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run(() => leave({ variables: { meetingId: meeting.id } }))}
      >
        {registration.status === 'REGISTERED'
          ? t('meetings.registration.cancel')
          : t('meetings.registration.leaveQueue')}
      </button>
    );
  else if (!phaseAllows) action = <p>{t('meetings.registration.closed')}</p>;
  else
    action = (
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => void run(() => register({ variables: { meetingId: meeting.id } }))}
      >
        {full ? t('meetings.registration.joinQueue') : t('meetings.registration.register')}
      </button>
    );

  return (
    <section className="section meeting-registration" aria-labelledby="meeting-registration-heading">
      <h2 id="meeting-registration-heading">{t('meetings.registration.heading')}</h2>
      <SeatsSummary meeting={meeting} />
      {action}
      <p role="status">{status}</p>
      <ProblemCallout inline error={registerState.error ?? leaveState.error} />
    </section>
  );
}

function Attendees({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  const query = useQuery(MeetingAttendeesDocument, {
    variables: { meetingId: meeting.id },
    fetchPolicy: 'cache-and-network',
  });
  const attendees = query.data?.meetingAttendees.nodes ?? [];
  return (
    <section className="section" aria-labelledby="meeting-attendees-heading">
      <h2 id="meeting-attendees-heading">{t('meetings.attendees.heading')}</h2>
      <p>
        <a
          className="button button--small"
          href={`/api/meetings/${encodeURIComponent(meeting.id)}/attendees.csv`}
          download
          data-testid="attendees-csv"
        >
          {t('meetings.attendees.csv')}
        </a>
      </p>
      <ProblemCallout error={query.error} />
      {query.data && attendees.length === 0 && <p>{t('meetings.attendees.none')}</p>}
      {attendees.length > 0 && (
        <div className="table-wrapper">
          <table className="table" data-testid="attendees">
            <caption className="visually-hidden">{t('meetings.attendees.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.attendees.name')}</th>
                <th scope="col">{t('meetings.attendees.status')}</th>
                <th scope="col">{t('meetings.attendees.registeredAt')}</th>
              </tr>
            </thead>
            <tbody>
              {attendees.map((attendee) => (
                <tr key={attendee.user.id}>
                  <th scope="row">
                    {attendee.user.displayName} <span className="muted">@{attendee.user.handle}</span>
                  </th>
                  <td>
                    {attendee.status === 'REGISTERED'
                      ? t('meetings.attendees.registered')
                      : t('meetings.attendees.waiting', { position: attendee.waitingPosition ?? 0 })}
                  </td>
                  <td>
                    <time dateTime={attendee.registeredAt}>{format.dateTime(attendee.registeredAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.data?.meetingAttendees.pageInfo.hasNextPage && <p className="muted">{t('meetings.attendees.more')}</p>}
    </section>
  );
}

function MinutesEditor({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetMeetingMinutesDocument);
  const form = useAppForm({
    fields: { minutes: 'meeting-minutes' },
    defaultValues: { minutes: meeting.minutesSource ?? '' },
    checks: { minutes: (value: string) => length('minutes', value, MEETING_MINUTES_LIMITS) },
  });
  const submit = form.submit(async ({ minutes }) => {
    await save({ variables: { input: { meetingId: meeting.id, minutes } } });
    onDone();
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormProblem form={form} />
      <MarkdownFormField
        form={form}
        name="minutes"
        id="meeting-minutes"
        label={t('meetings.minutes.label')}
        autoFocus
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('meetings.minutes.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t('meetings.form.cancel')}
        </button>
      </div>
    </form>
  );
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  const [panel, setPanel] = useState<'edit' | 'minutes' | null>(null);
  const [cancel, cancelState] = useMutation(CancelMeetingDocument);
  // Read once per mount: a page left open across the start time shows it after the next visit.
  const [now] = useState(() => Date.now());
  const started = new Date(meeting.startsAt).getTime() <= now;
  return (
    <>
      {meeting.cancelled && (
        <div className="callout callout--error" role="status">
          <p>{t('meetings.cancelledNotice')}</p>
        </div>
      )}
      <dl className="meeting-facts">
        <dt>{t('meetings.facts.kind')}</dt>
        <dd data-testid="meeting-kind">{t(`meetings.kind.${meeting.kind}`)}</dd>
        <dt>{t('meetings.facts.when')}</dt>
        <dd>
          <time dateTime={meeting.startsAt}>{format.dateTime(meeting.startsAt)}</time> –{' '}
          <time dateTime={meeting.endsAt}>{format.dateTime(meeting.endsAt)}</time>{' '}
          <span className="muted">({t('meetings.facts.timeZone')})</span>
        </dd>
        {meeting.address && (
          <>
            <dt>{t('meetings.facts.where')}</dt>
            <dd>{meeting.address}</dd>
          </>
        )}
        {meeting.onlineUrl && (
          <>
            <dt>{t('meetings.facts.online')}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {meeting.onlineUrl}
                <span className="visually-hidden"> ({t('meetings.facts.newWindow')})</span>
              </a>
            </dd>
          </>
        )}
        <dt>{t('meetings.facts.capacity')}</dt>
        <dd>{meeting.capacity === null ? t('meetings.facts.noLimit') : meeting.capacity}</dd>
        <dt>{t('meetings.facts.organiser')}</dt>
        <dd>
          {meeting.organiser?.displayName ?? '—'} · {meeting.municipality.name}
          {meeting.consultation && (
            <>
              {' · '}
              <Link to={routes.consultation(meeting.consultation.id, { tab: 'meetings' })}>
                {meeting.consultation.title}
              </Link>
            </>
          )}
        </dd>
      </dl>
      {meeting.descriptionHtml && (
        <section className="section" aria-labelledby="meeting-description-heading">
          <h2 id="meeting-description-heading">{t('meetings.description')}</h2>
          {/* Safe: sanitised by the server. */}
          <div className="post__body" dangerouslySetInnerHTML={{ __html: meeting.descriptionHtml }} />
        </section>
      )}
      <Registration meeting={meeting} />
      {(meeting.minutesHtml || (meeting.viewerCanManage && started)) && (
        <section className="section" aria-labelledby="meeting-minutes-heading">
          <h2 id="meeting-minutes-heading">{t('meetings.minutes.heading')}</h2>
          {panel === 'minutes' ? (
            <MinutesEditor meeting={meeting} onDone={() => setPanel(null)} />
          ) : (
            <>
              {meeting.minutesHtml ? (
                <div className="post__body" dangerouslySetInnerHTML={{ __html: meeting.minutesHtml }} />
              ) : (
                <p className="muted">{t('meetings.minutes.none')}</p>
              )}
              {meeting.viewerCanManage && started && (
                <button type="button" className="button button--small" onClick={() => setPanel('minutes')}>
                  {meeting.minutesHtml ? t('meetings.minutes.edit') : t('meetings.minutes.add')}
                </button>
              )}
            </>
          )}
        </section>
      )}
      {meeting.viewerCanManage && (
        <section className="section" aria-labelledby="meeting-manage-heading">
          <h2 id="meeting-manage-heading">{t('meetings.manage.heading')}</h2>
          {panel === 'edit' ? (
            <MeetingForm meeting={meeting} onDone={() => setPanel(null)} />
          ) : (
            <div className="form__actions">
              {!meeting.cancelled && (
                <button type="button" className="button" onClick={() => setPanel('edit')}>
                  {t('meetings.manage.edit')}
                </button>
              )}
              {!meeting.cancelled && !started && (
                <button
                  type="button"
                  className="button button--danger"
                  disabled={cancelState.loading}
                  onClick={() => {
                    if (window.confirm(t('meetings.manage.confirmCancel', { title: meeting.title })))
                      void cancel({ variables: { id: meeting.id } }).catch(() => undefined);
                  }}
                >
                  {t('meetings.manage.cancel')}
                </button>
              )}
            </div>
          )}
          <ProblemCallout inline error={cancelState.error} />
        </section>
      )}
      {meeting.viewerCanManage && <Attendees meeting={meeting} />}
    </>
  );
}

/** One meeting: when and where, seats and the waiting list live, registration, and the organisers' tools. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { t } = useTranslation();
  useMeetingEvents();
  const query = useQuery(MeetingDocument, { variables: { id: meetingId }, fetchPolicy: 'cache-and-network' });
  const meeting = query.data?.meeting;
  useMeetingRoom(
    meeting
      ? meeting.consultationId
        ? `consultation:${meeting.consultationId}`
        : `municipality:${meeting.municipality.id}`
      : null,
  );
  useDocumentTitle(meeting?.title ?? t('pages.meetings'));
  return (
    <div className="page">
      <p>
        {meeting ? (
          <Link to={routes.municipalityMeetings(meeting.municipality.id)}>
            {t('meetings.backTo', { name: meeting.municipality.name })}
          </Link>
        ) : null}
      </p>
      <PageHeading>{meeting?.title ?? t('pages.meetings')}</PageHeading>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && !meeting && <p>{t('errors.NOT_FOUND')}</p>}
      {meeting && <MeetingView meeting={meeting} />}
    </div>
  );
}
