import type { TreeNodeKind, TreeNodeStatus } from './model';

/**
 * The diagram's colours and line patterns, written onto the SVG elements as
 * attributes (not CSS classes) so an exported file looks the same anywhere.
 * Status is never colour alone: each has its own border pattern and a word
 * in the box; rejected boxes are also hatched and their text struck through.
 * Text colours keep 4.5:1 on their fills.
 */
interface BoxStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: string | undefined;
  text: string;
  header: string;
  struck: boolean;
  hatched: boolean;
}

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Ubuntu, sans-serif";
export const LINK_COLOUR = '#4b5563';
export const HATCH_COLOUR = '#d1d5db';
export const SELECTION_COLOUR = '#ffbf00';

export function boxStyle(kind: TreeNodeKind, status: TreeNodeStatus): BoxStyle {
  if (kind === 'CORE') {
    return {
      fill: '#14325c',
      stroke: '#0b0c0c',
      strokeWidth: 3,
      dash: undefined,
      text: '#ffffff',
      header: '#ffffff',
      struck: false,
      hatched: false,
    };
  }
  switch (status) {
    case 'PROPOSED':
      return {
        fill: '#fff4d6',
        stroke: '#7a4f00',
        strokeWidth: 2,
        dash: '7 4',
        text: '#1a1f29',
        header: '#5c3b00',
        struck: false,
        hatched: false,
      };
    case 'REJECTED':
      return {
        fill: '#f9fafb',
        stroke: '#4b5563',
        strokeWidth: 2,
        dash: '2 3',
        text: '#374151',
        header: '#374151',
        struck: true,
        hatched: true,
      };
    default:
      return {
        fill: kind === 'CAUSE' ? '#e7f4ea' : '#e3ecf7',
        stroke: kind === 'CAUSE' ? '#1e6b34' : '#1d4f91',
        strokeWidth: 2,
        dash: undefined,
        text: '#1a1f29',
        header: kind === 'CAUSE' ? '#1e6b34' : '#1d4f91',
        struck: false,
        hatched: false,
      };
  }
}
