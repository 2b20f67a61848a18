import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob, exportFileName, serializeDiagram, svgToPng, type DiagramBounds } from '../export';

/** The server's nested exports of a tree. */
function exportUrl(treeId: string, format: 'md' | 'json'): string {
  return `/api/problem-trees/${encodeURIComponent(treeId)}/export.${format}`;
}

/** Downloads of the tree: the drawn diagram as SVG or PNG, made here; Markdown and JSON, made by the server. */
export function ExportMenu({
  tree,
  svg,
  bounds,
}: {
  tree: { id: string; title: string };
  svg: RefObject<SVGSVGElement | null>;
  bounds: DiagramBounds;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  const exportSvg = () => {
    if (!svg.current) return;
    const file = serializeDiagram(svg.current, bounds);
    downloadBlob(new Blob([file.text], { type: 'image/svg+xml' }), exportFileName(tree.title, 'svg'));
  };
  const exportPng = async () => {
    if (!svg.current) return;
    setFailed(false);
    try {
      const blob = await svgToPng(serializeDiagram(svg.current, bounds));
      downloadBlob(blob, exportFileName(tree.title, 'png'));
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="problem-tree__toolbar" role="group" aria-label={t('problemTrees.export.heading')}>
      <span className="muted">{t('problemTrees.export.heading')}:</span>
      <button type="button" className="button button--small" onClick={exportSvg}>
        {t('problemTrees.export.svg')}
      </button>
      <button type="button" className="button button--small" onClick={() => void exportPng()}>
        {t('problemTrees.export.png')}
      </button>
      <a className="button button--small" href={exportUrl(tree.id, 'md')} download>
        {t('problemTrees.export.markdown')}
      </a>
      <a className="button button--small" href={exportUrl(tree.id, 'json')} download>
        {t('problemTrees.export.json')}
      </a>
      <div role="alert">{failed && <p className="field__error">{t('problemTrees.export.failed')}</p>}</div>
    </div>
  );
}
