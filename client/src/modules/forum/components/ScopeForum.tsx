import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { CategoriesSection } from './CategoryList';
import { routes } from '../../../app/routes';

interface ScopeForumProps {
  heading: string;
  /** Exactly one of the two: the forum of a municipality or of a network. */
  municipalityId?: string;
  networkId?: string;
  categoriesHeading: string;
  emptyText: string;
  canAdd: boolean;
  /** More about the scope below its categories (a municipality's consultations and meetings). */
  children?: ReactNode;
}

/** The page of one municipality's or one network's forum: its categories, managed here by those allowed to. */
export function ScopeForum({
  heading,
  municipalityId,
  networkId,
  categoriesHeading,
  emptyText,
  canAdd,
  children,
}: ScopeForumProps) {
  const { t } = useTranslation();
  useDocumentTitle(heading);
  return (
    <div className="page">
      <p>
        <Link to={routes.forum()}>{t('forum.backToForum')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <p>
        <Link to={routes.forumSearch()}>{t('forum.searchLink')}</Link>
      </p>
      <CategoriesSection
        key={municipalityId ?? networkId}
        municipalityId={municipalityId}
        networkId={networkId}
        heading={categoriesHeading}
        emptyText={emptyText}
        canAdd={canAdd}
      />
      {children}
    </div>
  );
}
