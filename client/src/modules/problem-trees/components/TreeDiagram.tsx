import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { memo, useEffect, useEffectEvent, useId, useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { boxStyle, FONT_FAMILY, HATCH_COLOUR, LINK_COLOUR, SELECTION_COLOUR } from '../diagramStyle';
import { DIAGRAM, type DiagramLayout, type PlacedNode } from '../layout';
import type { TreeNodeView } from '../model';

interface TreeDiagramProps<N extends TreeNodeView> {
  layout: DiagramLayout<N>;
  /** The tree's title, for the diagram's accessible name. */
  title: string;
  selectedId: string | null;
  onSelect?: (id: string) => void;
  /** Hears the drawn <svg>, for exporting it. */
  onSvg?: (element: SVGSVGElement | null) => void;
  /** On a projector the wheel zooms freely; in a page it needs Ctrl, so the page still scrolls. */
  freeWheel?: boolean;
  className?: string;
}

const MIN_SCALE = 0.1;
const MAX_SCALE = 4;

function NodeBox<N extends TreeNodeView>({
  box,
  selected,
  hatchId,
  header,
  onSelect,
}: {
  box: PlacedNode<N>;
  selected: boolean;
  hatchId: string;
  header: string;
  onSelect?: (id: string) => void;
}) {
  const { node } = box;
  const style = boxStyle(node.kind, node.status);
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  const textX = left + DIAGRAM.paddingX;
  const firstLine = top + DIAGRAM.paddingY + DIAGRAM.headerHeight + DIAGRAM.fontSize;
  return (
    <g
      data-node-id={node.id}
      data-status={node.status}
      onClick={onSelect ? () => onSelect(node.id) : undefined}
      style={onSelect ? { cursor: 'pointer' } : undefined}
    >
      {/* The whole text, also for boxes that cut it: a tooltip here, and the text of an exported file. */}
      <title>{node.text}</title>
      {selected && (
        <rect
          data-selection=""
          x={left - 6}
          y={top - 6}
          width={box.width + 12}
          height={box.height + 12}
          rx={10}
          fill="none"
          stroke={SELECTION_COLOUR}
          strokeWidth={5}
        />
      )}
      <rect
        x={left}
        y={top}
        width={box.width}
        height={box.height}
        rx={6}
        fill={style.hatched ? `url(#${hatchId})` : style.fill}
        stroke={style.stroke}
        strokeWidth={style.strokeWidth}
        strokeDasharray={style.dash}
      />
      <text
        x={textX}
        y={top + DIAGRAM.paddingY + DIAGRAM.headerFontSize}
        fill={style.header}
        fontSize={DIAGRAM.headerFontSize}
        fontWeight={700}
        fontFamily={FONT_FAMILY}
      >
        {header}
      </text>
      <text
        x={textX}
        y={firstLine}
        fill={style.text}
        fontSize={DIAGRAM.fontSize}
        fontWeight={node.kind === 'CORE' ? 700 : 400}
        fontFamily={FONT_FAMILY}
        textDecoration={style.struck ? 'line-through' : undefined}
      >
        {box.lines.map((line, index) => (
          <tspan key={index} x={textX} y={firstLine + index * DIAGRAM.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** The boxes and links; re-rendered only when the tree or the selection changes, never while panning. */
const DiagramContent = memo(function DiagramContent<N extends TreeNodeView>({
  layout,
  selectedId,
  onSelect,
  ids,
}: {
  layout: DiagramLayout<N>;
  selectedId: string | null;
  onSelect?: (id: string) => void;
  ids: { hatch: string; arrow: string };
}) {
  const { t } = useTranslation();
  const header = (node: N) => {
    const kind = t(`problemTrees.kind.${node.kind}`).toUpperCase();
    if (node.kind === 'CORE') return kind;
    const parts = [kind, t(`problemTrees.status.${node.status}`)];
    if (node.supportCount > 0) parts.push(t('problemTrees.supports', { count: node.supportCount }));
    return parts.join(' · ');
  };
  return (
    <>
      {layout.links.map((link) => {
        const middle = (link.from.y + link.to.y) / 2;
        return (
          <path
            key={link.id}
            d={`M${link.from.x},${link.from.y} C${link.from.x},${middle} ${link.to.x},${middle} ${link.to.x},${link.to.y + 4}`}
            fill="none"
            stroke={LINK_COLOUR}
            strokeWidth={1.5}
            markerEnd={`url(#${ids.arrow})`}
          />
        );
      })}
      {layout.nodes.map((box) => (
        <NodeBox
          key={box.node.id}
          box={box}
          selected={box.node.id === selectedId}
          hatchId={ids.hatch}
          header={header(box.node)}
          onSelect={onSelect}
        />
      ))}
    </>
  );
}) as <N extends TreeNodeView>(props: {
  layout: DiagramLayout<N>;
  selectedId: string | null;
  onSelect?: (id: string) => void;
  ids: { hatch: string; arrow: string };
}) => ReactElement;

/**
 * The tree drawn as a diagram: effects above the core problem, causes below,
 * arrows pointing from cause to effect. Drag pans and (Ctrl +) wheel zooms;
 * d3-zoom moves one <g> directly, so panning re-renders nothing.
 */
export function TreeDiagram<N extends TreeNodeView>({
  layout,
  title,
  selectedId,
  onSelect,
  onSvg,
  freeWheel = false,
  className,
}: TreeDiagramProps<N>) {
  const { t } = useTranslation();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = useMemo(() => ({ hatch: `hatch-${uid}`, arrow: `arrow-${uid}` }), [uid]);
  const svg = useRef<SVGSVGElement | null>(null);
  const layer = useRef<SVGGElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const fitted = useRef(false);
  const bounds = layout.bounds;
  const empty = layout.nodes.length === 0;

  /** Frames the whole tree; false while the diagram has no size yet (inside a dialog not yet shown). */
  const fit = (): boolean => {
    const element = svg.current;
    if (!element || !behaviour.current || empty) return false;
    const { width, height } = element.getBoundingClientRect();
    if (width === 0 || height === 0) return false;
    const margin = 24;
    const contentWidth = bounds.maxX - bounds.minX + margin * 2;
    const contentHeight = bounds.maxY - bounds.minY + margin * 2;
    const scale = Math.max(MIN_SCALE, Math.min(width / contentWidth, height / contentHeight, 1.5));
    const transform = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(scale)
      .translate(-(bounds.minX + bounds.maxX) / 2, -(bounds.minY + bounds.maxY) / 2);
    select(element).call(behaviour.current.transform, transform);
    return true;
  };

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const zoomBehaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .filter((event: Event) => {
        if (event.type === 'wheel') return freeWheel || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: { toString(): string } }) => {
        layer.current?.setAttribute('transform', event.transform.toString());
      });
    behaviour.current = zoomBehaviour;
    const selection = select(element);
    selection.call(zoomBehaviour).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [freeWheel]);

  // Fit once the first tree is drawn and has a size; later changes keep the reader's view (a new node must not yank it).
  const fitOnce = useEffectEvent(() => {
    if (!fitted.current) fitted.current = fit();
  });
  useEffect(() => {
    fitOnce();
  });
  useEffect(() => {
    const element = svg.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => fitOnce());
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const zoomBy = (factor: number) => {
    if (svg.current && behaviour.current) select(svg.current).call(behaviour.current.scaleBy, factor);
  };

  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  return (
    <div className={`tree-diagram${className ? ` ${className}` : ''}`}>
      <div className="tree-diagram__toolbar" role="group" aria-label={t('problemTrees.diagram.zoomLabel')}>
        <button type="button" className="button button--small" onClick={() => zoomBy(1.25)}>
          {t('problemTrees.diagram.zoomIn')}
        </button>
        <button type="button" className="button button--small" onClick={() => zoomBy(0.8)}>
          {t('problemTrees.diagram.zoomOut')}
        </button>
        <button type="button" className="button button--small" onClick={() => fit()}>
          {t('problemTrees.diagram.fit')}
        </button>
        {!freeWheel && <span className="muted tree-diagram__hint">{t('problemTrees.diagram.hint')}</span>}
      </div>
      <svg
        ref={(element) => {
          svg.current = element;
          onSvg?.(element);
        }}
        className="tree-diagram__canvas"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        xmlns="http://www.w3.org/2000/svg"
        fontFamily={FONT_FAMILY}
        data-testid="tree-diagram"
      >
        <title id={titleId}>{t('problemTrees.diagram.label', { title })}</title>
        <desc id={descId}>{t('problemTrees.diagram.description', { count: layout.nodes.length })}</desc>
        <defs>
          <pattern id={ids.hatch} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={8} height={8} fill="#f9fafb" />
            <line x1={0} y1={0} x2={0} y2={8} stroke={HATCH_COLOUR} strokeWidth={3} />
          </pattern>
          <marker id={ids.arrow} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={8} markerHeight={8} orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill={LINK_COLOUR} />
          </marker>
        </defs>
        <g ref={layer} data-zoom-layer="">
          <DiagramContent layout={layout} selectedId={selectedId} onSelect={onSelect} ids={ids} />
        </g>
      </svg>
    </div>
  );
}
