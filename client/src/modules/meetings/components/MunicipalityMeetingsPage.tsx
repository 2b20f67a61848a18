import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MeetingsMunicipalityDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useMeetingRoom } from '../hooks/useMeetingRoom';
import { IcalLink } from './IcalLink';
import { NewMeeting } from './NewMeeting';
import { MeetingsBrowser } from './MeetingsBrowser';

/** Every meeting of a municipality and the units below it (a powiat's gminas, a city's districts). */
export function MunicipalityMeetingsPage() {
  const { municipalityId = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useMe();
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
          {isOfficial && <NewMeeting scope={{ municipalityId: municipality.id }} headingLevel={2} />}
          <MeetingsBrowser scope={{ municipalityId: municipality.id, includeChildren: true }} />
        </>
      )}
    </div>
  );
}
