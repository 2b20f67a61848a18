import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { IndicatorTrendQuery } from '../../../gql/graphql';

type Trend = IndicatorTrendQuery['indicatorTrend'];

/**
 * The group's median and the highlighted municipality over the years (the
 * other members as thin grey lines). Hidden from assistive technology: the
 * trend table holds the same figures.
 */
export default function TrendChart({ trend, medianLabel }: { trend: Trend; medianLabel: string }) {
  const highlighted = trend.series.find((s) => s.highlighted);
  const data = trend.years.map((year, index) => {
    const point: Record<string, number | null> = { year };
    point.median = trend.median[index].value === null ? null : Number(trend.median[index].value);
    for (const series of trend.series) {
      const value = series.points[index].value;
      point[series.municipalityId] = value === null ? null : Number(value);
    }
    return point;
  });
  return (
    <div className="indicator-chart" aria-hidden="true" data-testid="trend-chart" style={{ height: 300 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#c7ced8" />
          <XAxis dataKey="year" tick={{ fill: '#1a1f29' }} />
          <YAxis tick={{ fill: '#1a1f29' }} />
          <Legend wrapperStyle={{ color: '#1a1f29' }} />
          {trend.series
            .filter((s) => !s.highlighted)
            .map((s) => (
              <Line
                key={s.municipalityId}
                dataKey={s.municipalityId}
                stroke="#b8c0cc"
                dot={false}
                legendType="none"
                isAnimationActive={false}
                connectNulls
              />
            ))}
          <Line
            dataKey="median"
            name={medianLabel}
            stroke="#1a1f29"
            strokeDasharray="8 4"
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
          />
          {highlighted && (
            <Line
              dataKey={highlighted.municipalityId}
              name={highlighted.municipalityName}
              stroke="#14325c"
              strokeWidth={3}
              dot={{ r: 5 }}
              isAnimationActive={false}
              connectNulls
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
