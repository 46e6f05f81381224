// By-city (or by-county for a city regulator) bars of 项目总数 and 注册比率, from regulatorMetrics.children.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { divisionKey } from './divisions.ts';
import { formatRatio, type MetricNumbers } from './metrics.ts';
import { PALETTE } from './palette.ts';

export type BarDivision = MetricNumbers & { divisionCode: string; divisionName: string };

type Row = { name: string; fullName: string; projectTotal: number; ratio: number | null; ratioText: string };

export function DivisionBarChart({ divisions }: { divisions: readonly BarDivision[] }) {
  const rows: Row[] = divisions.map((d) => ({
    name: divisionKey(d.divisionName) || d.divisionName,
    fullName: d.divisionName,
    projectTotal: d.projectTotal,
    ratio: d.registrationRatio.denominator > 0 ? (d.registrationRatio.percentage ?? null) : null,
    ratioText: formatRatio(d.registrationRatio),
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
          label={{ value: '项目总数', angle: -90, position: 'insideLeft', fill: PALETTE.muted, fontSize: 12 }}
        />
        <YAxis
          yAxisId="ratio"
          orientation="right"
          domain={[0, 100]}
          unit="%"
          tick={{ fill: PALETTE.muted, fontSize: 12 }}
          stroke={PALETTE.border}
        />
        <Tooltip
          contentStyle={{
            background: PALETTE.tooltip,
            border: `1px solid ${PALETTE.border}`,
            color: PALETTE.text,
          }}
          labelStyle={{ color: PALETTE.text, fontWeight: 600 }}
          cursor={{ fill: 'rgba(255,255,255,0.06)' }}
          labelFormatter={(_, payload) => (payload?.[0]?.payload as Row | undefined)?.fullName ?? ''}
          formatter={(value, name, item) =>
            name === '注册比率' ? [(item.payload as Row).ratioText, name] : [value, name]
          }
        />
        <Legend wrapperStyle={{ color: PALETTE.text, paddingTop: 8 }} verticalAlign="top" />
        <Bar
          yAxisId="count"
          dataKey="projectTotal"
          name="项目总数"
          fill={PALETTE.projects}
          radius={[3, 3, 0, 0]}
        />
        <Bar yAxisId="ratio" dataKey="ratio" name="注册比率" fill={PALETTE.ratio} radius={[3, 3, 0, 0]} />
      </BarChart>
    </ResponsiveContainer>
  );
}
