// 数据大屏 (REGULATOR, PLATFORM_ADMIN) — 项目数据 panel: 项目总数, 注册比率, 投保笔数 and 投保比率 of the viewer's
// jurisdiction, bars per city (per county for a city regulator) and the province map shaded by the chosen metric
// (项目投保数量, 承保比例, 出险笔数 and 赔款金额 per city among them); 理赔信息 panel: 出险笔数 and 赔款金额 of the
// jurisdiction and per city (county). The numbers follow new projects and claims without a reload: regulatorMetrics
// is polled every few seconds while the tab is visible, and the freshness the server reports (last applied event,
// lag) is shown so a stale screen is never mistaken for a quiet one. The 飞行检查 panel comes with its module.
import { FullscreenExitOutlined, FullscreenOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  ConfigProvider,
  Empty,
  Flex,
  Segmented,
  Space,
  Spin,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../../shared/session/AuthContext.tsx';
import { cityCodeOf } from './divisions.ts';
import {
  DASHBOARD_METRICS,
  displayedLagSeconds,
  formatLag,
  formatMetric,
  formatRatio,
  formatYuan,
  METRIC_DEFINITIONS,
  METRIC_LABELS,
  metricValue,
  type DashboardMetric,
} from './metrics.ts';
import { RegulatorMetricsQuery } from './graphql.ts';
import { errorMessage } from '../../shared/graphql/errors.ts';
import type { RegulatorMetricsQuery as MetricsResult } from '../../gql/graphql.ts';
import { dateTimeText, timeText } from '../../shared/format.ts';
import { CLAIM_BARS, DivisionBarChart, PROJECT_BARS } from './DivisionBarChart.tsx';
import { HeilongjiangMap, type MapDivision } from './HeilongjiangMap.tsx';
import { PALETTE } from './palette.ts';

/** Often enough that a new project shows within seconds; the query reads ≤ 35 counter rows, so it is cheap. */
const POLL_MS = 3_000;
/** The map is of Heilongjiang: an administrator without a jurisdiction looks at the province. */
const HEILONGJIANG = '230000';

type Metrics = MetricsResult['regulatorMetrics'];

function useTabVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return visible;
}

/**
 * regulatorMetrics, re-fetched every POLL_MS from the network while the tab is visible (a hidden tab costs the
 * server nothing). The last good answer stays on screen when one poll fails.
 */
function usePolledMetrics(divisionCode: string) {
  const visible = useTabVisible();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: RegulatorMetricsQuery,
    variables: { divisionCode },
    requestPolicy: 'network-only',
    pause: !visible,
  });
  const [last, setLast] = useState<{ metrics: Metrics; receivedAt: Date } | null>(null);
  useEffect(() => {
    if (data) setLast({ metrics: data.regulatorMetrics, receivedAt: new Date() });
  }, [data]);
  useEffect(() => {
    if (!visible) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [visible, reexecute]);
  return {
    last,
    error,
    fetching,
    paused: !visible,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

function Panel({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section
      aria-label={title}
      style={{
        background: PALETTE.panel,
        border: `1px solid ${PALETTE.border}`,
        borderRadius: 8,
        padding: 16,
        minWidth: 0,
      }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0, color: PALETTE.text }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </section>
  );
}

function Kpi({
  label,
  value,
  detail,
  hint,
}: {
  label: string;
  value: string;
  detail?: string;
  /** The definition, on hover of the label. */
  hint?: string;
}) {
  return (
    <div
      style={{
        flex: '1 1 220px',
        background: PALETTE.panel,
        border: `1px solid ${PALETTE.border}`,
        borderRadius: 8,
        padding: '16px 20px',
      }}
    >
      <div style={{ color: PALETTE.muted, fontSize: 14 }}>
        {hint ? (
          <Tooltip title={hint}>
            <span style={{ borderBottom: `1px dashed ${PALETTE.muted}`, cursor: 'help' }}>{label}</span>
          </Tooltip>
        ) : (
          label
        )}
      </div>
      <div style={{ color: PALETTE.text, fontSize: 40, fontWeight: 700, lineHeight: 1.3 }} aria-live="polite">
        {value}
      </div>
      {detail && <div style={{ color: PALETTE.muted, fontSize: 13 }}>{detail}</div>}
    </div>
  );
}

function Freshness({ metrics, receivedAt, paused }: { metrics: Metrics; receivedAt: Date; paused: boolean }) {
  const f = metrics.freshness;
  const lag = displayedLagSeconds(f);
  return (
    <Space size="large" wrap style={{ color: PALETTE.muted, fontSize: 13 }}>
      <span>数据更新时间：{f.lastEventOccurredAt ? dateTimeText(f.lastEventOccurredAt) : '暂无数据'}</span>
      <Tooltip title="最新一条业务事件从发生到计入统计所用的时间；有待处理事件时为当前积压时长">
        <span>延迟：{formatLag(lag)}</span>
      </Tooltip>
      {typeof f.pending === 'number' && f.pending > 0 && <span>待处理事件：{f.pending} 条</span>}
      <span>
        {paused ? '页面不可见，已暂停刷新' : `刷新于 ${timeText(receivedAt)}（每 ${POLL_MS / 1000} 秒）`}
      </span>
    </Space>
  );
}

function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [full, setFull] = useState(false);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement === ref.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [ref]);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void ref.current?.requestFullscreen?.();
  };
  return { full, toggle };
}

/** What the map shades: the cities of the province, or the viewer's own city (a county: the city it lies in). */
function mapDivisions(metrics: Metrics): MapDivision[] {
  if (metrics.level === 'PROVINCE') return metrics.children;
  if (metrics.level === 'CITY' || metrics.level === 'COUNTY') {
    const code = metrics.level === 'CITY' ? metrics.divisionCode : (cityCodeOf(metrics.divisionCode) ?? '');
    // Matched by the feature's code prefix for a county (its name is not a city's).
    return [{ ...metrics, divisionCode: code }];
  }
  return [];
}

