import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import {
  AcceptOrganisationInvitationDocument,
  DeclineOrganisationInvitationDocument,
  MyOrganisationInvitationsDocument,
  MyOrganisationsDocument,
} from '../../../gql/graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useNotices } from '../../layout/notices';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { VerifiedBadge } from './OrganisationName';

function Invitations() {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const query = useQuery(MyOrganisationInvitationsDocument, { variables: { first: 20 } });
  // Answered invitations leave the list; joining adds the organisation to the "on behalf of" choices.
  const refetchQueries = [
    { query: MyOrganisationInvitationsDocument, variables: { first: 20 } },
    { query: MyOrganisationsDocument },
  ];
  const [accept, accepting] = useMutation(AcceptOrganisationInvitationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [decline, declining] = useMutation(DeclineOrganisationInvitationDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const invitations = query.data?.myOrganisationInvitations.nodes ?? [];
  const busy = accepting.loading || declining.loading;
  return (
    <>
      <ProblemCallout error={query.error ?? accepting.error ?? declining.error} onRetry={() => void query.refetch()} />
      {query.loading && !query.data && <p>{t('common.loading')}</p>}
      {query.data && invitations.length === 0 && <p>{t('organisations.invitations.none')}</p>}
      <ul data-testid="invitation-list">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            <p>
              <Link to={routes.organisation(invitation.organisation.id)}>{invitation.organisation.name}</Link>{' '}
              {invitation.organisation.verified && <VerifiedBadge />}{' '}
              {invitation.invitedBy && (
                <span className="muted">
                  {t('organisations.invitations.from', { name: invitation.invitedBy.displayName })}
                </span>
              )}
            </p>
            <div className="form__actions">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  void accept({ variables: { id: invitation.id } })
                    .then(() =>
                      showNotice(
                        (tr) => tr('organisations.invitations.joined', { name: invitation.organisation.name }),
                        {
                          tone: 'success',
                        },
                      ),
                    )
                    .catch(() => undefined)
                }
              >
                {t('organisations.invitations.accept', { name: invitation.organisation.name })}
              </button>
              <button
                type="button"
                className="button button--ghost"
                disabled={busy}
                onClick={() => void decline({ variables: { id: invitation.id } }).catch(() => undefined)}
              >
                {t('organisations.invitations.decline', { name: invitation.organisation.name })}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <LoadMoreButton
        pageInfo={query.data?.myOrganisationInvitations.pageInfo}
        label={t('organisations.more')}
        onLoadMore={(after) =>
          query.fetchMore({ variables: { after }, updateQuery: appendPage('myOrganisationInvitations') })
        }
      />
    </>
  );
}

export function InvitationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.invitations.heading'));
  return (
    <>
      <PageHeading>{t('organisations.invitations.heading')}</PageHeading>
      <RequireAuth>
        <Invitations />
      </RequireAuth>
    </>
  );
}
