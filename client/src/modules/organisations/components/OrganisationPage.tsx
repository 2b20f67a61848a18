import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FieldErrorCode } from '@ratusz/shared';
import {
  InviteToOrganisationDocument,
  OrganisationDocument,
  RemoveOrganisationMemberDocument,
  SetOrganisationVerifiedDocument,
  TransferOrganisationOwnershipDocument,
  type OrganisationQuery,
} from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useNotices } from '../../layout/notices';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { VerifiedBadge } from './OrganisationName';

type Details = NonNullable<OrganisationQuery['organisation']>;

const PAGE = 50;

/** "jan_kowalski" or "@jan_kowalski" is a handle; anything with an @ inside is an e-mail. */
function invitee(value: string): { handle?: string; email?: string } {
  const text = value.trim();
  return text.indexOf('@') > 0 ? { email: text } : { handle: text };
}

function InviteForm({ organisation }: { organisation: Details }) {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const form = useAppForm<{ invitee: string }>({
    fields: { invitee: 'organisation-invitee' },
    defaultValues: { invitee: '' },
    checks: { invitee: (value: string) => (value.trim() ? null : { code: FieldErrorCode.REQUIRED }) },
  });
  const [invite, { loading }] = useMutation(InviteToOrganisationDocument, {
    refetchQueries: [{ query: OrganisationDocument, variables: { id: organisation.id, first: PAGE } }],
  });
  const onSubmit = form.submit(async ({ invitee: value }) => {
    await invite({ variables: { input: { organisationId: organisation.id, ...invitee(value) } } });
    showNotice((tr) => tr('organisations.invite.done', { who: value.trim() }), { tone: 'success' });
    form.reset({ invitee: '' });
  });
  return (
    <section className="section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('organisations.invite.heading')}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormProblem form={form} />
        <TextField
          label={t('organisations.invite.label')}
          hint={t('organisations.invite.hint')}
          autoComplete="off"
          {...form.field('invitee')}
        />
        <div className="form__actions">
          <SubmitButton
            busy={loading}
            label={t('organisations.invite.submit')}
            busyLabel={t('organisations.invite.submitting')}
          />
        </div>
      </form>
      {organisation.pendingInvitations && organisation.pendingInvitations.nodes.length > 0 && (
        <>
          <h3>{t('organisations.invite.pending')}</h3>
          <ul>
            {organisation.pendingInvitations.nodes.map((pending) => (
              <li key={pending.id}>{pending.invitee?.displayName ?? pending.inviteeEmail}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { organisationId = '' } = useParams();
  const query = useQuery(OrganisationDocument, { variables: { id: organisationId, first: PAGE } });
  const organisation = query.data?.organisation ?? null;
  useDocumentTitle(organisation?.name ?? t('organisations.heading'));
  const [remove, removing] = useMutation(RemoveOrganisationMemberDocument, {
    refetchQueries: [{ query: OrganisationDocument, variables: { id: organisationId, first: PAGE } }],
  });
  const [transfer, transferring] = useMutation(TransferOrganisationOwnershipDocument, {
    refetchQueries: [{ query: OrganisationDocument, variables: { id: organisationId, first: PAGE } }],
  });
  const [verify, verifying] = useMutation(SetOrganisationVerifiedDocument);
  const actionError = removing.error ?? transferring.error ?? verifying.error;

  if (query.loading && !query.data) return <p>{t('common.loading')}</p>;
  if (!organisation) {
    return (
      <>
        <PageHeading>{t('organisations.heading')}</PageHeading>
        <ProblemCallout error={query.error} onRetry={() => void query.refetch()} />
        {!query.error && <p>{t('organisations.notFound')}</p>}
      </>
    );
  }
  return (
    <>
      <PageHeading>{organisation.name}</PageHeading>
      {organisation.verified ? (
        <p data-testid="organisation-verified">
          <VerifiedBadge />{' '}
          {organisation.verifiedAt && (
            <span className="muted">
              {t('organisations.verifiedBy', {
                name: organisation.verifiedBy?.displayName ?? '—',
                date: format.dateTime(organisation.verifiedAt),
              })}
            </span>
          )}
        </p>
      ) : (
        <p className="muted">{t('organisations.notVerified')}</p>
      )}
      <ProblemCallout error={actionError} />
      {organisation.viewerCanVerify && (
        <p>
          <button
            type="button"
            className="button"
            disabled={verifying.loading}
            onClick={() =>
              void verify({ variables: { id: organisation.id, verified: !organisation.verified } }).catch(
                () => undefined,
              )
            }
          >
            {organisation.verified ? t('organisations.unverify') : t('organisations.verify')}
          </button>
        </p>
      )}
      <dl className="facts">
        {organisation.krs && (
          <>
            <dt>{t('organisations.fields.krs')}</dt>
            <dd>{organisation.krs}</dd>
          </>
        )}
        {organisation.website && (
          <>
            <dt>{t('organisations.fields.website')}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer nofollow">
                {organisation.website}
              </a>
            </dd>
          </>
        )}
        <dt>{t('organisations.fields.municipalities')}</dt>
        <dd>{organisation.municipalities.map((m) => m.name).join(', ') || '—'}</dd>
      </dl>
      {/* Sanitised by the server's one markdown renderer. */}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: organisation.descriptionHtml }} />

      <section className="section" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('organisations.members.heading', { count: organisation.memberCount })}</h2>
        <ul data-testid="member-list">
          {organisation.members.nodes.map((member) => (
            <li key={member.user?.id ?? member.joinedAt}>
              {member.user?.displayName ?? '—'} <span className="muted">{t(`organisations.role.${member.role}`)}</span>
              {organisation.viewerCanManage && member.user && member.role === 'MEMBER' && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    disabled={transferring.loading}
                    onClick={() =>
                      void transfer({ variables: { organisationId: organisation.id, userId: member.user!.id } }).catch(
                        () => undefined,
                      )
                    }
                  >
                    {t('organisations.members.makeOwner', { name: member.user.displayName })}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    disabled={removing.loading}
                    onClick={() =>
                      void remove({ variables: { organisationId: organisation.id, userId: member.user!.id } }).catch(
                        () => undefined,
                      )
                    }
                  >
                    {t('organisations.members.remove', { name: member.user.displayName })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
        <LoadMoreButton
          pageInfo={organisation.members.pageInfo}
          label={t('organisations.more')}
          onLoadMore={(after) =>
            query.fetchMore({
              variables: { after },
              updateQuery: (previous, { fetchMoreResult }) => {
                const before = previous.organisation;
                const next = fetchMoreResult.organisation;
                if (!before || !next) return previous;
                return {
                  ...previous,
                  organisation: { ...next, members: appendPage('members')(before, { fetchMoreResult: next }).members },
                };
              },
            })
          }
        />
      </section>
      {organisation.viewerCanManage && <InviteForm organisation={organisation} />}
    </>
  );
}
