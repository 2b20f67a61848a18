import { useEffect, useRef, type ReactNode } from 'react';

export interface OptionListProps<T> {
  /** The listbox's id; the field points at it with aria-controls. */
  id: string;
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  getKey: (item: T) => string;
  renderOption: (item: T) => ReactNode;
  activeIndex: number;
  onChoose: (item: T) => void;
  onHighlight: (index: number) => void;
  className?: string;
  /** Class of each option; the highlighted one also gets `<optionClassName>--active`. */
  optionClassName?: string;
}

/** The id of an option, for the field's aria-activedescendant. */
export function optionId(listId: string, key: string): string {
  return `${listId}-${key}`;
}

/**
 * A popup listbox under a field that keeps focus and points at the
 * highlighted option (aria-activedescendant), so typing goes on undisturbed.
 * Keys are handled on the field (useActiveOption); here, the mouse.
 */
export function OptionList<T>({
  id,
  label,
  items,
  getKey,
  renderOption,
  activeIndex,
  onChoose,
  onHighlight,
  className = 'option-list',
  optionClassName = 'option-list__option',
}: OptionListProps<T>) {
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
    <ul className={className} role="listbox" id={id} ref={listRef} aria-label={label}>
      {items.map((item, index) => (
        <li
          key={getKey(item)}
          id={optionId(id, getKey(item))}
          role="option"
          aria-selected={index === activeIndex}
          className={`${optionClassName}${index === activeIndex ? ` ${optionClassName}--active` : ''}`}
          // Keeps focus (and the caret) in the field, which handles the choice.
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => {
            if (index !== activeIndex) onHighlight(index);
          }}
          onClick={() => onChoose(item)}
        >
          {renderOption(item)}
        </li>
      ))}
    </ul>
  );
}