/** Bars per city (per county for a city regulator); a county has no breakdown. */
function ChildBars({
  metrics,
  bars,
  title,
}: {
  metrics: Metrics;
  bars: Parameters<typeof DivisionBarChart>[0]['bars'];
  title?: string;
}) {
  if (!metrics.children.length) return <Empty description="区县级无下级区划统计" />;
  return (
    <>
      {title && <Typography.Text style={{ color: PALETTE.muted }}>{title}</Typography.Text>}
      <DivisionBarChart divisions={metrics.children} bars={bars} />
    </>
  );
}

export function RegulatorDashboardPage() {
  const viewer = useViewer();
  const divisionCode = viewer.jurisdiction ?? HEILONGJIANG;
  const { last, error, fetching, paused, refresh } = usePolledMetrics(divisionCode);
  const [metric, setMetric] = useState<DashboardMetric>('projectTotal');
  const screen = useRef<HTMLDivElement>(null);
  const { full, toggle } = useFullscreen(screen);
  const metrics = last?.metrics;
  const onMap = useMemo(() => (metrics ? mapDivisions(metrics) : []), [metrics]);
  const childLevel = metrics?.level === 'CITY' ? '区县' : '地市';

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div
        ref={screen}
        style={{
          background: PALETTE.background,
          color: PALETTE.text,
          padding: 20,
          borderRadius: full ? 0 : 8,
          minHeight: full ? '100vh' : undefined,
          overflow: 'auto',
        }}
      >
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <div>
            <Typography.Title level={3} style={{ margin: 0, color: PALETTE.text }}>
              数据大屏 · {metrics?.divisionName ?? '加载中'}
            </Typography.Title>
            {metrics && last && <Freshness metrics={metrics} receivedAt={last.receivedAt} paused={paused} />}
          </div>
          <Space>
            <Button icon={<ReloadOutlined />} loading={fetching} onClick={refresh}>
              刷新
            </Button>
            <Button icon={full ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={toggle}>
              {full ? '退出全屏' : '全屏'}
            </Button>
          </Space>
        </Flex>
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              last
                ? `数据刷新失败：${errorMessage(error)}（显示的是 ${timeText(last.receivedAt)} 的数据）`
                : errorMessage(error)
            }
          />
        )}
        {!metrics ? (
          !error && (
            <Flex justify="center" style={{ padding: 80 }}>
              <Spin size="large" />
            </Flex>
          )
        ) : (
          <Flex vertical gap={16}>
            <Typography.Text style={{ color: PALETTE.muted }}>项目数据</Typography.Text>
            <Flex gap={16} wrap>
              <Kpi
                label="项目总数"
                value={String(metrics.projectTotal)}
                detail="在建、停工项目（竣工不计）"
              />
              <Kpi
                label="注册比率"
                value={
                  metrics.registrationRatio.percentage === null ||
                  metrics.registrationRatio.percentage === undefined
                    ? '—'
                    : `${metrics.registrationRatio.percentage.toFixed(2)}%`
                }
                detail={`已注册施工企业 / 有在建项目的施工企业：${formatRatio(metrics.registrationRatio)}`}
              />
              <Kpi
                label="投保笔数"
                value={String(metrics.insuredProjects)}
                detail="已出具保单的项目（每个项目计一次）"
              />
              <Kpi
                label="投保比率"
                value={formatMetric(metricValue(metrics, 'insuranceRatio'), 'insuranceRatio')}
                detail={`已投保的在建、停工项目 / 项目总数：${formatRatio(metrics.insuranceRatio)}`}
              />
            </Flex>
            <div
              style={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fit, minmax(440px, 1fr))',
                gap: 16,
              }}
            >
              <Panel title={`各${childLevel}项目总数与注册比率`}>
                <ChildBars metrics={metrics} bars={PROJECT_BARS} />
              </Panel>
              <Panel
                title="各地市分布"
                extra={
                  <Segmented<DashboardMetric>
                    value={metric}
                    onChange={setMetric}
                    options={DASHBOARD_METRICS.map((m) => ({ value: m, label: METRIC_LABELS[m] }))}
                  />
                }
              >
                {divisionCode.startsWith('23') ? (
                  <HeilongjiangMap divisions={onMap} metric={metric} />
                ) : (
                  <Empty description="地图仅覆盖黑龙江省" />
                )}
              </Panel>
            </div>
            <Panel
              title="理赔信息"
              extra={<Typography.Text style={{ color: PALETTE.muted }}>保险数据</Typography.Text>}
            >
              <Flex vertical gap={16}>
                <Flex gap={16} wrap>
                  <Kpi
                    label="出险笔数"
                    value={String(metrics.claimCount)}
                    detail={METRIC_DEFINITIONS.claimCount}
                    hint="出险笔数=保险公司标记出险次数累计：辖区内项目的全部报案，已报案、已受理、已决、拒赔均计入"
                  />
                  <Kpi
                    label="赔款金额"
                    value={formatYuan(metrics.claimAmountYuan)}
                    detail={METRIC_DEFINITIONS.claimAmount}
                    hint="赔款金额=保险公司输入理赔金额累计：辖区内案件已录入的已决金额之和；重新受理的案件在再次结案前按原已决金额计入"
                  />
                </Flex>
                <ChildBars metrics={metrics} bars={CLAIM_BARS} title={`各${childLevel}出险笔数与赔款金额`} />
              </Flex>
            </Panel>
          </Flex>
        )}
      </div>
    </ConfigProvider>
  );
}
