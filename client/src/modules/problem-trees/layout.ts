import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { childrenOfKind, type TreeNodeView, type TreeShape } from './model';
import { wrapText } from './wrap';

/** The diagram's measures, in SVG user units (pixels at zoom 1). */
export const DIAGRAM = {
  nodeWidth: 200,
  paddingX: 10,
  paddingY: 8,
  /** The line naming kind and status, above the text. */
  headerHeight: 18,
  lineHeight: 17,
  fontSize: 14,
  headerFontSize: 12,
  /** About 7 px per character at 14 px leaves room for wide Polish letters. */
  charsPerLine: 25,
  maxLines: 6,
  gapX: 24,
  gapY: 56,
} as const;

export interface PlacedNode<N extends TreeNodeView> {
  node: N;
  /** Centre of the box. */
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

interface PlacedLink {
  id: string;
  /** The lower end (a cause, or the node an effect follows from) and the upper end. */
  from: { x: number; y: number };
  to: { x: number; y: number };
}

export interface DiagramLayout<N extends TreeNodeView> {
  nodes: PlacedNode<N>[];
  links: PlacedLink[];
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

function boxHeight(lines: number): number {
  return DIAGRAM.paddingY * 2 + DIAGRAM.headerHeight + lines * DIAGRAM.lineHeight;
}

/**
 * Effects above the core, causes below it: two tidy-tree layouts from the
 * core, one flipped upwards. d3 spreads the siblings; rows are as tall as
 * their tallest box, so wrapped text never overlaps the next row.
 */
export function layoutDiagram<N extends TreeNodeView>(shape: TreeShape<N>): DiagramLayout<N> {
  const empty = { nodes: [], links: [], bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 } };
  const core = shape.core;
  if (!core) return empty;

  const linesOf = new Map<string, string[]>();
  const lines = (node: N) => {
    let wrapped = linesOf.get(node.id);
    if (!wrapped) {
      // The core is set in bold, whose letters are wider.
      const chars = node.kind === 'CORE' ? DIAGRAM.charsPerLine - 4 : DIAGRAM.charsPerLine;
      // Text the server withheld is drawn as the caller replaced it (see withShownText).
      wrapped = wrapText(node.text ?? '', chars, DIAGRAM.maxLines);
      linesOf.set(node.id, wrapped);
    }
    return wrapped;
  };

  const placed = new Map<string, PlacedNode<N>>();
  const links: PlacedLink[] = [];
  const coreHeight = boxHeight(lines(core).length);
  placed.set(core.id, { node: core, x: 0, y: 0, width: DIAGRAM.nodeWidth, height: coreHeight, lines: lines(core) });

  for (const kind of ['CAUSE', 'EFFECT'] as const) {
    const direction = kind === 'CAUSE' ? 1 : -1;
    const root = hierarchy<N>(core, (node) =>
      node.id === core.id || node.kind === kind ? childrenOfKind(shape, node.id, kind) : [],
    );
    const points = tree<N>()
      .nodeSize([DIAGRAM.nodeWidth + DIAGRAM.gapX, 1])
      .separation((a, b) => (a.parent === b.parent ? 1 : 1.2))(root);
    const descendants: HierarchyPointNode<N>[] = points.descendants();

    // Each row's height is its tallest box; rows stack outwards from the core.
    const rowHeight: number[] = [];
    for (const point of descendants) {
      rowHeight[point.depth] = Math.max(rowHeight[point.depth] ?? 0, boxHeight(lines(point.data).length));
    }
    rowHeight[0] = coreHeight;
    const rowCentre: number[] = [0];
    for (let depth = 1; depth < rowHeight.length; depth += 1) {
      rowCentre[depth] =
        rowCentre[depth - 1] + direction * (rowHeight[depth - 1] / 2 + DIAGRAM.gapY + rowHeight[depth] / 2);
    }

    for (const point of descendants) {
      if (point.depth === 0) continue;
      const wrapped = lines(point.data);
      const height = boxHeight(wrapped.length);
      const box = {
        node: point.data,
        x: point.x,
        y: rowCentre[point.depth],
        width: DIAGRAM.nodeWidth,
        height,
        lines: wrapped,
      };
      placed.set(point.data.id, box);
      const parent = placed.get(point.parent!.data.id)!;
      // Causes lead up to what they cause; effects follow up from what causes them.
      const lower = kind === 'CAUSE' ? box : parent;
      const upper = kind === 'CAUSE' ? parent : box;
      links.push({
        id: point.data.id,
        from: { x: lower.x, y: lower.y - lower.height / 2 },
        to: { x: upper.x, y: upper.y + upper.height / 2 },
      });
    }
  }

  const nodes = [...placed.values()];
  const bounds = nodes.reduce(
    (acc, box) => ({
      minX: Math.min(acc.minX, box.x - box.width / 2),
      minY: Math.min(acc.minY, box.y - box.height / 2),
      maxX: Math.max(acc.maxX, box.x + box.width / 2),
      maxY: Math.max(acc.maxY, box.y + box.height / 2),
    }),
    { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
  );
  return { nodes, links, bounds };
}
