import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DISPLAY_NAME_LIMITS, FieldErrorCode, HANDLE_PATTERN, normaliseHandle } from '@ratusz/shared';
import { UpdateProfileDocument } from '../../../gql/graphql';
import type { CurrentAccount } from '../../auth/hooks/useMe';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { collect, length } from '../../forms/validation';
import { useNotices } from '../../layout/notices';
import { MunicipalityPicker, type PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';

const FIELDS = ['displayName', 'handle', 'homeMunicipalityId'] as const;
const fieldId = (field: string) =>
  field === 'homeMunicipalityId' ? 'profile-home-municipality-search' : `profile-${field}`;
const knownFieldId = (field: string) => ((FIELDS as readonly string[]).includes(field) ? fieldId(field) : null);

/** Edits the display name, the mention handle and the home municipality; what was typed stays after an error. */
export function ProfileForm({ account, onDone }: { account: CurrentAccount; onDone: () => void }) {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const [values, setValues] = useState({ displayName: account.displayName, handle: account.handle });
  const [home, setHome] = useState<PickedMunicipality | null>(account.homeMunicipality ?? null);
  const form = useFormProblem(FIELDS, fieldId);
  const [update, { loading }] = useMutation(UpdateProfileDocument);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    const handle = normaliseHandle(values.handle);
    const problems = collect(
      length('displayName', values.displayName, DISPLAY_NAME_LIMITS.min, DISPLAY_NAME_LIMITS.max),
      HANDLE_PATTERN.test(handle) ? null : { field: 'handle', code: FieldErrorCode.INVALID },
    );
    if (!form.validate(problems)) return;
    try {
      await update({
        variables: {
          input: { displayName: values.displayName.trim(), handle, homeMunicipalityId: home?.id ?? null },
        },
      });
      form.clear();
      showNotice((translate) => translate('profile.edit.saved'), { tone: 'success' });
      onDone();
    } catch (error) {
      form.fail(error);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="profile-edit-heading">
      <h3 id="profile-edit-heading">{t('profile.edit.heading')}</h3>
      <FormProblem state={form} fieldId={knownFieldId} />
      <TextField
        id={fieldId('displayName')}
        name="displayName"
        autoComplete="name"
        label={t('profile.account.displayName')}
        value={values.displayName}
        onChange={(event) => setValues({ ...values, displayName: event.target.value })}
        error={form.fieldMessage('displayName')}
        required
      />
      <TextField
        id={fieldId('handle')}
        name="handle"
        autoComplete="username"
        spellCheck={false}
        autoCapitalize="none"
        label={t('profile.account.handle')}
        hint={t('profile.edit.handleRules')}
        value={values.handle}
        onChange={(event) => setValues({ ...values, handle: event.target.value })}
        error={form.fieldMessage('handle')}
        required
      />
      <MunicipalityPicker
        idPrefix="profile-home-municipality"
        legend={t('profile.account.homeMunicipality')}
        optional
        value={home}
        onChange={setHome}
        error={form.fieldMessage('homeMunicipalityId')}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={loading || undefined}>
          {loading ? t('profile.edit.saving') : t('profile.edit.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('profile.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
