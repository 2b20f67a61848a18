import { useTranslation } from 'react-i18next';
import type { ForumAuthorFragment } from '../../../gql/graphql';
import { OptionList } from '../../ui/components/OptionList';

interface MentionSuggestionsProps {
  /** The listbox's id; the text field points at it with aria-controls. */
  id: string;
  users: readonly ForumAuthorFragment[];
  activeIndex: number;
  onChoose: (user: ForumAuthorFragment) => void;
  onHighlight: (index: number) => void;
}

/** The people offered for a half-typed @mention, under the text field that keeps focus (see useMentionCombobox). */
export function MentionSuggestions({ id, users, activeIndex, onChoose, onHighlight }: MentionSuggestionsProps) {
  const { t } = useTranslation();
  return (
    <div className="mention-popup">
      <OptionList
        id={id}
        label={t('forum.mentions.label')}
        items={users}
        getKey={(user) => user.id}
        renderOption={(user) => (
          <>
            <span className="mention-option__name">{user.displayName}</span>{' '}
            <span className="mention-option__handle">@{user.handle}</span>
          </>
        )}
        activeIndex={activeIndex}
        onChoose={onChoose}
        onHighlight={onHighlight}
        className="mention-popup__list"
        optionClassName="mention-option"
      />
      <p className="mention-popup__keys" aria-hidden="true">
        {t('forum.mentions.keys')}
      </p>
    </div>
  );
}
