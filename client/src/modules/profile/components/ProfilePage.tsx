import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { useMe, type CurrentAccount } from '../../auth/hooks/useMe';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { PageHeading } from '../../layout/components/PageHeading';
import { AccountDataSection } from '../../notifications/components/AccountDataSection';
import { ProfileForm } from './ProfileForm';
import { SessionList } from './SessionList';

function AccountDetails({ account }: { account: CurrentAccount }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [editing, setEditing] = useState(false);
  return (
    <section className="section" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('profile.account.heading')}</h2>
      {editing ? (
        <ProfileForm account={account} onDone={() => setEditing(false)} />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('profile.edit.open')}
          </button>
        </p>
      )}
      <dl className="details">
        <div>
          <dt>{t('profile.account.displayName')}</dt>
          <dd>{account.displayName}</dd>
        </div>
        <div>
          <dt>{t('profile.account.handle')}</dt>
          <dd>
            <span className="mention">@{account.handle}</span>
            <span className="muted"> {t('profile.account.handleHint', { handle: `@${account.handle}` })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('profile.account.email')}</dt>
          <dd>{account.email}</dd>
        </div>
        <div>
          <dt>{t('profile.account.homeMunicipality')}</dt>
          <dd>{account.homeMunicipality?.name ?? t('profile.account.noHomeMunicipality')}</dd>
        </div>
        <div>
          <dt>{t('profile.account.memberSince')}</dt>
          <dd>{format.date(account.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('profile.account.roles')}</dt>
          <dd>
            {account.isAdmin || account.roles.length > 0 ? (
              <ul className="plain-list">
                {account.isAdmin && <li>{t('profile.account.admin')}</li>}
                {account.roles.map((grant) => (
                  <li key={grant.id}>
                    {t('profile.account.roleIn', {
                      role: t(`roles.${grant.role}`),
                      municipality: grant.municipality.name,
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              t('profile.account.noRoles')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Profile() {
  const { me } = useMe();
  if (!me) return null;
  return (
    <>
      <AccountDetails account={me} />
      <SessionList />
      <AccountDataSection />
    </>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.profile'));
  return (
    <div className="page">
      <PageHeading>{t('profile.heading')}</PageHeading>
      <RequireAuth>
        <Profile />
      </RequireAuth>
    </div>
  );
}
