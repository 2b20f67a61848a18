import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CATEGORY_LIMITS, ErrorCode } from '@ratusz/shared';
import {
  CreateForumCategoryDocument,
  DeleteForumCategoryDocument,
  ForumCategoriesDocument,
  UpdateForumCategoryDocument,
  type ForumCategoriesQuery,
} from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useNotices } from '../../layout/notices';
import { CategoryForm, type CategoryInputValues } from './CategoryForm';
import { routes } from '../../../app/routes';

type Category = ForumCategoriesQuery['forumCategories']['nodes'][number];

const EMPTY_VALUES = { name: '', slug: '', description: '', position: '' };

function CategoryItem({ category, listHeadingId }: { category: Category; listHeadingId: string }) {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [update] = useMutation(UpdateForumCategoryDocument);
  const [remove, removeState] = useMutation(DeleteForumCategoryDocument);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Closing the edit form removes what had focus; the reader continues from the button that opened it.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  const closeEdit = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  const save = async (values: CategoryInputValues) => {
    await update({
      variables: {
        input: {
          id: category.id,
          name: values.name,
          slug: values.slug,
          description: values.description,
          ...(values.position === null ? {} : { position: values.position }),
        },
      },
      refetchQueries: [ForumCategoriesDocument],
      awaitRefetchQueries: true,
    });
    closeEdit();
    showNotice((tr) => tr('forum.categories.saved', { name: values.name }), { tone: 'success' });
  };

  const onRemove = async () => {
    if (removeState.loading || !window.confirm(t('forum.categories.confirmRemove', { name: category.name }))) return;
    setProblem(null);
    const { name } = category;
    try {
      await remove({
        variables: { id: category.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'ForumCategory', id: category.id }) });
          cache.gc();
        },
      });
      // The item and its buttons are gone: focus goes back to the list.
      document.getElementById(listHeadingId)?.focus();
      showNotice((tr) => tr('forum.categories.removed', { name }), { tone: 'success' });
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <li className="forum-list__item" data-testid="forum-category">
      <h3 className="forum-list__title">
        <Link to={routes.category(category.id)}>{category.name}</Link>
      </h3>
      {category.description && <p>{category.description}</p>}
      <p className="muted">{t('forum.threadCount', { count: category.threadCount })}</p>
      {category.viewerCanManage && (
        <>
          <div className="category-actions">
            <button
              ref={editButton}
              type="button"
              className="button button--small"
              aria-expanded={editing}
              onClick={() => (editing ? closeEdit() : setEditing(true))}
            >
              {t('forum.categories.edit')}
              <span className="visually-hidden"> {t('forum.categories.editContext', { name: category.name })}</span>
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              aria-disabled={removeState.loading || undefined}
              onClick={() => void onRemove()}
            >
              {removeState.loading ? t('forum.categories.removing') : t('forum.categories.remove')}
              <span className="visually-hidden"> {t('forum.categories.editContext', { name: category.name })}</span>
            </button>
          </div>
          <ProblemCallout
            inline
            error={problem}
            messages={{ [ErrorCode.CATEGORY_NOT_EMPTY]: t('forum.categories.notEmpty', { name: category.name }) }}
          />
          {editing && (
            <section className="category-edit" aria-labelledby={`category-${category.id}-edit-heading`}>
              <h4 id={`category-${category.id}-edit-heading`}>
                {t('forum.categories.editHeading', { name: category.name })}
              </h4>
              <CategoryForm
                idPrefix={`category-${category.id}`}
                mode="edit"
                initial={{
                  name: category.name,
                  slug: category.slug,
                  description: category.description,
                  position: String(category.position),
                }}
                submitLabel={t('forum.categories.save')}
                submittingLabel={t('forum.categories.saving')}
                onSubmit={save}
                onCancel={closeEdit}
              />
            </section>
          )}
        </>
      )}
    </li>
  );
}

interface CategoriesSectionProps {
  /** The municipality or network whose categories these are; neither for the global ones. */
  municipalityId?: string | null;
  networkId?: string | null;
  heading: string;
  emptyText: string;
  /** Whether the reader may add categories here (officials of the municipality, administrators). */
  canAdd: boolean;
}

/** A scope's categories, with adding, editing and removing for those who manage them. */
export function CategoriesSection({
  municipalityId = null,
  networkId = null,
  heading,
  emptyText,
  canAdd,
}: CategoriesSectionProps) {
  const { t } = useTranslation();
  const { showNotice } = useNotices();
  const query = useQuery(ForumCategoriesDocument, {
    variables: { municipalityId, networkId },
    fetchPolicy: 'cache-and-network',
  });
  const [create] = useMutation(CreateForumCategoryDocument);
  const categories = query.data?.forumCategories.nodes ?? [];
  const scope = municipalityId ?? networkId ?? 'global';
  const headingId = `categories-${scope}-heading`;

  const add = async (values: CategoryInputValues) => {
    const last = categories.reduce((max, category) => Math.max(max, category.position), -1);
    await create({
      variables: {
        input: {
          name: values.name,
          slug: values.slug,
          description: values.description,
          position: values.position ?? Math.min(last + 1, CATEGORY_LIMITS.positionMax),
          municipalityId,
          networkId,
        },
      },
      refetchQueries: [ForumCategoriesDocument],
      awaitRefetchQueries: true,
    });
    showNotice((tr) => tr('forum.categories.added', { name: values.name }), { tone: 'success' });
  };

  return (
    <>
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>
          {heading}
        </h2>
        {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
        {!query.data && <ProblemCallout error={query.error} />}
        {query.data &&
          (categories.length === 0 ? (
            <p>{emptyText}</p>
          ) : (
            <ul className="forum-list">
              {categories.map((category) => (
                <CategoryItem key={category.id} category={category} listHeadingId={headingId} />
              ))}
            </ul>
          ))}
      </section>
      {canAdd && (
        <section className="section" aria-labelledby={`add-category-${scope}-heading`} data-testid="add-category">
          <h2 id={`add-category-${scope}-heading`}>{t('forum.categories.addHeading')}</h2>
          <CategoryForm
            idPrefix={`add-category-${scope}`}
            mode="add"
            initial={EMPTY_VALUES}
            submitLabel={t('forum.categories.add')}
            submittingLabel={t('forum.categories.adding')}
            onSubmit={add}
          />
        </section>
      )}
    </>
  );
}
