import type { ParagraphChange } from '@ratusz/shared';

/**
 * How the "What changed" view presents a paragraph-level diff. Each change
 * has a sign and a word, so it reads without colour (WCAG 1.4.1).
 */

export const CHANGE_ORDER: readonly ParagraphChange[] = ['ADDED', 'CHANGED', 'REMOVED', 'UNCHANGED'];

/** The sign shown before a row, next to its word. */
export const CHANGE_SIGN: Readonly<Record<ParagraphChange, string>> = {
  ADDED: '+',
  REMOVED: '−',
  CHANGED: '±',
  UNCHANGED: '=',
};

export interface DiffRow {
  change: ParagraphChange;
  from: { number: number } | null;
  to: { number: number } | null;
}

export type DiffCounts = Record<ParagraphChange, number>;

/** How many paragraphs were added, changed, removed and kept. */
export function countChanges(rows: readonly Pick<DiffRow, 'change'>[]): DiffCounts {
  const counts: DiffCounts = { ADDED: 0, CHANGED: 0, REMOVED: 0, UNCHANGED: 0 };
  for (const row of rows) counts[row.change] += 1;
  return counts;
}

/**
 * Which paragraph numbers a row speaks of: "§ 3" when both versions number it
 * alike, "§ 3 → § 4" when it moved, one side for added or removed paragraphs.
 */
export function paragraphLabel(row: DiffRow): string {
  const from = row.from?.number;
  const to = row.to?.number;
  if (from !== undefined && to !== undefined) return from === to ? `§ ${to}` : `§ ${from} → § ${to}`;
  if (to !== undefined) return `§ ${to}`;
  return from !== undefined ? `§ ${from}` : '';
}

/**
 * Long runs of unchanged paragraphs are folded so the changes stand out: the
 * rows to show, with a `hidden` marker standing for each folded run of more
 * than `keep` unchanged paragraphs between or around changes.
 */
export function foldUnchanged<T extends Pick<DiffRow, 'change'>>(
  rows: readonly T[],
  keep = 1,
): ({ kind: 'row'; row: T } | { kind: 'hidden'; count: number })[] {
  const out: ({ kind: 'row'; row: T } | { kind: 'hidden'; count: number })[] = [];
  let run: T[] = [];
  const flush = (atStart: boolean, atEnd: boolean) => {
    // Keep `keep` rows of context on each side that touches a change.
    const head = atStart ? 0 : keep;
    const tail = atEnd ? 0 : keep;
    if (run.length <= head + tail + 1) {
      for (const row of run) out.push({ kind: 'row', row });
    } else {
      for (const row of run.slice(0, head)) out.push({ kind: 'row', row });
      out.push({ kind: 'hidden', count: run.length - head - tail });
      for (const row of run.slice(run.length - tail)) out.push({ kind: 'row', row });
    }
    run = [];
  };
  let seenChange = false;
  for (const row of rows) {
    if (row.change === 'UNCHANGED') {
      run.push(row);
      continue;
    }
    flush(!seenChange, false);
    seenChange = true;
    out.push({ kind: 'row', row });
  }
  flush(!seenChange, true);
  return out;
}

/** The versions to compare first: the one before the newest against the newest (null with fewer than two). */
export function defaultComparison(
  versions: readonly { id: string; version: number }[],
): { fromId: string; toId: string } | null {
  if (versions.length < 2) return null;
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return { fromId: sorted[1].id, toId: sorted[0].id };
}
