import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localDate, MEETING_PLAN_COUNT, MEETING_PLAN_INTERVAL_WEEKS } from '@ratusz/shared';
import {
  CancelNetworkMeetingDocument,
  GenerateMeetingPlanDocument,
  NetworkDocument,
  SetNetworkMeetingAttendanceDocument,
  SetNetworkMeetingMinutesDocument,
  UpdateNetworkMeetingDocument,
  type NetworkMeetingFieldsFragment,
  type NetworkPageFieldsFragment,
} from '../../../gql/graphql';
import { formatDay } from './dayFormat';
import { Problem } from './Problem';

type Meeting = NetworkMeetingFieldsFragment;
type Member = NetworkPageFieldsFragment['members'][number];

function GeneratePlanForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const ids = { start: useId(), count: useId(), interval: useId() };
  const [startDate, setStartDate] = useState(() => addDays(localDate(new Date()), 7));
  const [count, setCount] = useState(6);
  const [intervalWeeks, setIntervalWeeks] = useState<number>(MEETING_PLAN_INTERVAL_WEEKS.default);
  const [status, setStatus] = useState<string | null>(null);
  const [generate, state] = useMutation(GenerateMeetingPlanDocument, {
    refetchQueries: [{ query: NetworkDocument, variables: { id: networkId } }],
    awaitRefetchQueries: true,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    try {
      const { data } = await generate({ variables: { input: { networkId, startDate, count, intervalWeeks } } });
      setStatus(t('networks.plan.generated', { count: data?.generateMeetingPlan.length ?? 0 }));
    } catch {
      // Shown by the problem below.
    }
  };

  return (
    <form className="form section" onSubmit={(event) => void submit(event)} aria-labelledby={`${ids.start}-heading`}>
      <h3 id={`${ids.start}-heading`}>{t('networks.plan.generateHeading')}</h3>
      <p className="field__hint">{t('networks.plan.generateIntro')}</p>
      <div className="field">
        <label className="field__label" htmlFor={ids.start}>
          {t('networks.plan.startDate')}
        </label>
        <input
          id={ids.start}
          className="field__input"
          type="date"
          required
          value={startDate}
          onChange={(event) => setStartDate(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.count}>
          {t('networks.plan.count')}
        </label>
        <input
          id={ids.count}
          className="field__input"
          type="number"
          required
          min={MEETING_PLAN_COUNT.min}
          max={MEETING_PLAN_COUNT.max}
          value={count}
          onChange={(event) => setCount(Number(event.target.value))}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.interval}>
          {t('networks.plan.intervalWeeks')}
        </label>
        <select
          id={ids.interval}
          className="field__input"
          value={intervalWeeks}
          onChange={(event) => setIntervalWeeks(Number(event.target.value))}
        >
          {[4, 5, 6].map((weeks) => (
            <option key={weeks} value={weeks}>
              {weeks}
            </option>
          ))}
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.loading}>
          {state.loading ? t('networks.plan.generating') : t('networks.plan.generate')}
        </button>
      </div>
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={state.error} />
    </form>
  );
}

