import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FieldErrorCode } from '@ratusz/shared';
import { ForumNetworksDocument } from '../../../gql/graphql';
import { useMe, type CurrentAccount } from '../../auth/hooks/useMe';
import { FormProblem } from '../../forms/components/FormProblem';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { MunicipalityField } from '../../municipalities/components/MunicipalityField';
import type { PickedMunicipality } from '../../municipalities/components/MunicipalityPicker';
import { CategoriesSection } from './CategoryList';
import { routes } from '../../../app/routes';

const PICKER_FIELDS = { municipalityId: 'forum-municipality-search' };
const PICKER_CHECKS = {
  municipalityId: (value: PickedMunicipality | null) => (value ? null : { code: FieldErrorCode.REQUIRED }),
};

/** The account's home municipality and those it holds roles in, each once. */
function ownMunicipalities(me: CurrentAccount | null): PickedMunicipality[] {
  if (!me) return [];
  const all = [me.homeMunicipality, ...me.roles.map((grant) => grant.municipality)];
  const seen = new Set<string>();
  return all.flatMap((municipality) => {
    if (!municipality || seen.has(municipality.id)) return [];
    seen.add(municipality.id);
    return [{ id: municipality.id, name: municipality.name }];
  });
}

/** Ways to a municipality's forum: the reader's own municipalities, or any found with the picker. */
function MunicipalityForums() {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigate = useNavigate();
  const form = useAppForm<{ municipalityId: PickedMunicipality | null }>({
    fields: PICKER_FIELDS,
    defaultValues: { municipalityId: null },
    checks: PICKER_CHECKS,
  });
  const own = ownMunicipalities(me);

  const submit = form.submit(async ({ municipalityId: picked }) => {
    if (picked) await navigate(routes.municipalityForum(picked.id));
  });

  return (
    <section className="section" aria-labelledby="municipality-forums-heading">
      <h2 id="municipality-forums-heading">{t('forum.municipalities.heading')}</h2>
      <p>{t('forum.municipalities.intro')}</p>
      {own.length > 0 && (
        <>
          <h3 id="own-municipalities-heading">{t('forum.municipalities.yours')}</h3>
          <ul className="plain-list" aria-labelledby="own-municipalities-heading">
            {own.map((municipality) => (
              <li key={municipality.id}>
                <Link to={routes.municipalityForum(municipality.id)}>
                  {t('forum.municipalityForum.backLink', { name: municipality.name })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <FormProblem form={form} />
        <MunicipalityField
          form={form}
          name="municipalityId"
          idPrefix="forum-municipality"
          legend={t('forum.municipalities.legend')}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {t('forum.municipalities.go')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Links to the forums of networks of municipalities (exchange groups, monitoring networks). */
function NetworkForums() {
  const { t } = useTranslation();
  const networks = useQuery(ForumNetworksDocument, { fetchPolicy: 'cache-and-network' });
  const nodes = networks.data?.networks.nodes ?? [];
  if (nodes.length === 0) return null;
  return (
    <section className="section" aria-labelledby="network-forums-heading">
      <h2 id="network-forums-heading">{t('forum.networks.heading')}</h2>
      <p>{t('forum.networks.intro')}</p>
      <ul className="plain-list">
        {nodes.map((network) => (
          <li key={network.id}>
            <Link to={routes.networkForum(network.id)}>{network.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The global forum categories, and the way to each municipality's and network's own. */
export function ForumHomePage() {
  const { t } = useTranslation();
  const { me } = useMe();
  useDocumentTitle(t('pages.forum'));
  return (
    <div className="page">
      <PageHeading>{t('forum.heading')}</PageHeading>
      <p>
        <Link to={routes.forumSearch()}>{t('forum.searchLink')}</Link>
      </p>
      <CategoriesSection
        municipalityId={null}
        heading={t('forum.globalCategoriesHeading')}
        emptyText={t('forum.noCategories')}
        canAdd={!!me?.isAdmin}
      />
      <MunicipalityForums />
      <NetworkForums />
    </div>
  );
}
