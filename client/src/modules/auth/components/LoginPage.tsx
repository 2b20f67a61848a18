import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { LoginDocument } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { collect, email, required } from '../../forms/validation';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useMe } from '../hooks/useMe';
import { useSignedIn } from '../hooks/useSignedIn';
import { safeReturnPath } from '../session';
import { AlreadySignedIn } from './AlreadySignedIn';

const FIELDS = ['email', 'password'] as const;
const fieldId = (field: string) => `login-${field}`;
const knownFieldId = (field: string) => ((FIELDS as readonly string[]).includes(field) ? fieldId(field) : null);

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.login'));
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = safeReturnPath((location.state as { from?: unknown } | null)?.from);
  const [values, setValues] = useState({ email: '', password: '' });
  const form = useFormProblem(FIELDS, fieldId);
  const [login, { loading }] = useMutation(LoginDocument);
  const signedIn = useSignedIn();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    if (!form.validate(collect(email('email', values.email), required('password', values.password)))) return;
    try {
      const { data } = await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
      if (!data) return;
      form.clear();
      signedIn(data.login.account, 'login');
      void navigate(returnTo ?? '/', { replace: true });
    } catch (error) {
      form.fail(error);
    }
  };

  return (
    <div className="page page--narrow">
      <PageHeading>{t('auth.login.heading')}</PageHeading>
      {me ? (
        <AlreadySignedIn name={me.displayName} />
      ) : (
        <>
          {returnTo && <p className="callout">{t('auth.login.loginRequired')}</p>}
          <p>{t('auth.login.intro')}</p>
          <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <FormProblem state={form} fieldId={knownFieldId} />
            <TextField
              id={fieldId('email')}
              name="email"
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              label={t('auth.fields.email')}
              value={values.email}
              onChange={(event) => setValues({ ...values, email: event.target.value })}
              error={form.fieldMessage('email')}
              required
            />
            <TextField
              id={fieldId('password')}
              name="password"
              type="password"
              autoComplete="current-password"
              label={t('auth.fields.password')}
              value={values.password}
              onChange={(event) => setValues({ ...values, password: event.target.value })}
              error={form.fieldMessage('password')}
              required
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" aria-disabled={loading || undefined}>
                {loading ? t('auth.login.submitting') : t('auth.login.submit')}
              </button>
            </div>
          </form>
          <p>
            {t('auth.login.noAccount')}{' '}
            <Link to="/rejestracja" state={location.state}>
              {t('auth.login.registerLink')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
