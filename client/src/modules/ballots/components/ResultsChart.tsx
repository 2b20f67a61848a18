import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ResultRow } from '../results';

/** The page's palette (styles.css): dark blue for online ballots, dark green with a pale fill for paper ones. */
const ONLINE = '#14325c';
const PAPER = '#1e6b34';
const PAPER_FILL = '#b9dcc2';

interface ResultsChartProps {
  rows: readonly ResultRow[];
  onlineLabel: string;
  paperLabel: string;
}

/**
 * Approvals or points per option as horizontal bars, online and paper
 * stacked, the total written at the end of each bar. Decoration for sighted
 * readers: the table beside it holds the same numbers for everyone, so the
 * chart is hidden from assistive technology (and recharts' keyboard layer is
 * off, so nothing inside it takes focus). The two series differ by outline
 * and fill as well as colour, and the legend names them.
 */
export default function ResultsChart({ rows, onlineLabel, paperLabel }: ResultsChartProps) {
  const data = rows.map((row) => ({ ...row }));
  // Room for each bar and its label; long option names wrap in the axis' width.
  const height = Math.max(160, rows.length * 44 + 70);
  return (
    <div className="ballot-chart" aria-hidden="true" data-testid="ballot-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#c7ced8" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: '#1a1f29' }} />
          <YAxis type="category" dataKey="label" width={220} tick={{ fill: '#1a1f29', fontSize: 14 }} interval={0} />
          <Legend verticalAlign="bottom" wrapperStyle={{ color: '#1a1f29' }} />
          <Bar dataKey="online" name={onlineLabel} stackId="votes" fill={ONLINE} isAnimationActive={false} />
          <Bar
            dataKey="paper"
            name={paperLabel}
            stackId="votes"
            fill={PAPER_FILL}
            stroke={PAPER}
            strokeWidth={2}
            isAnimationActive={false}
          >
            <LabelList dataKey="total" position="right" fill="#1a1f29" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
