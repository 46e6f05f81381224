// By-city (or by-county for a city regulator) bars of two figures from regulatorMetrics.children: a count on the
// left axis (项目总数, 出险笔数) and a second figure on the right one (注册比率, 赔款金额).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { divisionKey } from './divisions.ts';
import {
  formatAxisYuan,
  formatRatio,
  formatYuan,
  METRIC_LABELS,
  metricValue,
  type DashboardMetric,
  type MetricNumbers,
} from './metrics.ts';
import { PALETTE } from './palette.ts';

export type BarDivision = MetricNumbers & { divisionCode: string; divisionName: string };

/** One series of bars: its legend name, colour, plotted value and the exact text of the tooltip. */
export type BarSeries = {
  name: string;
  color: string;
  value: (d: BarDivision) => number | null;
  text: (d: BarDivision) => string;
};

/** The right axis: a percentage (0–100 %) or an amount in 元. */
export type RightAxis = { kind: 'percentage' } | { kind: 'yuan' };

type Bars = { left: BarSeries; right: BarSeries; axis: RightAxis };

/** A series of one of the screen's metrics, under the metric's label. */
const series = (metric: DashboardMetric, color: string, text: (d: BarDivision) => string): BarSeries => ({
  name: METRIC_LABELS[metric],
  color,
  value: (d) => metricValue(d, metric),
  text,
});

/** 项目总数 and 注册比率. */
export const PROJECT_BARS: Bars = {
  left: series('projectTotal', PALETTE.projects, (d) => String(d.projectTotal)),
  right: series('registrationRatio', PALETTE.ratio, (d) => formatRatio(d.registrationRatio)),
  axis: { kind: 'percentage' },
};

/** 理赔信息: 出险笔数 and 赔款金额 (the tooltip shows the exact amount). */
export const CLAIM_BARS: Bars = {
  left: series('claimCount', PALETTE.claims, (d) => String(d.claimCount)),
  right: series('claimAmount', PALETTE.amount, (d) => formatYuan(d.claimAmountYuan)),
  axis: { kind: 'yuan' },
};

type Row = { name: string; fullName: string; left: number | null; right: number | null; texts: string[] };

export function DivisionBarChart({ divisions, bars }: { divisions: readonly BarDivision[]; bars: Bars }) {
  const { left, right, axis } = bars;
  const rows: Row[] = divisions.map((d) => ({
    name: divisionKey(d.divisionName) || d.divisionName,
    fullName: d.divisionName,
    left: left.value(d),
    right: right.value(d),
    texts: [left.text(d), right.text(d)],
  }));
  return (
    <ResponsiveContainer width="100%" height={440}>
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 24, left: 0 }}>
        <CartesianGrid stroke={PALETTE.border} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="name"
          tick={{ fill: PALETTE.muted, fontSize: 12 }}
          interval={0}
          angle={-30}
          textAnchor="end"
          stroke={PALETTE.border}
        />
        <YAxis
          yAxisId="count"
          allowDecimals={false}
          tick={{ fill: PALETTE.muted, fontSize: 12 }}
          stroke={PALETTE.border}
          label={{ value: left.name, angle: -90, position: 'insideLeft', fill: PALETTE.muted, fontSize: 12 }}
        />
        {axis.kind === 'percentage' ? (
          <YAxis
            yAxisId="right"
            orientation="right"
            domain={[0, 100]}
            unit="%"
            tick={{ fill: PALETTE.muted, fontSize: 12 }}
            stroke={PALETTE.border}
          />
        ) : (
          <YAxis
            yAxisId="right"
            orientation="right"
            tickFormatter={formatAxisYuan}
            tick={{ fill: PALETTE.muted, fontSize: 12 }}
            stroke={PALETTE.border}
            label={{ value: '元', position: 'insideTopRight', fill: PALETTE.muted, fontSize: 12 }}
          />
        )}
        <Tooltip
          contentStyle={{
            background: PALETTE.tooltip,
            border: `1px solid ${PALETTE.border}`,
            color: PALETTE.text,
          }}
          labelStyle={{ color: PALETTE.text, fontWeight: 600 }}
          cursor={{ fill: 'rgba(255,255,255,0.06)' }}
          labelFormatter={(_, payload) => (payload?.[0]?.payload as Row | undefined)?.fullName ?? ''}
          formatter={(_value, name, item) => [(item.payload as Row).texts[name === left.name ? 0 : 1], name]}
        />
        <Legend wrapperStyle={{ color: PALETTE.text, paddingTop: 8 }} verticalAlign="top" />
        <Bar yAxisId="count" dataKey="left" name={left.name} fill={left.color} radius={[3, 3, 0, 0]} />
        <Bar yAxisId="right" dataKey="right" name={right.name} fill={right.color} radius={[3, 3, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
