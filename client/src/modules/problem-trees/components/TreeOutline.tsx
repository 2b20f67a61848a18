import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { orderedChildren, type TreeNodeView, type TreeShape } from '../model';

interface TreeOutlineProps<N extends TreeNodeView> {
  shape: TreeShape<N>;
  /** Id of the element naming the tree. */
  labelledBy: string;
  selectedId: string | null;
  /** Enter, Space or a click: the node whose details and actions are shown. */
  onActivate: (id: string) => void;
  /** Extra words after a node's text (e.g. its author), read with it. */
  extra?: (node: N) => ReactNode;
}

interface VisibleItem<N> {
  node: N;
  parentId: string | null;
  level: number;
  hasChildren: boolean;
}

export function outlineItemId(id: string): string {
  return `tree-item-${id}`;
}

/** The items a reader can reach now, in reading order: collapsed branches hide their nodes. */
function visibleItems<N extends TreeNodeView>(shape: TreeShape<N>, collapsed: ReadonlySet<string>): VisibleItem<N>[] {
  const items: VisibleItem<N>[] = [];
  const visit = (node: N, parentId: string | null, level: number) => {
    const children = orderedChildren(shape, node);
    items.push({ node, parentId, level, hasChildren: children.length > 0 });
    if (collapsed.has(node.id)) return;
    for (const child of children) visit(child, node.id, level + 1);
  };
  if (shape.core) visit(shape.core, null, 1);
  return items;
}

/**
 * The tree for keyboard and screen-reader users (the WAI-ARIA tree pattern):
 * one tab stop, arrows move and open or close branches, Home/End jump,
 * Enter or Space opens a node's details, whose buttons offer every operation.
 */
export function TreeOutline<N extends TreeNodeView>({
  shape,
  labelledBy,
  selectedId,
  onActivate,
  extra,
}: TreeOutlineProps<N>) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const moved = useRef(false);
  const items = useMemo(() => visibleItems(shape, collapsed), [shape, collapsed]);
  const index = new Map(items.map((item, position) => [item.node.id, position]));
  // A node deleted (or hidden) meanwhile gives its tab stop to the selection, else the core.
  const current =
    (focusedId && index.has(focusedId) ? focusedId : null) ??
    (selectedId && index.has(selectedId) ? selectedId : null) ??
    items[0]?.node.id ??
    null;

  useEffect(() => {
    if (!moved.current || !current) return;
    moved.current = false;
    document.getElementById(outlineItemId(current))?.focus();
  }, [current]);

  const focus = (id: string) => {
    moved.current = true;
    setFocusedId(id);
  };
  const toggle = (id: string, open: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const position = index.get(current)!;
    const item = items[position];
    const open = item.hasChildren && !collapsed.has(item.node.id);
    switch (event.key) {
      case 'ArrowDown':
        if (position < items.length - 1) focus(items[position + 1].node.id);
        break;
      case 'ArrowUp':
        if (position > 0) focus(items[position - 1].node.id);
        break;
      case 'ArrowRight':
        if (item.hasChildren && !open) toggle(item.node.id, true);
        else if (open) focus(items[position + 1].node.id);
        break;
      case 'ArrowLeft':
        if (open) toggle(item.node.id, false);
        else if (item.parentId) focus(item.parentId);
        break;
      case 'Home':
        focus(items[0].node.id);
        break;
      case 'End':
        focus(items[items.length - 1].node.id);
        break;
      case 'Enter':
      case ' ':
        onActivate(item.node.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const renderLevel = (nodes: readonly N[], level: number): ReactNode =>
    nodes.map((node, position) => {
      const children = orderedChildren(shape, node);
      const hasChildren = children.length > 0;
      const open = hasChildren && !collapsed.has(node.id);
      const labelId = `${outlineItemId(node.id)}-label`;
      return (
        <li
          key={node.id}
          id={outlineItemId(node.id)}
          role="treeitem"
          aria-level={level}
          aria-setsize={nodes.length}
          aria-posinset={position + 1}
          aria-expanded={hasChildren ? open : undefined}
          aria-selected={node.id === selectedId}
          aria-labelledby={labelId}
          tabIndex={node.id === current ? 0 : -1}
          className={`tree-outline__item tree-outline__item--${node.status.toLowerCase()}`}
          data-testid="tree-item"
          onClick={(event) => {
            event.stopPropagation();
            setFocusedId(node.id);
            onActivate(node.id);
          }}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusedId(node.id);
          }}
        >
          <span id={labelId} className="tree-outline__label">
            {hasChildren && (
              <span className="tree-outline__toggle" aria-hidden="true">
                {open ? '▾' : '▸'}
              </span>
            )}
            <span className={`tree-outline__kind tree-outline__kind--${node.kind.toLowerCase()}`}>
              {t(`problemTrees.kind.${node.kind}`)}
            </span>
            {node.kind !== 'CORE' && (
              <span className={`tree-badge tree-badge--${node.status.toLowerCase()}`}>
                {t(`problemTrees.status.${node.status}`)}
              </span>
            )}{' '}
            <span className="tree-outline__text">{node.text}</span>
            {node.supportCount > 0 && (
              <span className="muted"> · {t('problemTrees.supports', { count: node.supportCount })}</span>
            )}
            {extra?.(node)}
          </span>
          {open && (
            <ul role="group" className="tree-outline__group">
              {renderLevel(children, level + 1)}
            </ul>
          )}
        </li>
      );
    });

  return (
    <ul role="tree" aria-labelledby={labelledBy} className="tree-outline" onKeyDown={onKeyDown}>
      {shape.core && renderLevel([shape.core], 1)}
    </ul>
  );
}
