// 各地市 map of the 数据大屏: Heilongjiang's 13 prefecture-level divisions from the vendored GeoJSON, drawn as SVG
// paths with our own projection (no map library, nothing fetched), shaded by the selected metric, with a legend and
// a tooltip carrying the numbers.
import { useMemo, useState } from 'react';
import { colorScale, legendStops, zeroBasedDomain } from './colorScale.ts';
import { matchFeatures } from './divisions.ts';
import geojson from './heilongjiang-cities.geo.json';
import {
  formatMetric,
  formatRatio,
  formatYuan,
  isRatioMetric,
  METRIC_LABELS,
  metricValue,
  type DashboardMetric,
  type MetricNumbers,
} from './metrics.ts';
import { boundsOf, fitProjection, geometryPath, type Geometry } from './projection.ts';
import { PALETTE } from './palette.ts';

type GeoFeature = {
  id?: string;
  properties: { name: string; cp?: [number, number] };
  geometry: Geometry;
};

export type MapDivision = MetricNumbers & { divisionCode: string; divisionName: string };

const WIDTH = 560;
const HEIGHT = 520;

// The features never change: project them once.
const FEATURES = (geojson as unknown as { features: GeoFeature[] }).features;
const PROJECTION = fitProjection(boundsOf(FEATURES.map((f) => f.geometry)), WIDTH, HEIGHT, 12);
const SHAPES = FEATURES.map((f) => ({
  id: f.id,
  name: f.properties.name,
  d: geometryPath(f.geometry, PROJECTION.project),
  label: f.properties.cp ? PROJECTION.project(f.properties.cp) : null,
}));

type Hover = { name: string; x: number; y: number };

export function HeilongjiangMap({
  divisions,
  metric,
}: {
  /** The divisions to shade (cities of the province, or the viewer's own city); the rest shows as 无数据. */
  divisions: readonly MapDivision[];
  metric: DashboardMetric;
}) {
  const [hover, setHover] = useState<Hover | null>(null);
  const matched = useMemo(() => matchFeatures(SHAPES, divisions), [divisions]);
  const scale = useMemo(() => {
    const domain: [number, number] = isRatioMetric(metric)
      ? [0, 100]
      : zeroBasedDomain(divisions.map((d) => metricValue(d, metric)));
    return colorScale(domain, PALETTE.scale, PALETTE.noData);
  }, [divisions, metric]);
  const stops = legendStops(scale, 5);
  const hovered = hover ? matched.get(hover.name) : undefined;

  return (
    <div style={{ position: 'relative' }} onMouseLeave={() => setHover(null)}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`黑龙江省各地市${METRIC_LABELS[metric]}分布图`}
        style={{ width: '100%', height: 'auto', display: 'block' }}
      >
        {SHAPES.map((shape) => {
          const division = matched.get(shape.name);
          const value = division ? metricValue(division, metric) : null;
          return (
            <path
              key={shape.name}
              d={shape.d}
              fill={scale.color(value)}
              fillRule="evenodd"
              stroke={hover?.name === shape.name ? PALETTE.highlight : PALETTE.border}
              strokeWidth={hover?.name === shape.name ? 2 : 0.8}
              opacity={division ? 1 : 0.55}
              onMouseMove={(e) => {
                const box = (e.currentTarget.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
                setHover({ name: shape.name, x: e.clientX - box.left, y: e.clientY - box.top });
              }}
            >
              <title>{shape.name}</title>
            </path>
          );
        })}
        {SHAPES.map(
          (shape) =>
            shape.label && (
              <text
                key={`label-${shape.name}`}
                x={shape.label[0]}
                y={shape.label[1]}
                textAnchor="middle"
                fontSize={12}
                fill={PALETTE.label}
                pointerEvents="none"
                style={{ paintOrder: 'stroke', stroke: PALETTE.labelHalo, strokeWidth: 3 }}
              >
                {shape.name}
              </text>
            ),
        )}
      </svg>
      {hover && (
        <div
          role="tooltip"
          style={{
            position: 'absolute',
            left: hover.x + 14,
            top: hover.y + 14,
            pointerEvents: 'none',
            background: PALETTE.tooltip,
            border: `1px solid ${PALETTE.border}`,
            borderRadius: 6,
            padding: '8px 12px',
            color: PALETTE.text,
            fontSize: 13,
            lineHeight: 1.7,
            whiteSpace: 'nowrap',
            zIndex: 1,
          }}
        >
          <div style={{ fontWeight: 600 }}>{hovered?.divisionName ?? hover.name}</div>
          {hovered ? (
            <>
              <div>项目总数：{hovered.projectTotal}</div>
              <div>注册比率：{formatRatio(hovered.registrationRatio)}</div>
              <div>投保笔数：{hovered.insuredProjects}</div>
              <div>投保比率：{formatRatio(hovered.insuranceRatio)}</div>
              <div>出险笔数：{hovered.claimCount}</div>
              <div>赔款金额：{formatYuan(hovered.claimAmountYuan)}</div>
            </>
          ) : (
            <div>无数据（不在管辖范围内）</div>
          )}
        </div>
      )}
      <div
        aria-label="图例"
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          flexWrap: 'wrap',
          color: PALETTE.muted,
          fontSize: 12,
        }}
      >
        <span>{METRIC_LABELS[metric]}</span>
        {stops.map((s) => (
          <span key={s.value} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
            <span
              style={{ width: 14, height: 14, background: s.color, display: 'inline-block', borderRadius: 2 }}
            />
            {formatMetric(s.value, metric)}
          </span>
        ))}
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <span
            style={{
              width: 14,
              height: 14,
              background: PALETTE.noData,
              display: 'inline-block',
              borderRadius: 2,
            }}
          />
          无数据
        </span>
      </div>
    </div>
  );
}
