import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { DISPLAY_NAME_LIMITS, FieldErrorCode, HANDLE_PATTERN, normaliseHandle } from '@ratusz/shared';
import { UpdateProfileDocument } from '../../../gql/graphql';
import type { CurrentAccount } from '../../auth/hooks/useMe';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { useNotices } from '../../layout/notices';
import { MunicipalityField } from '../../municipalities/components/MunicipalityField';
import type { PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';

const FIELDS = {
  displayName: 'profile-displayName',
  handle: 'profile-handle',
  homeMunicipalityId: 'profile-home-municipality-search',
};
const CHECKS = {
  displayName: (value: string) => length('displayName', value, DISPLAY_NAME_LIMITS.min, DISPLAY_NAME_LIMITS.max),
  handle: (value: string) =>
    HANDLE_PATTERN.test(normaliseHandle(value)) ? null : { field: 'handle', code: FieldErrorCode.INVALID },
};

interface ProfileValues {
  displayName: string;
  handle: string;
  /** The picked municipality; named like the input field so the server's errors about it land here. */
  homeMunicipalityId: PickedMunicipality | null;
}

/** Edits the display name, the mention handle and the home municipality; what was typed stays after an error. */
export function ProfileForm({ account, onDone }: { account: CurrentAccount; onDone: () => void }) {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const form = useAppForm<ProfileValues>({
    fields: FIELDS,
    defaultValues: {
      displayName: account.displayName,
      handle: account.handle,
      homeMunicipalityId: account.homeMunicipality ?? null,
    },
    checks: CHECKS,
  });
  const [update, { loading }] = useMutation(UpdateProfileDocument);

  const onSubmit = form.submit(async (values) => {
    await update({
      variables: {
        input: {
          displayName: values.displayName.trim(),
          handle: normaliseHandle(values.handle),
          homeMunicipalityId: values.homeMunicipalityId?.id ?? null,
        },
      },
    });
    showNotice((translate) => translate('profile.edit.saved'), { tone: 'success' });
    onDone();
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="profile-edit-heading">
      <h3 id="profile-edit-heading">{t('profile.edit.heading')}</h3>
      <FormProblem form={form} />
      <TextField {...form.field('displayName')} autoComplete="name" label={t('profile.account.displayName')} required />
      <TextField
        {...form.field('handle')}
        autoComplete="username"
        spellCheck={false}
        autoCapitalize="none"
        label={t('profile.account.handle')}
        hint={t('profile.edit.handleRules')}
        required
      />
      <MunicipalityField
        form={form}
        name="homeMunicipalityId"
        idPrefix="profile-home-municipality"
        legend={t('profile.account.homeMunicipality')}
        optional
      />
      <div className="form__actions">
        <SubmitButton busy={loading} label={t('profile.edit.save')} busyLabel={t('profile.edit.saving')} />
        <button type="button" className="button" onClick={onDone}>
          {t('profile.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
