import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';
import type { OrganisationBadgeFragment } from '../../../gql/graphql';

/** The verified badge: a word, not only a colour. */
export function VerifiedBadge() {
  const { t } = useTranslation();
  return <span className="badge badge--official">✓ {t('organisations.verified')}</span>;
}

/** An author as "Name (Organisation)" when they wrote on its behalf. */
export function AuthorName({ name, organisation }: { name: string; organisation?: OrganisationBadgeFragment | null }) {
  if (!organisation) return <>{name}</>;
  return (
    <>
      {name} (<Link to={routes.organisation(organisation.id)}>{organisation.name}</Link>
      {organisation.verified && <span className="visually-hidden">, </span>}
      {organisation.verified && (
        <>
          {' '}
          <VerifiedBadge />
        </>
      )}
      )
    </>
  );
}
