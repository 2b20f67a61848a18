import { useState, type KeyboardEvent } from 'react';

interface ActiveOptionOptions<T> {
  /** The options shown now; empty while the list is closed. */
  items: readonly T[];
  getKey: (item: T) => string;
  onChoose: (item: T) => void;
  onClose: () => void;
  /**
   * Tab chooses too: right in a text area, where the caret stays and Tab would
   * otherwise leave mid-word; wrong in a form field, where Tab must move on.
   */
  chooseOnTab?: boolean;
}

export interface ActiveOption<T> {
  activeIndex: number;
  active: T | undefined;
  highlight: (index: number) => void;
  /** Handles the list's keys on the field that keeps focus; true when the key was used. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => boolean;
}

/**
 * The highlighted option of a popup list whose field keeps focus (the
 * aria-activedescendant pattern): arrows move round the list, Enter chooses,
 * Escape closes. A list with different options starts again at the first.
 */
export function useActiveOption<T>({
  items,
  getKey,
  onChoose,
  onClose,
  chooseOnTab = false,
}: ActiveOptionOptions<T>): ActiveOption<T> {
  const [highlighted, setHighlighted] = useState({ list: '', index: 0 });
  const listKey = items.map(getKey).join(' ');
  const activeIndex = highlighted.list === listKey ? Math.min(highlighted.index, items.length - 1) : 0;
  const active: T | undefined = items[activeIndex];
  const highlight = (index: number) => setHighlighted({ list: listKey, index });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): boolean => {
    // Keys belong to an input method while it composes.
    if (!active || event.nativeEvent.isComposing) return false;
    const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : items.length - 1;
      highlight((activeIndex + step) % items.length);
    } else if ((event.key === 'Enter' || (chooseOnTab && event.key === 'Tab')) && plain) {
      onChoose(active);
    } else if (event.key === 'Escape') {
      // Whatever else Escape would close (a dialog, a composer) stays open: this press only closed the list.
      event.stopPropagation();
      onClose();
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  };

  return { activeIndex, active, highlight, onKeyDown };
}
