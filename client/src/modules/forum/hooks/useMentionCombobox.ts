import { useLayoutEffect, useRef, useState, type ChangeEvent, type RefObject, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumAuthorFragment } from '../../../gql/graphql';
import { optionId } from '../../ui/components/OptionList';
import { useActiveOption } from '../../ui/hooks/useActiveOption';
import { findMentionQuery, insertMention } from '../mention-query';
import { useMentionSuggestions } from './useMentionSuggestions';

interface MentionComboboxOptions {
  /** The id the suggestion list gets. */
  listId: string;
  value: string;
  onChange: (value: string) => void;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * A markdown textarea that offers people while an @mention is typed, after
 * the ARIA combobox pattern with the list popping up under the field. The
 * textarea keeps its own role: axe refuses role="combobox" and aria-expanded
 * on a textarea, so it says "list autocomplete" and points at the list and
 * the highlighted option, and a polite status tells how many were found.
 */
export function useMentionCombobox({ listId, value, onChange, fieldRef }: MentionComboboxOptions) {
  const { t } = useTranslation();
  /** Where the caret is while the field has focus and nothing is selected; null otherwise. */
  const [caret, setCaret] = useState<number | null>(null);
  /** The mention whose list Escape closed; typing anything opens lists again. */
  const [dismissed, setDismissed] = useState<string | null>(null);
  /** Where to put the caret once the field shows the text with a chosen handle. */
  const pendingCaret = useRef<number | null>(null);

  const query = caret === null ? null : findMentionQuery(value, caret);
  const queryKey = query && `${query.start}:${query.prefix}`;
  const suggestions = useMentionSuggestions(query?.prefix ?? null);
  const open = query !== null && queryKey !== dismissed && suggestions.users.length > 0;
  const users = open ? suggestions.users : [];

  useLayoutEffect(() => {
    const field = fieldRef.current;
    const position = pendingCaret.current;
    if (position === null || !field || field.value !== value) return;
    pendingCaret.current = null;
    field.setSelectionRange(position, position);
  }, [value, fieldRef]);

  const trackCaret = (field: HTMLTextAreaElement) =>
    setCaret(field.selectionStart === field.selectionEnd ? field.selectionStart : null);

  const choose = (user: ForumAuthorFragment) => {
    if (!query) return;
    const next = insertMention(value, query, user.handle);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    onChange(next.text);
  };

  // Keys belong to the textarea unless the list is open (users is empty while it is closed).
  const options = useActiveOption({
    items: users,
    getKey: (user) => user.id,
    onChoose: choose,
    onClose: () => setDismissed(queryKey),
    chooseOnTab: true,
  });
  const active = options.active;

  let status = '';
  if (open) status = t('forum.mentions.count', { count: users.length });
  else if (query && query.prefix !== '' && queryKey !== dismissed && suggestions.settled) {
    status = t('forum.mentions.none');
  }

  return {
    /** Spread on the textarea. */
    fieldProps: {
      'aria-autocomplete': 'list' as const,
      'aria-controls': open ? listId : undefined,
      'aria-activedescendant': open && active ? optionId(listId, active.id) : undefined,
      onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
        onChange(event.target.value);
        setDismissed(null);
        trackCaret(event.target);
      },
      onSelect: (event: SyntheticEvent<HTMLTextAreaElement>) => trackCaret(event.currentTarget),
      onFocus: (event: SyntheticEvent<HTMLTextAreaElement>) => trackCaret(event.currentTarget),
      // Clicking an option does not blur the field (see MentionSuggestions), so leaving it closes the list.
      onBlur: () => setCaret(null),
      onKeyDown: options.onKeyDown,
    },
    /** For MentionSuggestions; null while the list is closed. */
    list: open
      ? {
          id: listId,
          users,
          activeIndex: options.activeIndex,
          onChoose: choose,
          onHighlight: options.highlight,
        }
      : null,
    /** What the polite live region says: how many were found, or that no one was. */
    status,
  };
}
