import { useTranslation } from 'react-i18next';

/** "Subscribe (iCal)": a feed calendar apps keep in sync; the address is shown to paste into one. */
export function IcalLink({ kind, id }: { kind: 'consultations' | 'municipalities'; id: string }) {
  const { t } = useTranslation();
  const path = `/ical/${kind}/${encodeURIComponent(id)}.ics`;
  const absolute = typeof window === 'undefined' ? path : new URL(path, window.location.origin).href;
  return (
    <p className="ical-link">
      <a href={path} className="button button--small" data-testid="ical-link" type="text/calendar">
        {kind === 'consultations' ? t('meetings.ical.consultation') : t('meetings.ical.municipality')}
      </a>{' '}
      <span className="muted">
        {t('meetings.ical.hint')} <code>{absolute}</code>
      </span>
    </p>
  );
}
