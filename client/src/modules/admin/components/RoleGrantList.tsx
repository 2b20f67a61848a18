import { useTranslation } from 'react-i18next';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useProblemNotice } from '../../forms/hooks/useProblemMessage';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useNotices } from '../../layout/notices';
import { useRevokeRole, useRoleGrantList } from '../hooks/useRoleGrants';

export function RoleGrantList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { showNotice } = useNotices();
  const showProblem = useProblemNotice();
  const list = useRoleGrantList();
  const { revoke, revoking } = useRevokeRole();

  const onRevoke = async (grant: (typeof list.grants)[number]) => {
    if (revoking) return;
    try {
      await revoke(grant.id);
      showNotice(
        (tr) =>
          tr('admin.grants.revoked', {
            role: tr(`roles.${grant.role}`),
            name: grant.user.displayName,
            municipality: grant.municipality.name,
          }),
        { tone: 'success' },
      );
    } catch (error) {
      showProblem(error);
    }
  };

  return (
    <section className="section" aria-labelledby="grants-heading">
      <h2 id="grants-heading">{t('admin.grants.heading')}</h2>
      {list.loading && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={list.error} onRetry={list.refetch} />
      {!list.loading && !list.error && list.grants.length === 0 && <p>{t('admin.grants.empty')}</p>}
      {list.grants.length > 0 && (
        <div className="table-wrapper">
          <table className="table" aria-labelledby="grants-heading">
            <thead>
              <tr>
                <th scope="col">{t('admin.grants.user')}</th>
                <th scope="col">{t('admin.grants.municipality')}</th>
                <th scope="col">{t('admin.grants.role')}</th>
                <th scope="col">{t('admin.grants.grantedAt')}</th>
                <th scope="col">{t('admin.grants.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.grants.map((grant) => {
                const role = t(`roles.${grant.role}`);
                return (
                  <tr key={grant.id}>
                    <td data-label={t('admin.grants.user')}>{grant.user.displayName}</td>
                    <td data-label={t('admin.grants.municipality')}>{grant.municipality.name}</td>
                    <td data-label={t('admin.grants.role')}>{role}</td>
                    <td data-label={t('admin.grants.grantedAt')}>{format.dateTime(grant.grantedAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        aria-disabled={revoking || undefined}
                        onClick={() => void onRevoke(grant)}
                      >
                        {t('admin.grants.revoke')}
                        <span className="visually-hidden">
                          {' '}
                          (
                          {t('admin.grants.revokeContext', {
                            role,
                            name: grant.user.displayName,
                            municipality: grant.municipality.name,
                          })}
                          )
                        </span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {list.hasMore && (
        <button type="button" className="button" aria-disabled={list.loadingMore || undefined} onClick={list.loadMore}>
          {list.loadingMore ? t('common.loading') : t('admin.grants.loadMore')}
        </button>
      )}
    </section>
  );
}
