import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { DISPLAY_NAME_LIMITS, PASSWORD_POLICY } from '@ratusz/shared';
import { RegisterDocument } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { collect, email, length, strongPassword } from '../../forms/validation';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { MunicipalityPicker, type PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { useMe } from '../hooks/useMe';
import { useSignedIn } from '../hooks/useSignedIn';
import { safeReturnPath } from '../session';
import { AlreadySignedIn } from './AlreadySignedIn';

const FIELDS = ['email', 'displayName', 'password', 'homeMunicipalityId'] as const;
const fieldId = (field: string) =>
  field === 'homeMunicipalityId' ? 'register-home-municipality-search' : `register-${field}`;
const knownFieldId = (field: string) => ((FIELDS as readonly string[]).includes(field) ? fieldId(field) : null);

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.register'));
  const { me } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const returnTo = safeReturnPath((location.state as { from?: unknown } | null)?.from);
  const [values, setValues] = useState({ email: '', displayName: '', password: '' });
  const [home, setHome] = useState<PickedMunicipality | null>(null);
  const form = useFormProblem(FIELDS, fieldId);
  const [register, { loading }] = useMutation(RegisterDocument);
  const signedIn = useSignedIn();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const problems = collect(
      email('email', values.email),
      length('displayName', values.displayName, DISPLAY_NAME_LIMITS.min, DISPLAY_NAME_LIMITS.max),
      strongPassword('password', values.password),
    );
    if (!form.validate(problems)) return;
    try {
      const { data } = await register({
        variables: {
          input: {
            email: values.email.trim(),
            displayName: values.displayName.trim(),
            password: values.password,
            homeMunicipalityId: home?.id ?? null,
          },
        },
      });
      if (!data) return;
      form.clear();
      signedIn(data.register.account, 'register');
      void navigate(returnTo ?? '/', { replace: true });
    } catch (error) {
      form.fail(error);
    }
  };

  const passwordRules = t('auth.fields.passwordRules', {
    minLength: PASSWORD_POLICY.minLength,
    minClasses: PASSWORD_POLICY.minClasses,
  });

  return (
    <div className="page page--narrow">
      <PageHeading>{t('auth.register.heading')}</PageHeading>
      {me ? (
        <AlreadySignedIn name={me.displayName} />
      ) : (
        <>
          <p>{t('auth.register.intro')}</p>
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
              id={fieldId('displayName')}
              name="displayName"
              autoComplete="name"
              label={t('auth.fields.displayName')}
              hint={t('auth.fields.displayNameHint')}
              value={values.displayName}
              onChange={(event) => setValues({ ...values, displayName: event.target.value })}
              error={form.fieldMessage('displayName')}
              required
            />
            <TextField
              id={fieldId('password')}
              name="password"
              type="password"
              autoComplete="new-password"
              label={t('auth.fields.password')}
              hint={passwordRules}
              value={values.password}
              onChange={(event) => setValues({ ...values, password: event.target.value })}
              error={form.fieldMessage('password')}
              required
            />
            <MunicipalityPicker
              idPrefix="register-home-municipality"
              legend={t('auth.fields.homeMunicipality')}
              hint={t('auth.fields.homeMunicipalityHint')}
              optional
              value={home}
              onChange={setHome}
              error={form.fieldMessage('homeMunicipalityId')}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" aria-disabled={loading || undefined}>
                {loading ? t('auth.register.submitting') : t('auth.register.submit')}
              </button>
            </div>
          </form>
          <p>
            {t('auth.register.haveAccount')}{' '}
            <Link to="/logowanie" state={location.state}>
              {t('auth.register.loginLink')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
