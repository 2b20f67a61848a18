import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PASSWORD_POLICY } from '@ratusz/shared';
import { ResetPasswordDocument } from '../../../gql/graphql';
import { routeParams, routes } from '../../../app/routes';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { strongPassword } from '../../forms/validation';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { SubmitButton } from '../../ui/components/SubmitButton';

const FIELDS = { password: 'reset-password' };
const CHECKS = { password: (value: string) => strongPassword('password', value) };

/** The e-mailed link's page: choose the new password (the link works once, for an hour). */
export function PasswordResetPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.reset.heading'));
  const [params] = useSearchParams();
  const token = params.get(routeParams.resetToken) ?? '';
  const [done, setDone] = useState(false);
  const form = useAppForm({ fields: FIELDS, defaultValues: { password: '' }, checks: CHECKS });
  const [reset, { loading }] = useMutation(ResetPasswordDocument);
  const onSubmit = form.submit(async (values) => {
    const { data } = await reset({ variables: { input: { token, password: values.password } } });
    if (data) setDone(true);
  });
  return (
    <div className="page page--narrow">
      <PageHeading>{t('passwordReset.reset.heading')}</PageHeading>
      {done ? (
        <p className="callout" role="status" data-testid="password-changed">
          {t('passwordReset.reset.done')} <Link to={routes.login()}>{t('passwordReset.backToLogin')}</Link>
        </p>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <FormProblem form={form} />
          <TextField
            {...form.field('password')}
            type="password"
            autoComplete="new-password"
            label={t('passwordReset.reset.password')}
            hint={t('auth.fields.passwordRules', {
              minLength: PASSWORD_POLICY.minLength,
              minClasses: PASSWORD_POLICY.minClasses,
            })}
            required
          />
          <div className="form__actions">
            <SubmitButton
              busy={loading}
              label={t('passwordReset.reset.submit')}
              busyLabel={t('passwordReset.reset.submitting')}
            />
          </div>
        </form>
      )}
    </div>
  );
}
