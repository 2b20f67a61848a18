import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { Link, useLocation, useNavigate } from 'react-router';
import { LoginDocument } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { EmailField } from '../../forms/components/EmailField';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { email, required } from '../../forms/validation';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useMe } from '../hooks/useMe';
import { useSignedIn } from '../hooks/useSignedIn';
import { safeReturnPath } from '../session';
import { AlreadySignedIn } from './AlreadySignedIn';
import { routes } from '../../../app/routes';

const FIELDS = { email: 'login-email', password: 'login-password' };
const CHECKS = {
  email: (value: string) => email('email', value),
  password: (value: string) => required('password', value),
};

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.login'));
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = safeReturnPath((location.state as { from?: unknown } | null)?.from);
  const form = useAppForm({ fields: FIELDS, defaultValues: { email: '', password: '' }, checks: CHECKS });
  const [login, { loading }] = useMutation(LoginDocument);
  const signedIn = useSignedIn();

  const onSubmit = form.submit(async (values) => {
    const { data } = await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
    if (data) {
      signedIn(data.login.account, 'login');
      void navigate(returnTo ?? routes.home(), { replace: true });
    }
  });

  return (
    <div className="page page--narrow">
      <PageHeading>{t('auth.login.heading')}</PageHeading>
      {me ? (
        <AlreadySignedIn name={me.displayName} />
      ) : (
        <>
          {returnTo && <p className="callout">{t('auth.login.loginRequired')}</p>}
          <p>{t('auth.login.intro')}</p>
          <form className="form" noValidate onSubmit={onSubmit}>
            <FormProblem form={form} />
            <EmailField {...form.field('email')} label={t('auth.fields.email')} required />
            <TextField
              {...form.field('password')}
              type="password"
              autoComplete="current-password"
              label={t('auth.fields.password')}
              required
            />
            <div className="form__actions">
              <SubmitButton busy={loading} label={t('auth.login.submit')} busyLabel={t('auth.login.submitting')} />
            </div>
          </form>
          <p>
            <Link to={routes.passwordResetRequest()}>{t('passwordReset.forgotLink')}</Link>
          </p>
          <p>
            {t('auth.login.noAccount')}{' '}
            <Link to={routes.register()} state={location.state}>
              {t('auth.login.registerLink')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