function ManageMeeting({ meeting, members }: { meeting: Meeting; members: readonly Member[] }) {
  const { t } = useTranslation();
  const ids = { date: useId(), host: useId(), agenda: useId(), minutes: useId() };
  const [date, setDate] = useState(meeting.date);
  const [host, setHost] = useState(meeting.host.id);
  const [agenda, setAgenda] = useState(meeting.agendaSource);
  const [minutes, setMinutes] = useState(meeting.minutesSource ?? '');
  const [attended, setAttended] = useState(() => new Set(meeting.attendance.map((m) => m.id)));
  const [status, setStatus] = useState<string | null>(null);
  const [update, updateState] = useMutation(UpdateNetworkMeetingDocument);
  const [cancel, cancelState] = useMutation(CancelNetworkMeetingDocument);
  const [saveAttendance, attendanceState] = useMutation(SetNetworkMeetingAttendanceDocument);
  const [saveMinutes, minutesState] = useMutation(SetNetworkMeetingMinutesDocument);
  const busy = updateState.loading || cancelState.loading || attendanceState.loading || minutesState.loading;
  const error = updateState.error ?? cancelState.error ?? attendanceState.error ?? minutesState.error;
  const cancelled = meeting.status === 'CANCELLED';

  const run = async (action: () => Promise<unknown>) => {
    setStatus(null);
    try {
      await action();
      setStatus(t('networks.plan.saved'));
    } catch {
      // Shown by the problem below.
    }
  };

  return (
    <details className="details">
      <summary>{t('networks.plan.manage', { number: meeting.number })}</summary>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => update({ variables: { input: { id: meeting.id, date, hostMunicipalityId: host, agenda } } }));
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.date}>
            {t('networks.plan.date')}
          </label>
          <input
            id={ids.date}
            className="field__input"
            type="date"
            required
            disabled={cancelled}
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.host}>
            {t('networks.plan.host')}
          </label>
          <select
            id={ids.host}
            className="field__input"
            disabled={cancelled}
            value={host}
            onChange={(event) => setHost(event.target.value)}
          >
            {members.map((member) => (
              <option key={member.municipality.id} value={member.municipality.id}>
                {member.municipality.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.agenda}>
            {t('networks.plan.agenda')}
          </label>
          <textarea
            id={ids.agenda}
            className="field__textarea"
            rows={3}
            disabled={cancelled}
            value={agenda}
            onChange={(event) => setAgenda(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || cancelled}>
            {t('networks.plan.save')}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={busy || cancelled}
            onClick={() => void run(() => cancel({ variables: { id: meeting.id } }))}
          >
            {t('networks.plan.cancel')}
          </button>
        </div>
      </form>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() =>
            saveAttendance({ variables: { input: { meetingId: meeting.id, municipalityIds: [...attended] } } }),
          );
        }}
      >
        <fieldset disabled={cancelled}>
          <legend>{t('networks.plan.attendance')}</legend>
          <ul className="checkbox-list">
            {members.map((member) => (
              <li key={member.municipality.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={attended.has(member.municipality.id)}
                    onChange={(event) => {
                      const next = new Set(attended);
                      if (event.target.checked) next.add(member.municipality.id);
                      else next.delete(member.municipality.id);
                      setAttended(next);
                    }}
                  />{' '}
                  {member.municipality.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || cancelled}>
            {t('networks.plan.saveAttendance')}
          </button>
        </div>
      </form>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => saveMinutes({ variables: { input: { meetingId: meeting.id, minutes } } }));
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={ids.minutes}>
            {t('networks.plan.minutes')}
          </label>
          <textarea
            id={ids.minutes}
            className="field__textarea"
            rows={4}
            disabled={cancelled}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || cancelled || !minutes.trim()}>
            {t('networks.plan.saveMinutes')}
          </button>
        </div>
      </form>
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={error} />
    </details>
  );
}

/** The exchange group's meetings in date order; coordinators plan and edit them here. */
export function MeetingPlan({ network }: { network: NetworkPageFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const plan = network.meetingPlan;
  return (
    <section className="section" aria-labelledby="network-plan-heading">
      <h2 id="network-plan-heading">{t('networks.plan.heading')}</h2>
      {plan.length === 0 ? (
        <p>{t('networks.plan.none')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table" data-testid="meeting-plan">
            <caption className="visually-hidden">{t('networks.plan.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('networks.plan.number')}</th>
                <th scope="col">{t('networks.plan.date')}</th>
                <th scope="col">{t('networks.plan.host')}</th>
                <th scope="col">{t('networks.plan.status')}</th>
                <th scope="col">{t('networks.plan.agenda')}</th>
                <th scope="col">{t('networks.plan.attendance')}</th>
                <th scope="col">{t('networks.plan.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.map((meeting) => (
                <tr key={meeting.id}>
                  <td className="table__number">{meeting.number}</td>
                  <td>
                    <time dateTime={meeting.date}>{formatDay(meeting.date, i18n.language)}</time>
                  </td>
                  <td>{meeting.host.name}</td>
                  <td>
                    {meeting.status === 'CANCELLED' ? (
                      <span className="badge badge--cancelled">{t('networks.plan.CANCELLED')}</span>
                    ) : (
                      t('networks.plan.PLANNED')
                    )}
                  </td>
                  <td>
                    <div className="post__body" dangerouslySetInnerHTML={{ __html: meeting.agendaHtml }} />
                  </td>
                  <td>{meeting.attendance.map((m) => m.name).join(', ')}</td>
                  <td>
                    {meeting.minutesHtml && (
                      <div className="post__body" dangerouslySetInnerHTML={{ __html: meeting.minutesHtml }} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {network.viewerCanManage && (
        <>
          {plan.map((meeting) => (
            <ManageMeeting key={`${meeting.id}-${meeting.status}`} meeting={meeting} members={network.members} />
          ))}
          {network.members.length > 0 && <GeneratePlanForm networkId={network.id} />}
        </>
      )}
    </section>
  );
}
