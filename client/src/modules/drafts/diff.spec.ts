import { describe, expect, it } from '@jest/globals';
import type { ParagraphChange } from '@ratusz/shared';
import { CHANGE_SIGN, countChanges, defaultComparison, foldUnchanged, paragraphLabel } from './diff';

const row = (change: ParagraphChange, from: number | null, to: number | null) => ({
  change,
  from: from === null ? null : { number: from },
  to: to === null ? null : { number: to },
});

describe('draft diff presentation', () => {
  it('counts the changes of each kind', () => {
    expect(
      countChanges([row('UNCHANGED', 1, 1), row('CHANGED', 2, 2), row('ADDED', null, 3), row('ADDED', null, 4)]),
    ).toEqual({ ADDED: 2, CHANGED: 1, REMOVED: 0, UNCHANGED: 1 });
  });

  it('gives every change its own sign, so it reads without colour', () => {
    expect(new Set(Object.values(CHANGE_SIGN)).size).toBe(4);
  });

  it('names the paragraphs a row speaks of, moved ones with both numbers', () => {
    expect(paragraphLabel(row('UNCHANGED', 2, 2))).toBe('§ 2');
    expect(paragraphLabel(row('CHANGED', 2, 3))).toBe('§ 2 → § 3');
    expect(paragraphLabel(row('ADDED', null, 4))).toBe('§ 4');
    expect(paragraphLabel(row('REMOVED', 5, null))).toBe('§ 5');
  });

  it('folds long unchanged runs, keeping one paragraph of context by each change', () => {
    const rows = [
      row('UNCHANGED', 1, 1),
      row('UNCHANGED', 2, 2),
      row('UNCHANGED', 3, 3),
      row('CHANGED', 4, 4),
      row('UNCHANGED', 5, 5),
      row('UNCHANGED', 6, 6),
      row('UNCHANGED', 7, 7),
      row('UNCHANGED', 8, 8),
      row('ADDED', null, 9),
      row('UNCHANGED', 9, 10),
    ];
    const folded = foldUnchanged(rows).map((item) =>
      item.kind === 'hidden' ? `…${item.count}` : String(item.row.to?.number ?? item.row.from?.number),
    );
    expect(folded).toEqual(['…2', '3', '4', '5', '…2', '8', '9', '10']);
  });

  it('shows short unchanged runs, and everything when nothing changed', () => {
    const unchanged = [row('UNCHANGED', 1, 1), row('UNCHANGED', 2, 2)];
    expect(foldUnchanged(unchanged)).toEqual([{ kind: 'hidden', count: 2 }]);
    const short = [row('CHANGED', 1, 1), row('UNCHANGED', 2, 2), row('UNCHANGED', 3, 3), row('REMOVED', 4, null)];
    expect(foldUnchanged(short).every((item) => item.kind === 'row')).toBe(true);
  });

  it('compares the version before the newest with the newest by default', () => {
    expect(
      defaultComparison([
        { id: 'v3', version: 3 },
        { id: 'v1', version: 1 },
        { id: 'v2', version: 2 },
      ]),
    ).toEqual({ fromId: 'v2', toId: 'v3' });
    expect(defaultComparison([{ id: 'v1', version: 1 }])).toBeNull();
  });
});
