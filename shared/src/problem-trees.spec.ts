import {
  canParent,
  isJoinCode,
  JOIN_CODE_ALPHABET,
  makeJoinCode,
  nestTree,
  normaliseJoinCode,
  treeToJson,
  treeToLines,
  treeToMarkdown,
  wouldCycle,
  type ProblemTreeNodeKind,
  type ProblemTreeNodeStatus,
} from './problem-trees.js';
import { isPublicRoom } from './socket-events.js';

const node = (
  id: string,
  kind: ProblemTreeNodeKind,
  parentId: string | null,
  position: number,
  status: ProblemTreeNodeStatus = 'ACCEPTED',
) => ({ id, kind, parentId, position, text: `Text ${id}`, status });

// core; causes c1 (with c1a, c1b) and c2; effect e1 (with e1a).
const NODES = [
  node('e1a', 'EFFECT', 'e1', 0),
  node('c1b', 'CAUSE', 'c1', 1),
  node('core', 'CORE', null, 0),
  node('c2', 'CAUSE', 'core', 1, 'PROPOSED'),
  node('c1', 'CAUSE', 'core', 0),
  node('e1', 'EFFECT', 'core', 2),
  node('c1a', 'CAUSE', 'c1', 0),
];

describe('canParent', () => {
  it.each([
    ['CAUSE', 'CORE', true],
    ['CAUSE', 'CAUSE', true],
    ['EFFECT', 'CORE', true],
    ['EFFECT', 'EFFECT', true],
    ['CAUSE', 'EFFECT', false],
    ['EFFECT', 'CAUSE', false],
    ['CORE', 'CORE', false],
    ['CORE', 'CAUSE', false],
  ] as const)('%s under %s: %s', (kind, parentKind, expected) => {
    expect(canParent(kind, parentKind)).toBe(expected);
  });
});

describe('wouldCycle', () => {
  const parentOf = new Map(NODES.map((n) => [n.id, n.parentId]));
  it('refuses a node under itself or its descendants', () => {
    expect(wouldCycle(parentOf, 'c1', 'c1')).toBe(true);
    expect(wouldCycle(parentOf, 'c1', 'c1a')).toBe(true);
  });
  it('allows a node under a sibling or an ancestor', () => {
    expect(wouldCycle(parentOf, 'c1', 'c2')).toBe(false);
    expect(wouldCycle(parentOf, 'c1a', 'core')).toBe(false);
    expect(wouldCycle(parentOf, 'c1a', 'c1b')).toBe(false);
  });
  it('stops on a cycle already in the map', () => {
    expect(
      wouldCycle(
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
        'x',
        'a',
      ),
    ).toBe(true);
  });
});

describe('nestTree and the exports', () => {
  it('nests causes and effects in sibling order', () => {
    const nested = nestTree(NODES);
    expect(nested.core?.id).toBe('core');
    expect(nested.causes.map((c) => [c.node.id, c.children.map((g) => g.node.id)])).toEqual([
      ['c1', ['c1a', 'c1b']],
      ['c2', []],
    ]);
    expect(nested.effects.map((e) => e.node.id)).toEqual(['e1']);
  });

  it('leaves out nodes whose parent is filtered away', () => {
    const accepted = NODES.filter((n) => n.id !== 'c1');
    expect(nestTree(accepted).causes.map((c) => c.node.id)).toEqual(['c2']);
  });

  it('writes nested Markdown, escaping the nodes’ text', () => {
    const md = treeToMarkdown('Drzewo *problemów*', [...NODES, { ...node('c3', 'CAUSE', 'core', 2), text: '**x**' }]);
    expect(md).toContain('# Drzewo \\*problemów\\*');
    expect(md).toContain(
      '## Przyczyny\n\n- Text c1\n  - Text c1a\n  - Text c1b\n- Text c2 (propozycja)\n- \\*\\*x\\*\\*',
    );
    expect(md).toContain('## Skutki\n\n- Text e1\n  - Text e1a');
  });

  it('writes nested JSON and indented lines', () => {
    const json = treeToJson('T', NODES);
    expect(json.core?.text).toBe('Text core');
    expect(json.causes[0].children.map((c) => c.id)).toEqual(['c1a', 'c1b']);
    expect(json.effects[0].children[0].id).toBe('e1a');
    expect(treeToLines(NODES)).toEqual([
      'Problem główny: Text core',
      'Przyczyny:',
      '  - Text c1',
      '    - Text c1a',
      '    - Text c1b',
      '  - Text c2 (propozycja)',
      'Skutki:',
      '  - Text e1',
      '    - Text e1a',
    ]);
  });
});

describe('join codes', () => {
  it('makes six characters of the unambiguous alphabet', () => {
    const code = makeJoinCode(Math.random);
    expect(isJoinCode(code)).toBe(true);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });
  it('reads what people type', () => {
    expect(normaliseJoinCode(' abc-7xy ')).toBe('ABC7XY');
    expect(isJoinCode(normaliseJoinCode('abc-7xy'))).toBe(true);
    expect(isJoinCode('ABC0XY')).toBe(false);
  });
});

describe('the problem tree room', () => {
  it('is public', () => {
    expect(isPublicRoom('problemTree:6f1c2a34-0000-4000-8000-000000000001')).toBe(true);
    expect(isPublicRoom('problemTree:')).toBe(false);
  });
});
