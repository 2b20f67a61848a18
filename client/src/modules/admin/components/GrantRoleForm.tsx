import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { ErrorCode, FieldErrorCode, MUNICIPAL_ROLES, type MunicipalRole } from '@ratusz/shared';
import { FormProblem } from '../../forms/components/FormProblem';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useNotices } from '../../layout/notices';
import { MunicipalityField } from '../../municipalities/components/MunicipalityField';
import type { PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { useGrantRole } from '../hooks/useRoleGrants';
import { UserPicker, type PickedUser } from './UserPicker';

/** Named like the input fields, so the server's errors about them land here. */
interface GrantValues {
  userId: PickedUser | null;
  municipalityId: PickedMunicipality | null;
  role: MunicipalRole | null;
}

const FIELDS = {
  userId: 'grant-user-search',
  municipalityId: 'grant-municipality-search',
  role: `grant-role-${MUNICIPAL_ROLES[0]}`,
};
const picked = (value: unknown) => (value ? null : { code: FieldErrorCode.REQUIRED });
const CHECKS = { userId: picked, municipalityId: picked, role: picked };
const EMPTY: GrantValues = { userId: null, municipalityId: null, role: null };

export function GrantRoleForm() {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const form = useAppForm<GrantValues>({ fields: FIELDS, defaultValues: EMPTY, checks: CHECKS });
  const { grant, granting } = useGrantRole();
  const conflict = form.problem?.code === ErrorCode.CONFLICT;

  const onSubmit = form.submit(async ({ userId: user, municipalityId: municipality, role }) => {
    // The checks have made sure all three are picked.
    if (!user || !municipality || !role) return;
    await grant({ userId: user.id, municipalityId: municipality.id, role });
    showNotice(
      (tr) =>
        tr('admin.grant.done', {
          name: user.displayName,
          role: tr(`roles.${role}`),
          municipality: municipality.name,
        }),
      { tone: 'success' },
    );
  });

  const roleError = form.message('role');

  return (
    <section className="section" aria-labelledby="grant-heading">
      <h2 id="grant-heading">{t('admin.grant.heading')}</h2>
      <p>{t('admin.grant.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormProblem form={form} message={conflict ? t('admin.grant.conflict') : null} />
        <Controller
          control={form.control}
          name="userId"
          rules={form.rules('userId')}
          render={({ field }) => (
            <UserPicker
              idPrefix="grant-user"
              value={field.value}
              onChange={field.onChange}
              error={form.message('userId')}
            />
          )}
        />
        <MunicipalityField
          form={form}
          name="municipalityId"
          idPrefix="grant-municipality"
          legend={t('admin.grant.municipalityLegend')}
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
          <Controller
            control={form.control}
            name="role"
            rules={form.rules('role')}
            render={({ field }) => (
              <ul className="picker__options">
                {MUNICIPAL_ROLES.map((option) => (
                  <li className="picker__option" key={option}>
                    <input
                      type="radio"
                      id={`grant-role-${option}`}
                      name="grant-role"
                      value={option}
                      checked={field.value === option}
                      onChange={() => field.onChange(option)}
                    />
                    <label htmlFor={`grant-role-${option}`}>
                      {t(`roles.${option}`)} <span className="muted">– {t(`roleDescriptions.${option}`)}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          />
        </fieldset>
        <div className="form__actions">
          <SubmitButton busy={granting} label={t('admin.grant.submit')} busyLabel={t('admin.grant.submitting')} />
        </div>
      </form>
    </section>
  );
}
