import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FieldErrorCode, isKrsNumber, isOrganisationWebsite, ORGANISATION_NAME_LIMITS } from '@ratusz/shared';
import { routes } from '../../../app/routes';
import { CreateOrganisationDocument } from '../../../gql/graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { FormProblem } from '../../forms/components/FormProblem';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { length } from '../../forms/validation';
import { MarkdownFormField } from '../../forum/components/MarkdownFormField';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { MunicipalityField } from '../../municipalities/components/MunicipalityField';
import type { PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { SubmitButton } from '../../ui/components/SubmitButton';

/** Named like the input's fields, so the server's errors land on them. */
interface OrganisationValues {
  name: string;
  krs: string;
  website: string;
  description: string;
  municipalityIds: PickedMunicipality | null;
}

const FIELDS = {
  name: 'organisation-name',
  krs: 'organisation-krs',
  website: 'organisation-website',
  description: 'organisation-description',
  municipalityIds: 'organisation-municipality-search',
};

const CHECKS = {
  name: (value: string) => length('name', value, ORGANISATION_NAME_LIMITS),
  krs: (value: string) => (value.trim() && !isKrsNumber(value.trim()) ? { code: FieldErrorCode.INVALID } : null),
  website: (value: string) =>
    value.trim() && !isOrganisationWebsite(value.trim()) ? { code: FieldErrorCode.URL_INVALID } : null,
  municipalityIds: (value: unknown) => (value ? null : { code: FieldErrorCode.REQUIRED }),
};

function CreateOrganisationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useAppForm<OrganisationValues>({
    fields: FIELDS,
    defaultValues: { name: '', krs: '', website: '', description: '', municipalityIds: null },
    checks: CHECKS,
    messages: {
      name: { [FieldErrorCode.DUPLICATE]: t('organisations.create.nameTaken') },
      krs: { [FieldErrorCode.DUPLICATE]: t('organisations.create.krsTaken') },
    },
  });
  const [create, { loading }] = useMutation(CreateOrganisationDocument);
  const onSubmit = form.submit(async (values) => {
    const { data } = await create({
      variables: {
        input: {
          name: values.name,
          krs: values.krs.trim() || null,
          website: values.website.trim() || null,
          description: values.description,
          municipalityIds: values.municipalityIds ? [values.municipalityIds.id] : [],
        },
      },
    });
    if (data) await navigate(routes.organisation(data.createOrganisation.id));
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormProblem form={form} />
      <TextField label={t('organisations.fields.name')} {...form.field('name')} />
      <TextField
        label={t('organisations.fields.krs')}
        hint={t('organisations.fields.krsHint')}
        optional
        inputMode="numeric"
        {...form.field('krs')}
      />
      <TextField label={t('organisations.fields.website')} optional type="url" {...form.field('website')} />
      <MarkdownFormField
        form={form}
        name="description"
        id={FIELDS.description}
        label={t('organisations.fields.description')}
      />
      <MunicipalityField
        form={form}
        name="municipalityIds"
        idPrefix="organisation-municipality"
        legend={t('organisations.fields.municipality')}
      />
      <div className="form__actions">
        <SubmitButton
          busy={loading}
          label={t('organisations.create.submit')}
          busyLabel={t('organisations.create.submitting')}
        />
      </div>
    </form>
  );
}

export function OrganisationFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.create.heading'));
  return (
    <>
      <PageHeading>{t('organisations.create.heading')}</PageHeading>
      <RequireAuth>
        <CreateOrganisationForm />
      </RequireAuth>
    </>
  );
}
