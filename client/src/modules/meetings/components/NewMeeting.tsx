import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MeetingForm } from './MeetingForm';
import { routes } from '../../../app/routes';

type MeetingScope = Parameters<typeof MeetingForm>[0]['scope'];

/** The "new meeting" button for organisers, opening the form in place and going to the meeting once it exists. */
export function NewMeeting({ scope, headingLevel }: { scope: MeetingScope; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const Heading = `h${headingLevel}` as const;
  if (!creating) {
    return (
      <p>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('meetings.form.new')}
        </button>
      </p>
    );
  }
  return (
    <section className="section" aria-labelledby="meeting-new-heading">
      <Heading id="meeting-new-heading">{t('meetings.form.newHeading')}</Heading>
      <MeetingForm
        scope={scope}
        onDone={(meeting) => {
          setCreating(false);
          if (meeting) void navigate(routes.meeting(meeting.id));
        }}
      />
    </section>
  );
}
