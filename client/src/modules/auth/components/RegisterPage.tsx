import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { Link, useLocation } from 'react-router';
import { DISPLAY_NAME_LIMITS, PASSWORD_POLICY } from '@ratusz/shared';
import { RegisterDocument } from '../../../gql/graphql';
import { FormProblem } from '../../forms/components/FormProblem';
import { EmailField } from '../../forms/components/EmailField';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { email, length, strongPassword } from '../../forms/validation';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { MunicipalityField } from '../../municipalities/components/MunicipalityField';
import type { PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { useMe } from '../hooks/useMe';
import { AlreadySignedIn } from './AlreadySignedIn';
import { CheckYourEmail } from './CheckYourEmail';
import { routes } from '../../../app/routes';

const FIELDS = {
  email: 'register-email',
  displayName: 'register-displayName',
  password: 'register-password',
  homeMunicipalityId: 'register-home-municipality-search',
};
const CHECKS = {
  email: (value: string) => email('email', value),
  displayName: (value: string) => length('displayName', value, DISPLAY_NAME_LIMITS.min, DISPLAY_NAME_LIMITS.max),
  password: (value: string) => strongPassword('password', value),
};

interface RegisterValues {
  email: string;
  displayName: string;
  password: string;
  /** The picked municipality; named like the input field so the server's errors about it land here. */
  homeMunicipalityId: PickedMunicipality | null;
}

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.register'));
  const { me } = useMe();
  const location = useLocation();
  /** The address the e-mail went to, once the sign-up is sent: the form gives way to "check your e-mail". */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useAppForm<RegisterValues>({
    fields: FIELDS,
    defaultValues: { email: '', displayName: '', password: '', homeMunicipalityId: null },
    checks: CHECKS,
  });
  const [register, { loading }] = useMutation(RegisterDocument);

  const onSubmit = form.submit(async (values) => {
    const { data } = await register({
      variables: {
        input: {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          homeMunicipalityId: values.homeMunicipalityId?.id ?? null,
        },
      },
    });
    if (data) setSentTo(data.register.email);
  });

  const passwordRules = t('auth.fields.passwordRules', {
    minLength: PASSWORD_POLICY.minLength,
    minClasses: PASSWORD_POLICY.minClasses,
  });

  return (
    <div className="page page--narrow">
      <PageHeading>{t('auth.register.heading')}</PageHeading>
      {me ? (
        <AlreadySignedIn name={me.displayName} />
      ) : sentTo ? (
        <CheckYourEmail email={sentTo} />
      ) : (
        <>
          <p>{t('auth.register.intro')}</p>
          <form className="form" noValidate onSubmit={onSubmit}>
            <FormProblem form={form} />
            <EmailField {...form.field('email')} label={t('auth.fields.email')} required />
            <TextField
              {...form.field('displayName')}
              autoComplete="name"
              label={t('auth.fields.displayName')}
              hint={t('auth.fields.displayNameHint')}
              required
            />
            <TextField
              {...form.field('password')}
              type="password"
              autoComplete="new-password"
              label={t('auth.fields.password')}
              hint={passwordRules}
              required
            />
            <MunicipalityField
              form={form}
              name="homeMunicipalityId"
              idPrefix="register-home-municipality"
              legend={t('auth.fields.homeMunicipality')}
              hint={t('auth.fields.homeMunicipalityHint')}
              optional
            />
            <div className="form__actions">
              <SubmitButton
                busy={loading}
                label={t('auth.register.submit')}
                busyLabel={t('auth.register.submitting')}
              />
            </div>
          </form>
          <p>
            {t('auth.register.haveAccount')}{' '}
            <Link to={routes.login()} state={location.state}>
              {t('auth.register.loginLink')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
