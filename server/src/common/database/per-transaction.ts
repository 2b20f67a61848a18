import type { Queryable } from './sql.js';

/**
 * What a transaction collects for its caller to act on once it has committed,
 * kept against the transaction object itself: the caller that saw the commit
 * takes it with the same `tx`. A transaction that rolled back is never asked
 * for, and what it collected goes with it (a WeakMap), so nothing it left can
 * reach a later transaction, nor linger.
 */
export class PerTransaction<T> {
  private readonly collected = new WeakMap<Queryable, T[]>();

  add(tx: Queryable, value: T): void {
    const list = this.collected.get(tx);
    if (list) list.push(value);
    else this.collected.set(tx, [value]);
  }

  /** What `tx` collected, in order; nothing is left for it afterwards. */
  take(tx: Queryable): T[] {
    const list = this.collected.get(tx) ?? [];
    this.collected.delete(tx);
    return list;
  }
}
