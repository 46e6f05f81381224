// Display helpers of the 数据大屏 numbers: the metrics the map can show, and how fresh they are.

export type DashboardMetric = 'projectTotal' | 'registrationRatio' | 'insuredProjects' | 'insuranceRatio';

export const METRIC_LABELS: Record<DashboardMetric, string> = {
  projectTotal: '项目总数',
  registrationRatio: '注册比率',
  insuredProjects: '投保笔数',
  insuranceRatio: '投保比率',
};

export type RatioNumbers = { numerator: number; denominator: number; percentage?: number | null };
export type MetricNumbers = {
  projectTotal: number;
  registrationRatio: RatioNumbers;
  insuredProjects: number;
  insuranceRatio: RatioNumbers;
};

/** Whether a metric is a percentage (its map scale is 0–100 %). */
export function isRatioMetric(metric: DashboardMetric): metric is 'registrationRatio' | 'insuranceRatio' {
  return metric === 'registrationRatio' || metric === 'insuranceRatio';
}

/** The metric's value: a count, or a percentage (null when nothing can be compared: a zero denominator). */
export function metricValue(m: MetricNumbers, metric: DashboardMetric): number | null {
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
  return isRatioMetric(metric) ? `${value.toFixed(2)}%` : String(Math.round(value));
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
