import { useState, type ReactNode } from 'react';
import { useActiveOption } from '../hooks/useActiveOption';
import { OptionList, optionId } from './OptionList';

export interface ComboboxProps<T> {
  /** Ids derive from it: the field `${idPrefix}-search` (forms focus it on an error), the list, status and error. */
  idPrefix: string;
  label: string;
  hint?: string;
  /** Ids of further descriptions (e.g. a surrounding fieldset's hint). */
  describedBy?: string;
  error?: string;
  /** The list's accessible name. */
  listLabel: string;
  /** The options for what is typed now; the caller searches (debounced) on onSearch. */
  items: readonly T[];
  getKey: (item: T) => string;
  /** What the field shows once the option is chosen. */
  getText: (item: T) => string;
  renderOption?: (item: T) => ReactNode;
  /** The text of the current value ('' for none): shown while nothing else is being typed. */
  selectedText: string;
  onChoose: (item: T) => void;
  /** What the reader types; '' again once something is chosen or the field is left. */
  onSearch: (text: string) => void;
  /** Said politely while the list is open: how many were found, that none were, or that they are loading. */
  status: string;
  spellCheck?: boolean;
}

/**
 * An editable combobox with a list popup (WAI-ARIA combobox pattern, list
 * autocomplete, manual selection): typing searches, ↓/↑ open the list and move
 * through it, Enter chooses, Escape closes; focus stays in the field throughout.
 * Leaving the field puts the chosen option's text back, so what is shown is
 * always what will be sent.
 */
export function Combobox<T>({
  idPrefix,
  label,
  hint,
  describedBy,
  error,
  listLabel,
  items,
  getKey,
  getText,
  renderOption = getText,
  selectedText,
  onChoose,
  onSearch,
  status,
  spellCheck,
}: ComboboxProps<T>) {
  const ids = {
    input: `${idPrefix}-search`,
    hint: `${idPrefix}-search-hint`,
    list: `${idPrefix}-list`,
    status: `${idPrefix}-status`,
    error: `${idPrefix}-error`,
  };
  const [text, setText] = useState(selectedText);
  const [open, setOpen] = useState(false);
  // A value changed from outside (a reset form, a chosen option) shows at once.
  const [shownValue, setShownValue] = useState(selectedText);
  if (shownValue !== selectedText) {
    setShownValue(selectedText);
    setText(selectedText);
  }

  const shown = open ? items : [];
  const expanded = shown.length > 0;
  const close = () => setOpen(false);
  const choose = (item: T) => {
    onChoose(item);
    setText(getText(item));
    setOpen(false);
    onSearch('');
  };
  const options = useActiveOption({ items: shown, getKey, onChoose: choose, onClose: close });

  return (
    <div className={`field combobox${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={ids.input}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
      )}
      <div className="combobox__anchor">
        <input
          id={ids.input}
          className="field__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={spellCheck}
          value={text}
          aria-autocomplete="list"
          aria-expanded={expanded}
          // Only while the list exists: an id naming nothing is an error to axe.
          aria-controls={expanded ? ids.list : undefined}
          aria-activedescendant={expanded && options.active ? optionId(ids.list, getKey(options.active)) : undefined}
          aria-describedby={[hint ? ids.hint : null, describedBy, error ? ids.error : null].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            onSearch(event.target.value);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={(event) => {
            if (expanded) {
              options.onKeyDown(event);
            } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !event.nativeEvent.isComposing) {
              event.preventDefault();
              setOpen(true);
            }
          }}
          // Clicking an option does not blur the field (see OptionList), so leaving it closes the list.
          onBlur={() => {
            setOpen(false);
            if (text !== selectedText) {
              setText(selectedText);
              onSearch('');
            }
          }}
        />
        {expanded && (
          <OptionList
            id={ids.list}
            label={listLabel}
            items={shown}
            getKey={getKey}
            renderOption={renderOption}
            activeIndex={options.activeIndex}
            onChoose={choose}
            onHighlight={options.highlight}
            className="combobox__list"
            optionClassName="combobox__option"
          />
        )}
      </div>
      {error && (
        <p className="field__error" id={ids.error}>
          {error}
        </p>
      )}
      {/* Seen only when no list covers it; heard whenever it changes while the list is open. */}
      <p className={open && !expanded ? 'combobox__status' : 'visually-hidden'} id={ids.status} role="status">
        {open ? status : ''}
      </p>
    </div>
  );
}
