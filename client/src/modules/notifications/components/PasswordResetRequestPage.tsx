import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from '../../../gql/graphql';
import { routes } from '../../../app/routes';
import { EmailField } from '../../forms/components/EmailField';
import { FormProblem } from '../../forms/components/FormProblem';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { email } from '../../forms/validation';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { SubmitButton } from '../../ui/components/SubmitButton';

const FIELDS = { email: 'reset-email' };
const CHECKS = { email: (value: string) => email('email', value) };

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function PasswordResetRequestPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.request.heading'));
  const [sent, setSent] = useState(false);
  const form = useAppForm({ fields: FIELDS, defaultValues: { email: '' }, checks: CHECKS });
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const onSubmit = form.submit(async (values) => {
    const { data } = await request({ variables: { input: { email: values.email.trim() } } });
    if (data) setSent(true);
  });
  return (
    <div className="page page--narrow">
      <PageHeading>{t('passwordReset.request.heading')}</PageHeading>
      {sent ? (
        <p className="callout" role="status" data-testid="reset-requested">
          {t('passwordReset.request.sent')}
        </p>
      ) : (
        <>
          <p>{t('passwordReset.request.intro')}</p>
          <form className="form" noValidate onSubmit={onSubmit}>
            <FormProblem form={form} />
            <EmailField {...form.field('email')} label={t('auth.fields.email')} required />
            <div className="form__actions">
              <SubmitButton
                busy={loading}
                label={t('passwordReset.request.submit')}
                busyLabel={t('passwordReset.request.submitting')}
              />
            </div>
          </form>
        </>
      )}
      <p>
        <Link to={routes.login()}>{t('passwordReset.backToLogin')}</Link>
      </p>
    </div>
  );
}
