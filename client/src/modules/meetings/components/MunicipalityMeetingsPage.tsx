import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MeetingsMunicipalityDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useMeetingRoom } from '../hooks/useMeetingRoom';
import { IcalLink } from './IcalLink';
import { MeetingForm } from './MeetingForm';
import { MeetingsBrowser } from './MeetingsBrowser';
import { routes } from '../../../app/routes';

/** Every meeting of a municipality and the units below it (a powiat's gminas, a city's districts). */
export function MunicipalityMeetingsPage() {
  const { municipalityId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useMe();
  const [creating, setCreating] = useState(false);
  const query = useQuery(MeetingsMunicipalityDocument, { variables: { id: municipalityId } });
  const municipality = query.data?.municipalityById;
  useMeetingRoom(municipalityId ? `municipality:${municipalityId}` : null);
  const title = municipality ? t('meetings.municipalityHeading', { name: municipality.name }) : t('pages.meetings');
  useDocumentTitle(title);
  const isOfficial =
    !!me &&
    (me.isAdmin || me.roles.some((grant) => grant.role === 'OFFICIAL' && grant.municipality.id === municipalityId));
  return (
    <div className="page">
      <PageHeading>{title}</PageHeading>
      <ProblemCallout error={query.error} />
      {query.data && !municipality && <p>{t('errors.NOT_FOUND')}</p>}
      {municipality && (
        <>
          <IcalLink kind="municipalities" id={municipality.id} />
          {isOfficial &&
            (creating ? (
              <section className="section" aria-labelledby="meeting-new-heading">
                <h2 id="meeting-new-heading">{t('meetings.form.newHeading')}</h2>
                <MeetingForm
                  scope={{ municipalityId: municipality.id }}
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
          <MeetingsBrowser scope={{ municipalityId: municipality.id, includeChildren: true }} />
        </>
      )}
    </div>
  );
}
