// CONTEXT: the 数据大屏 map is drawn without a map library, so its projection, colour scale and the matching of
// GeoJSON features to the statistics' divisions are ours to get right.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  colorScale,
  interpolate,
  legendStops,
  zeroBasedDomain,
} from '../src/features/dashboard/colorScale.ts';
import { cityCodeOf, divisionKey, matchFeatures } from '../src/features/dashboard/divisions.ts';
import {
  displayedLagSeconds,
  formatAxisYuan,
  formatLag,
  formatMetric,
  formatRatio,
  formatYuan,
  metricValue,
  type MetricNumbers,
} from '../src/features/dashboard/metrics.ts';
import {
  boundsOf,
  fitProjection,
  geometryPath,
  type Geometry,
} from '../src/features/dashboard/projection.ts';

type Feature = { id?: string; properties: { name: string }; geometry: Geometry };
const geo = JSON.parse(
  readFileSync(new URL('../src/features/dashboard/heilongjiang-cities.geo.json', import.meta.url), 'utf8'),
) as { features: Feature[] };

test('projection fits the province into the box, north up, keeping the aspect ratio', () => {
  const bounds = boundsOf(geo.features.map((f) => f.geometry));
  assert.ok(bounds.minLon > 120 && bounds.maxLon < 136 && bounds.minLat > 43 && bounds.maxLat < 54);
  const { project } = fitProjection(bounds, 600, 500, 10);
  const [x0, y0] = project([bounds.minLon, bounds.maxLat]);
  const [x1, y1] = project([bounds.maxLon, bounds.minLat]);
  assert.ok(x0 >= 10 - 1e-9 && y0 >= 10 - 1e-9, 'north-west corner inside the padding');
  assert.ok(x1 <= 590 + 1e-9 && y1 <= 490 + 1e-9, 'south-east corner inside the padding');
  assert.ok(Math.abs(x0 - 10) < 1e-6 || Math.abs(y0 - 10) < 1e-6, 'one side touches the padding');
  // Harbin lies south of Heihe: larger y.
  const harbin = project([126.63, 45.75]);
  const heihe = project([127.5, 50.25]);
  assert.ok(harbin[1] > heihe[1]);
  // Longitude shrinks by cos(latitude): one degree east is shorter than one degree north.
  const a = project([127, 48]);
  const east = project([128, 48]);
  const north = project([127, 49]);
  assert.ok(east[0] - a[0] < a[1] - north[1]);
});

test('geometryPath draws one closed subpath per ring, for Polygon and MultiPolygon', () => {
  const project = ([x, y]: readonly [number, number]) => [x, -y] as [number, number];
  const square: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  assert.equal(geometryPath(square, project), 'M0,0L1,0L1,-1L0,0Z');
  const multi: Geometry = { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] };
  assert.equal(geometryPath(multi, project).match(/M/g)?.length, 2);
  const all = geo.features.map((f) => geometryPath(f.geometry, project));
  assert.ok(all.every((d) => d.startsWith('M') && d.endsWith('Z')));
});

test('colour scale: ends, middle, clamping and no data', () => {
  assert.equal(interpolate('#000000', '#ffffff', 0.5), '#808080');
  const scale = colorScale([0, 100], ['#102030', '#f0e0d0'], '#444444');
  assert.equal(scale.color(0), '#102030');
  assert.equal(scale.color(100), '#f0e0d0');
  assert.equal(scale.color(250), '#f0e0d0');
  assert.equal(scale.color(-5), '#102030');
  assert.equal(scale.color(null), '#444444');
  assert.equal(scale.color(Number.NaN), '#444444');
  assert.equal(colorScale([5, 5], ['#000000', '#ffffff'], '#444444').color(5), '#ffffff');
  assert.deepEqual(zeroBasedDomain([3, null, 12]), [0, 12]);
  assert.deepEqual(zeroBasedDomain([0, 0]), [0, 1]);
  const stops = legendStops(scale, 5);
  assert.deepEqual(
    stops.map((s) => s.value),
    [0, 25, 50, 75, 100],
  );
});

