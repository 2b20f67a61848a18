import { describe, expect, it } from '@jest/globals';
import { layoutDiagram } from './layout';
import { buildShape, moveTargets, pendingSuggestions, walk, type TreeNodeView } from './model';
import { wrapText } from './wrap';

function node(id: string, kind: TreeNodeView['kind'], parentId: string | null, position = 0): TreeNodeView {
  return { id, kind, parentId, position, text: `Węzeł ${id}`, status: 'ACCEPTED', supportCount: 0 };
}

const NODES = [
  node('core', 'CORE', null),
  node('c1', 'CAUSE', 'core', 1),
  node('c2', 'CAUSE', 'core', 0),
  node('c11', 'CAUSE', 'c1'),
  node('e1', 'EFFECT', 'core'),
  node('e11', 'EFFECT', 'e1'),
  node('orphan', 'CAUSE', 'gone'),
];

describe('problem tree shape', () => {
  const shape = buildShape(NODES);

  it('orders siblings by position and lists effects before causes under the core', () => {
    expect([...walk(shape)].map((n) => n.id)).toEqual(['core', 'e1', 'e11', 'c2', 'c1', 'c11']);
  });

  it('offers as new parents only nodes of a fitting kind outside the subtree', () => {
    expect(moveTargets(shape, shape.byId.get('c1')!).map((n) => n.id)).toEqual(['c2']);
    expect(moveTargets(shape, shape.byId.get('c11')!).map((n) => n.id)).toEqual(['core', 'c2']);
    expect(moveTargets(shape, shape.byId.get('e11')!).map((n) => n.id)).toEqual(['core']);
    expect(moveTargets(shape, shape.byId.get('core')!)).toEqual([]);
  });

  it('queues suggestions oldest first', () => {
    const suggestions = [
      { ...node('s2', 'CAUSE', 'core'), status: 'PROPOSED' as const, createdAt: '2026-01-02T00:00:00Z' },
      { ...node('s1', 'EFFECT', 'core'), status: 'PROPOSED' as const, createdAt: '2026-01-01T00:00:00Z' },
      { ...node('a', 'EFFECT', 'core'), createdAt: '2025-01-01T00:00:00Z' },
    ];
    expect(pendingSuggestions(suggestions).map((n) => n.id)).toEqual(['s1', 's2']);
  });
});

describe('problem tree diagram layout', () => {
  const layout = layoutDiagram(buildShape(NODES));
  const at = (id: string) => layout.nodes.find((placed) => placed.node.id === id)!;

  it('puts effects above the core and causes below it, deeper further out', () => {
    expect(at('core').y).toBe(0);
    expect(at('e1').y).toBeLessThan(0);
    expect(at('e11').y).toBeLessThan(at('e1').y);
    expect(at('c1').y).toBeGreaterThan(0);
    expect(at('c11').y).toBeGreaterThan(at('c1').y);
    expect(layout.nodes).toHaveLength(6);
    expect(layout.links).toHaveLength(5);
  });

  it('never overlaps two boxes', () => {
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart).toBe(true);
      }
    }
  });

  it('lays out 200 nodes quickly', () => {
    const many: TreeNodeView[] = [node('core', 'CORE', null)];
    for (let index = 0; index < 199; index += 1) {
      const kind = index % 2 ? 'CAUSE' : 'EFFECT';
      const parent = index < 10 ? 'core' : `n${index - 10}`;
      const parentKind = index < 10 ? kind : (index - 10) % 2 ? 'CAUSE' : 'EFFECT';
      many.push(node(`n${index}`, kind, parentKind === kind || parent === 'core' ? parent : 'core', index));
    }
    const started = performance.now();
    const big = layoutDiagram(buildShape(many));
    expect(big.nodes).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('wrapping node text', () => {
  it('breaks at spaces, cuts over-long words and ends a cut text with an ellipsis', () => {
    expect(wrapText('Brak informacji o konsultacjach', 12, 5)).toEqual([
      'Brak',
      'informacji o',
      'konsultacjach'.slice(0, 12),
      'h',
    ]);
    expect(wrapText('a b c d e f', 3, 2)).toEqual(['a b', 'c…']);
  });
});
