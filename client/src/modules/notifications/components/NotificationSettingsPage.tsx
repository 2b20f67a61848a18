import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationDelivery } from '@ratusz/shared';
import {
  NotificationSettingsDocument,
  SetNotificationSettingDocument,
  type NotificationDelivery as Delivery,
  type NotificationType,
} from '../../../gql/graphql';
import { routes } from '../../../app/routes';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useProblemNotice } from '../../forms/hooks/useProblemMessage';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useNotices } from '../../layout/notices';

function Settings() {
  const { t } = useTranslation();
  const showProblem = useProblemNotice();
  const { showNotice } = useNotices();
  const { data, loading, error, refetch } = useQuery(NotificationSettingsDocument);
  const [save] = useMutation(SetNotificationSettingDocument, {
    update(cache, { data: saved }) {
      if (saved)
        cache.writeQuery({
          query: NotificationSettingsDocument,
          data: { notificationSettings: saved.setNotificationSetting },
        });
    },
  });

  const change = async (type: NotificationType, delivery: Delivery) => {
    try {
      await save({ variables: { input: { type, delivery } } });
      showNotice((tr) => tr('notifications.settings.saved'), { tone: 'success' });
    } catch (problem) {
      showProblem(problem);
    }
  };

  return (
    <section className="section" aria-labelledby="notification-settings-heading">
      <h2 id="notification-settings-heading">{t('notifications.settings.heading')}</h2>
      <p>{t('notifications.settings.intro')}</p>
      {loading && <p className="muted">{t('common.loading')}</p>}
      <ProblemCallout error={error} onRetry={() => void refetch()} />
      {data && (
        <div className="form">
          {data.notificationSettings.map((setting) => (
            <div className="field" key={setting.type}>
              <label className="field__label" htmlFor={`notification-setting-${setting.type}`}>
                {t(`notifications.types.${setting.type}`)}
              </label>
              <select
                id={`notification-setting-${setting.type}`}
                value={setting.delivery}
                onChange={(event) => void change(setting.type, event.target.value as Delivery)}
              >
                {Object.values(NotificationDelivery).map((delivery) => (
                  <option key={delivery} value={delivery}>
                    {t(`notifications.deliveries.${delivery}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      )}
      <p>
        <Link to={routes.notifications()}>{t('notifications.settings.back')}</Link>
      </p>
    </section>
  );
}

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.settings.heading'));
  return (
    <div className="page page--narrow">
      <PageHeading>{t('notifications.settings.heading')}</PageHeading>
      <RequireAuth>
        <Settings />
      </RequireAuth>
    </div>
  );
}
