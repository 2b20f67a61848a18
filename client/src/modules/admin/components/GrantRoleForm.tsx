import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCode, FieldErrorCode, MUNICIPAL_ROLES, type MunicipalRole } from '@ratusz/shared';
import { FormProblem } from '../../forms/components/FormProblem';
import { useFormProblem } from '../../forms/hooks/useFormProblem';
import { collect } from '../../forms/validation';
import { useNotices } from '../../layout/notices';
import { MunicipalityPicker, type PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { useGrantRole } from '../hooks/useRoleGrants';
import { UserPicker, type PickedUser } from './UserPicker';

const FIELDS = ['userId', 'municipalityId', 'role'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_IDS: Record<Field, string> = {
  userId: 'grant-user-search',
  municipalityId: 'grant-municipality-search',
  role: `grant-role-${MUNICIPAL_ROLES[0]}`,
};
const fieldId = (field: string) => FIELD_IDS[field as Field] ?? field;
const knownFieldId = (field: string) => (Object.hasOwn(FIELD_IDS, field) ? FIELD_IDS[field as Field] : null);

export function GrantRoleForm() {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const [user, setUser] = useState<PickedUser | null>(null);
  const [municipality, setMunicipality] = useState<PickedMunicipality | null>(null);
  const [role, setRole] = useState<MunicipalRole | null>(null);
  const form = useFormProblem(FIELDS, fieldId);
  const { grant, granting } = useGrantRole();
  const conflict = form.problem?.code === ErrorCode.CONFLICT;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (granting) return;
    const missing = (field: Field, value: unknown) => (value ? null : { field, code: FieldErrorCode.REQUIRED });
    if (
      !form.validate(collect(missing('userId', user), missing('municipalityId', municipality), missing('role', role)))
    )
      return;
    if (!user || !municipality || !role) return;
    try {
      await grant({ userId: user.id, municipalityId: municipality.id, role });
      form.clear();
      showNotice(
        (tr) =>
          tr('admin.grant.done', {
            name: user.displayName,
            role: tr(`roles.${role}`),
            municipality: municipality.name,
          }),
        { tone: 'success' },
      );
    } catch (error) {
      form.fail(error);
    }
  };

  const roleError = form.fieldMessage('role');

  return (
    <section className="section" aria-labelledby="grant-heading">
      <h2 id="grant-heading">{t('admin.grant.heading')}</h2>
      <p>{t('admin.grant.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormProblem state={form} fieldId={knownFieldId} message={conflict ? t('admin.grant.conflict') : null} />
        <UserPicker idPrefix="grant-user" value={user} onChange={setUser} error={form.fieldMessage('userId')} />
        <MunicipalityPicker
          idPrefix="grant-municipality"
          legend={t('admin.grant.municipalityLegend')}
          value={municipality}
          onChange={setMunicipality}
          error={form.fieldMessage('municipalityId')}
        />
        <fieldset
          className={`picker${roleError ? ' picker--invalid' : ''}`}
          aria-describedby={roleError ? 'grant-role-error' : undefined}
        >
          <legend className="picker__legend">{t('admin.grant.roleLegend')}</legend>
          {roleError && (
            <p className="field__error" id="grant-role-error">
              {roleError}
            </p>
          )}
          <ul className="picker__options">
            {MUNICIPAL_ROLES.map((option) => (
              <li className="picker__option" key={option}>
                <input
                  type="radio"
                  id={`grant-role-${option}`}
                  name="grant-role"
                  value={option}
                  checked={role === option}
                  onChange={() => setRole(option)}
                />
                <label htmlFor={`grant-role-${option}`}>
                  {t(`roles.${option}`)} <span className="muted">– {t(`roleDescriptions.${option}`)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="form__actions">
          <button type="submit" className="button button--primary" aria-disabled={granting || undefined}>
            {granting ? t('admin.grant.submitting') : t('admin.grant.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
