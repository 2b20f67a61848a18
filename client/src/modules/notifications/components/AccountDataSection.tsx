import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DeleteAccountDocument, MyDataDocument } from '../../../gql/graphql';
import { routes } from '../../../app/routes';
import { useSignedOut } from '../../auth/hooks/useSignedOut';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useProblemNotice } from '../../forms/hooks/useProblemMessage';
import { required } from '../../forms/validation';
import { SubmitButton } from '../../ui/components/SubmitButton';

const FIELDS = { password: 'delete-account-password', removeContent: 'delete-account-content' };
const CHECKS = { password: (value: string) => required('password', value) };

/** RODO on the profile: download one's data as JSON, delete the account. */
export function AccountDataSection() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const showProblem = useProblemNotice();
  const signedOut = useSignedOut();
  const [downloading, setDownloading] = useState(false);
  const form = useAppForm({
    fields: FIELDS,
    defaultValues: { password: '', removeContent: false },
    checks: CHECKS,
  });
  const [remove, { loading }] = useMutation(DeleteAccountDocument);

  const download = async () => {
    if (downloading) return;
    setDownloading(true);
    try {
      const { data } = await client.query({ query: MyDataDocument, fetchPolicy: 'network-only' });
      if (!data) return;
      const url = URL.createObjectURL(new Blob([data.myData], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'ratusz-moje-dane.json';
      link.click();
      URL.revokeObjectURL(url);
    } catch (problem) {
      showProblem(problem);
    } finally {
      setDownloading(false);
    }
  };

  const onDelete = form.submit(async (values) => {
    const { data } = await remove({
      variables: { input: { password: values.password, removeContent: values.removeContent } },
    });
    if (data) await signedOut('LOGOUT_EVERYWHERE', routes.home());
  });

  return (
    <section className="section" aria-labelledby="account-data-heading">
      <h2 id="account-data-heading">{t('accountData.heading')}</h2>
      <p>{t('accountData.downloadIntro')}</p>
      <p>
        <button
          type="button"
          className="button"
          aria-disabled={downloading || undefined}
          onClick={() => void download()}
        >
          {downloading ? t('accountData.downloading') : t('accountData.download')}
        </button>
      </p>
      <h3>{t('accountData.delete.heading')}</h3>
      <p>{t('accountData.delete.intro')}</p>
      <form className="form" noValidate onSubmit={onDelete}>
        <FormProblem form={form} />
        <TextField
          {...form.field('password')}
          type="password"
          autoComplete="current-password"
          label={t('accountData.delete.password')}
          required
        />
        <div className="field">
          <input id={FIELDS.removeContent} type="checkbox" {...form.register('removeContent')} />{' '}
          <label htmlFor={FIELDS.removeContent}>{t('accountData.delete.removeContent')}</label>
        </div>
        <div className="form__actions">
          <SubmitButton
            busy={loading}
            label={t('accountData.delete.submit')}
            busyLabel={t('accountData.delete.submitting')}
          />
        </div>
      </form>
    </section>
  );
}