test('divisions match the map features by Chinese name, then by code prefix', () => {
  assert.equal(divisionKey('黑龙江省 哈尔滨市'), '哈尔滨');
  assert.equal(divisionKey('大兴安岭地区'), '大兴安岭');
  const features = geo.features.map((f) => ({ id: f.id, name: f.properties.name }));
  assert.equal(features.length, 13);
  const divisions = [
    { divisionCode: '230100', divisionName: '哈尔滨市' },
    { divisionCode: '232700', divisionName: '大兴安岭地区' },
    { divisionCode: '230900', divisionName: '七台河市' },
    { divisionCode: '230200', divisionName: '齐齐哈尔' },
    // Named differently from the map: found by the feature id (its code prefix).
    { divisionCode: '231100', divisionName: '黑河' },
  ];
  const matched = matchFeatures(features, divisions);
  assert.equal(matched.get('哈尔滨市')?.divisionCode, '230100');
  assert.equal(matched.get('大兴安岭地区')?.divisionCode, '232700');
  assert.equal(matched.get('七台河市')?.divisionCode, '230900');
  assert.equal(matched.get('齐齐哈尔市')?.divisionCode, '230200');
  assert.equal(matched.get('黑河市')?.divisionCode, '231100');
  assert.equal(matched.has('牡丹江市'), false);
  // Every real city of the vendored file has a feature with its 4-digit code as id.
  assert.ok(features.every((f) => /^\d{4}$/.test(String(f.id))));
  assert.equal(cityCodeOf('230103'), '230100');
  assert.equal(cityCodeOf('230100'), '230100');
  assert.equal(cityCodeOf('230000'), null);
});

const numbers: MetricNumbers = {
  projectTotal: 7,
  registrationRatio: { numerator: 3, denominator: 4, percentage: 75 },
  insuredProjects: 3,
  insuranceRatio: { numerator: 2, denominator: 7, percentage: 28.57 },
  claimCount: 4,
  claimAmountYuan: '1234567.80',
};

test('metric values and their display', () => {
  const m = numbers;
  assert.equal(metricValue(m, 'projectTotal'), 7);
  assert.equal(metricValue(m, 'registrationRatio'), 75);
  assert.equal(metricValue(m, 'insuredProjects'), 3);
  assert.equal(metricValue(m, 'insuranceRatio'), 28.57);
  const none = {
    projectTotal: 0,
    registrationRatio: { numerator: 0, denominator: 0, percentage: null },
    insuredProjects: 0,
    insuranceRatio: { numerator: 0, denominator: 0, percentage: null },
    claimCount: 0,
    claimAmountYuan: '0.00',
  };
  assert.equal(metricValue(none, 'registrationRatio'), null);
  assert.equal(metricValue(none, 'insuranceRatio'), null);
  assert.equal(formatMetric(3, 'insuredProjects'), '3');
  assert.equal(formatMetric(28.57, 'insuranceRatio'), '28.57%');
  assert.equal(formatRatio(m.registrationRatio), '3/4（75.00%）');
  assert.equal(formatRatio(none.registrationRatio), '0/0（—）');
  assert.equal(formatMetric(33.333, 'registrationRatio'), '33.33%');
  assert.equal(formatMetric(null, 'projectTotal'), '—');
});

test('理赔信息: 出险笔数 and 赔款金额 on the map, the KPIs and the axis', () => {
  const m = { ...numbers, claimCount: 3, claimAmountYuan: '90071992547409.93' };
  assert.equal(metricValue(m, 'claimCount'), 3);
  assert.equal(metricValue(m, 'claimAmount'), 90071992547409.93);
  // The KPI shows the server's exact decimal, not the float the map shades by.
  assert.equal(formatYuan(m.claimAmountYuan), '90,071,992,547,409.93 元');
  assert.equal(formatYuan('0.00'), '0.00 元');
  assert.equal(formatMetric(3, 'claimCount'), '3');
  assert.equal(formatMetric(12345.6, 'claimAmount'), '12,346 元');
  assert.equal(formatAxisYuan(9999), '9999');
  assert.equal(formatAxisYuan(20000), '2万');
  assert.equal(formatAxisYuan(25000), '2.5万');
  assert.equal(formatAxisYuan(1234567), '123万');
});

test('延迟: the server lag while events wait, the delivery delay once none wait', () => {
  const occurred = '2026-11-21T10:00:00.000Z';
  const applied = '2026-11-21T10:00:01.500Z';
  assert.equal(
    displayedLagSeconds({
      lastEventOccurredAt: occurred,
      lastAppliedAt: applied,
      lagSeconds: 900,
      pending: 0,
    }),
    1.5,
  );
  assert.equal(
    displayedLagSeconds({ lastEventOccurredAt: occurred, lastAppliedAt: applied, lagSeconds: 9, pending: 3 }),
    9,
  );
  assert.equal(displayedLagSeconds({ lagSeconds: 4, pending: null }), 4);
  assert.equal(displayedLagSeconds({}), null);
  assert.equal(formatLag(1.46), '1.5 秒');
  assert.equal(formatLag(125), '2 分 5 秒');
  assert.equal(formatLag(null), '—');
});

test('colour stops: piecewise along several colours', async () => {
  const { along } = await import('../src/features/dashboard/colorScale.ts');
  const stops = ['#000000', '#ff0000', '#ffffff'];
  assert.equal(along(stops, 0), '#000000');
  assert.equal(along(stops, 0.5), '#ff0000');
  assert.equal(along(stops, 0.75), '#ff8080');
  assert.equal(along(stops, 1), '#ffffff');
  assert.throws(() => along(['#000000'], 0.5));
});
