import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { useMe } from '../../auth/hooks/useMe';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { AuditLog } from './AuditLog';
import { GrantRoleForm } from './GrantRoleForm';
import { RoleGrantList } from './RoleGrantList';

/** Admin-only queries run only inside here, after `me` says the user is an admin. */
function AdminTools() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me?.isAdmin) {
    return <p className="callout callout--error">{t('admin.noAccess')}</p>;
  }
  return (
    <>
      <GrantRoleForm />
      <RoleGrantList />
      <AuditLog />
    </>
  );
}

export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.admin'));
  return (
    <div className="page">
      <PageHeading>{t('admin.heading')}</PageHeading>
      <RequireAuth>
        <AdminTools />
      </RequireAuth>
    </div>
  );
}
