// Environment → typed configuration: the kit's base settings and the platform's underwriting rules.
import Big from 'big.js';
import { intFromEnv, loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';

/** 应急〔2025〕27号: the prevention fee is at most 21 % of the premium. */
export const MAX_PREVENTION_SHARE = '0.21';

export interface UnderwritingConfig extends SubgraphBaseConfig {
  /** REVIEW_WORKING_DAYS (3): 复审期限 after 提交保单, in working days (Monday to Friday, HOLIDAYS excepted). */
  reviewWorkingDays: number;
  /** HOLIDAYS: extra non-working days, YYYY-MM-DD comma-separated (法定节假日). */
  holidays: string[];
  /** EXPIRING_DAYS (30): a policy ending within this many days is 即将到期. */
  expiringDays: number;
  /** PREVENTION_SHARE (0.15): the 事故预防费 budget as a share of the premium, at most 0.21. */
  preventionShare: string;
  /** PLATFORM_TIME_ZONE (Asia/Shanghai): the day a policy starts and ends, and the 台帐 number's clock. */
  timeZone: string;
  /** SCHEDULER_POLLING_SECONDS (2): how often due deadlines are looked for (at least 0.5, pg-boss's minimum). */
  schedulerPollingSeconds: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): UnderwritingConfig {
  const reviewWorkingDays = intFromEnv(env, 'REVIEW_WORKING_DAYS', 3);
  if (reviewWorkingDays < 1) throw new Error('REVIEW_WORKING_DAYS must be at least 1');
  const expiringDays = intFromEnv(env, 'EXPIRING_DAYS', 30);
  if (expiringDays < 1) throw new Error('EXPIRING_DAYS must be at least 1');
  const preventionShare = env.PREVENTION_SHARE || '0.15';
  if (!/^0(\.\d{1,4})?$/.test(preventionShare) || new Big(preventionShare).gt(MAX_PREVENTION_SHARE))
    throw new Error(
      `PREVENTION_SHARE must be a decimal between 0 and ${MAX_PREVENTION_SHARE} (应急〔2025〕27号)`,
    );
  const holidays = (env.HOLIDAYS ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  for (const d of holidays)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`HOLIDAYS: ${d} is not YYYY-MM-DD`);
  const polling = Number(env.SCHEDULER_POLLING_SECONDS || '2');
  if (!(polling >= 0.5)) throw new Error('SCHEDULER_POLLING_SECONDS must be at least 0.5');
  return {
    ...loadBaseConfig('underwriting', 4003, env),
    reviewWorkingDays,
    holidays,
    expiringDays,
    preventionShare,
    timeZone: env.PLATFORM_TIME_ZONE || 'Asia/Shanghai',
    schedulerPollingSeconds: polling,
  };
}
