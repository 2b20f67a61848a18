import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumAuthorFragment } from '../../../gql/graphql';

interface MentionSuggestionsProps {
  /** The listbox's id; the text field points at it with aria-controls. */
  id: string;
  users: readonly ForumAuthorFragment[];
  activeIndex: number;
  onChoose: (user: ForumAuthorFragment) => void;
  onHighlight: (index: number) => void;
}

/** The id of a suggestion, for the text field's aria-activedescendant. */
export function mentionOptionId(listId: string, user: ForumAuthorFragment): string {
  return `${listId}-${user.id}`;
}

/**
 * The people offered for a half-typed @mention, under the text field. Focus
 * never moves here: the field keeps it and points at the highlighted option
 * (aria-activedescendant), so typing goes on undisturbed.
 */
export function MentionSuggestions({ id, users, activeIndex, onChoose, onHighlight }: MentionSuggestionsProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    // Keeps the highlighted option in view by scrolling the list alone: scrollIntoView would move the page too.
    const list = listRef.current;
    const option = list?.children[activeIndex];
    if (!list || !(option instanceof HTMLElement)) return;
    const bottom = option.offsetTop + option.offsetHeight;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [activeIndex]);

  return (
    <div className="mention-popup">
      <ul className="mention-popup__list" role="listbox" id={id} ref={listRef} aria-label={t('forum.mentions.label')}>
        {users.map((user, index) => (
          <li
            key={user.id}
            id={mentionOptionId(id, user)}
            role="option"
            aria-selected={index === activeIndex}
            className={`mention-option${index === activeIndex ? ' mention-option--active' : ''}`}
            // Keeps focus (and the caret) in the text field, where the choice is inserted.
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => {
              if (index !== activeIndex) onHighlight(index);
            }}
            onClick={() => onChoose(user)}
          >
            <span className="mention-option__name">{user.displayName}</span>{' '}
            <span className="mention-option__handle">@{user.handle}</span>
          </li>
        ))}
      </ul>
      <p className="mention-popup__keys" aria-hidden="true">
        {t('forum.mentions.keys')}
      </p>
    </div>
  );
}
