import { childPath, depthOf, pathSegment } from './forum-path.js';

describe('forum paths', () => {
  it('sort depth-first, oldest sibling first, as plain strings', () => {
    const root = pathSegment(1);
    const a = childPath(root, 2);
    const b = childPath(root, 3);
    const a1 = childPath(a, 4);
    const a10 = childPath(a, 40);
    const late = childPath(root, 100_000);
    const sorted = [late, b, a10, a1, a, root].sort();
    expect(sorted).toEqual([root, a, a1, a10, b, late]);
  });

  it('knows its depth', () => {
    expect(depthOf(pathSegment(1))).toBe(0);
    expect(depthOf(childPath(childPath(pathSegment(1), 2), 3))).toBe(2);
  });
});
