/**
 * Files made from the drawn diagram: the SVG as it is on screen (every style
 * is an attribute, so it needs no stylesheet) framed around the whole tree
 * instead of the current zoom, and a PNG painted from that SVG.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const MARGIN = 24;

export interface DiagramBounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface SvgFile {
  text: string;
  width: number;
  height: number;
}

export function serializeDiagram(svg: SVGSVGElement, bounds: DiagramBounds): SvgFile {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Math.ceil(bounds.maxX - bounds.minX + MARGIN * 2);
  const height = Math.ceil(bounds.maxY - bounds.minY + MARGIN * 2);
  const x = bounds.minX - MARGIN;
  const y = bounds.minY - MARGIN;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  for (const attribute of ['class', 'role', 'aria-labelledby', 'data-testid', 'style']) copy.removeAttribute(attribute);
  copy.querySelector('[data-zoom-layer]')?.removeAttribute('transform');
  // The reader's selection is not part of the tree.
  for (const mark of copy.querySelectorAll('[data-selection]')) mark.remove();
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x, y, width, height, fill: '#ffffff' })) {
    background.setAttribute(name, String(value));
  }
  copy.querySelector('defs')?.after(background);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { text, width, height };
}

/** Paints the SVG onto a canvas at `scale` (2 keeps text sharp when the image is enlarged). */
export async function svgToPng(file: SvgFile, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(file.width * scale);
    canvas.height = Math.round(file.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, file.width, file.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the tree's title: letters kept (Polish ones too), the rest dashes. */
export function exportFileName(title: string, extension: string): string {
  const base =
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'drzewo-problemow';
  return `${base}.${extension}`;
}
