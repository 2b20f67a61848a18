import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Problem } from './Problem';

interface ManagedListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** Names the list of remove buttons for assistive technology. */
  removeListLabel: string;
  removeLabel: (item: T) => string;
  /** Removes the item; resolves to what to announce. */
  onRemove: (item: T) => Promise<string>;
  removing: boolean;
  addHeading: string;
  addLabel: string;
  /** Whether the form holds something to add. */
  canAdd: boolean;
  /** Adds what the form holds; resolves to what to announce. */
  onAdd: () => Promise<string>;
  adding: boolean;
  /** The last refusal, shown under the form. */
  error: unknown;
  /** The add form's fields. */
  children: ReactNode;
}

/**
 * A list managed in place (a network's members, its coordinators): a remove
 * button per item, a form to add one, and the outcome announced in a status
 * region; a refusal stays on screen through `error`.
 */
export function ManagedList<T>({
  items,
  keyOf,
  removeListLabel,
  removeLabel,
  onRemove,
  removing,
  addHeading,
  addLabel,
  canAdd,
  onAdd,
  adding,
  error,
  children,
}: ManagedListProps<T>) {
  const headingId = useId();
  const [status, setStatus] = useState<string | null>(null);

  const announce = async (change: () => Promise<string>) => {
    setStatus(null);
    try {
      setStatus(await change());
    } catch {
      // Shown by the problem below.
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canAdd) void announce(onAdd);
  };

  return (
    <div className="section">
      {items.length > 0 && (
        <ul aria-label={removeListLabel}>
          {items.map((item) => (
            <li key={keyOf(item)}>
              <button
                type="button"
                className="button button--small"
                disabled={removing}
                onClick={() => void announce(() => onRemove(item))}
              >
                {removeLabel(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} aria-labelledby={headingId}>
        <h3 id={headingId}>{addHeading}</h3>
        {children}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={!canAdd || adding}>
            {addLabel}
          </button>
        </div>
      </form>
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={error} />
    </div>
  );
}
