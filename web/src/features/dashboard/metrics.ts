// Display helpers of the 数据大屏 numbers: the metrics the map can show, and how fresh they are.
import { groupThousands } from '../../shared/format.ts';

export type DashboardMetric =
  'projectTotal' | 'registrationRatio' | 'insuredProjects' | 'insuranceRatio' | 'claimCount' | 'claimAmount';

export const METRIC_LABELS: Record<DashboardMetric, string> = {
  projectTotal: '项目总数',
  registrationRatio: '注册比率',
  insuredProjects: '投保笔数',
  insuranceRatio: '投保比率',
  claimCount: '出险笔数',
  claimAmount: '赔款金额',
};

/** The switcher's order: 项目数据, then 保险数据 (承保比例, 理赔信息), as the manual lists the modules. */
export const DASHBOARD_METRICS = Object.keys(METRIC_LABELS) as DashboardMetric[];

/** The manual's words for each figure (附件 2 数据大屏数据计算公式), shown under the KPIs. */
export const METRIC_DEFINITIONS: Record<'claimCount' | 'claimAmount', string> = {
  claimCount: '保险公司标记出险次数累计（含拒赔）',
  claimAmount: '保险公司输入理赔金额累计（已决案件）',
};

export type RatioNumbers = { numerator: number; denominator: number; percentage?: number | null };
export type MetricNumbers = {
  projectTotal: number;
  registrationRatio: RatioNumbers;
  insuredProjects: number;
  insuranceRatio: RatioNumbers;
  /** 出险笔数 */
  claimCount: number;
  /** 赔款金额: exact 元, a decimal string ("12345.60"). */
  claimAmountYuan: string;
};

/** Whether a metric is a percentage (its map scale is 0–100 %). */
export function isRatioMetric(metric: DashboardMetric): metric is 'registrationRatio' | 'insuranceRatio' {
  return metric === 'registrationRatio' || metric === 'insuranceRatio';
}

/** The metric's value: a count, or a percentage (null when nothing can be compared: a zero denominator). */
export function metricValue(m: MetricNumbers, metric: DashboardMetric): number | null {
  // A float is fine for shading; the figures shown are the exact strings (formatYuan).
  if (metric === 'claimAmount') return Number(m.claimAmountYuan);
  if (!isRatioMetric(metric)) return m[metric];
  const r = m[metric];
  return r.denominator > 0 ? (r.percentage ?? null) : null;
}

/** 注册比率 as the regulators read it: 12/40（30.00%）; — when there is no denominator. */
export function formatRatio(r: RatioNumbers): string {
  if (r.denominator <= 0 || r.percentage === null || r.percentage === undefined)
    return `${r.numerator}/${r.denominator}（—）`;
  return `${r.numerator}/${r.denominator}（${r.percentage.toFixed(2)}%）`;
}

export function formatMetric(value: number | null, metric: DashboardMetric): string {
  if (value === null) return '—';
  if (metric === 'claimAmount') return `${groupThousands(String(Math.round(value)))} 元`;
  return isRatioMetric(metric) ? `${value.toFixed(2)}%` : String(Math.round(value));
}

/** 赔款金额 as the regulators read it: "12,345.60 元", exact (the decimal string is not turned into a float). */
export function formatYuan(yuan: string): string {
  return `${groupThousands(yuan)} 元`;
}

/** An amount on an axis: 元 below 10 000, 万 above (the screen is read from across a room). */
export function formatAxisYuan(value: number): string {
  if (Math.abs(value) < 10_000) return String(Math.round(value));
  const wan = value / 10_000;
  return `${Number.isInteger(wan) ? wan : wan.toFixed(Math.abs(wan) < 10 ? 1 : 0)}万`;
}

export type FreshnessNumbers = {
  lastEventOccurredAt?: string | null;
  lastAppliedAt?: string | null;
  lagSeconds?: number | null;
  pending?: number | null;
};

/**
 * 延迟 as shown: while events wait (pending > 0, or unknown) the server's lag (now − newest applied event); once
 * nothing waits, that lag would only measure how long nobody registered a project, so the delay is how long the
 * newest event took to reach the statistics (applied − occurred).
 */
export function displayedLagSeconds(f: FreshnessNumbers): number | null {
  if (f.pending === 0 && f.lastEventOccurredAt && f.lastAppliedAt) {
    const ms = Date.parse(f.lastAppliedAt) - Date.parse(f.lastEventOccurredAt);
    if (Number.isFinite(ms)) return Math.max(0, ms / 1000);
  }
  return f.lagSeconds ?? null;
}

export function formatLag(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  if (seconds < 60) return `${seconds.toFixed(1)} 秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} 分 ${Math.round(seconds % 60)} 秒`;
  return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分`;
}
