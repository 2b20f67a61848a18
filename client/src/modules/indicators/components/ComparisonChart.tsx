import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { IndicatorComparisonQuery } from '../../../gql/graphql';

type Comparison = IndicatorComparisonQuery['indicatorComparison'];

const BAR = '#5b7aa6';
const HIGHLIGHT = '#14325c';
const OUTLIER = '#a23b00';

interface ComparisonChartProps {
  comparison: Comparison;
  labels: { median: string; q1: string; q3: string };
}

/**
 * Every member's value as a bar, the group's quartiles as lines. The
 * highlighted municipality's bar is dark with a thick outline, outliers are
 * outlined in orange: shape as well as colour. Decoration for sighted
 * readers, hidden from assistive technology: the table beside it holds the
 * same figures, marked in words.
 */
export default function ComparisonChart({ comparison, labels }: ComparisonChartProps) {
  const data = comparison.rows
    .filter((row) => row.value !== null)
    .map((row) => ({ name: row.municipalityName, value: Number(row.value), row }));
  const height = Math.max(200, data.length * 30 + 60);
  const line = (value: string | null | undefined, label: string, dash: string) =>
    value === null || value === undefined ? null : (
      <ReferenceLine
        x={Number(value)}
        stroke="#1a1f29"
        strokeDasharray={dash}
        label={{ value: label, position: 'top', fill: '#1a1f29', fontSize: 12 }}
      />
    );
  return (
    <div className="indicator-chart" aria-hidden="true" data-testid="comparison-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 24, right: 32, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#c7ced8" />
          <XAxis type="number" tick={{ fill: '#1a1f29' }} />
          <YAxis type="category" dataKey="name" width={160} tick={{ fill: '#1a1f29', fontSize: 13 }} interval={0} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map(({ row }) => (
              <Cell
                key={row.municipalityId}
                fill={row.highlighted ? HIGHLIGHT : BAR}
                stroke={row.outlier ? OUTLIER : row.highlighted ? '#000' : BAR}
                strokeWidth={row.highlighted || row.outlier ? 3 : 1}
              />
            ))}
          </Bar>
          {line(comparison.stats.q1, labels.q1, '2 4')}
          {line(comparison.stats.median, labels.median, '8 4')}
          {line(comparison.stats.q3, labels.q3, '2 4')}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
