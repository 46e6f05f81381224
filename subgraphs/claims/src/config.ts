// Environment → typed configuration: the kit's base settings and the platform's claim rules.
import { intFromEnv, loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';
import {
  DEFAULT_ACCIDENT_CATEGORY_STANDARD,
  isAccidentCategoryStandard,
  type AccidentCategoryStandard,
} from '@anze/dictionaries';

export interface ClaimsConfig extends SubgraphBaseConfig {
  /** ACCIDENT_CATEGORY_STANDARD (GB/T 6441-1986): the 事故类别 standard new claims are classified under. */
  categoryStandard: AccidentCategoryStandard;
  /** CLAIM_REPORTING_DAYS (30): an accident reported later than this after 出险日期 is flagged late. */
  reportingDays: number;
  /** CLAIM_DECISION_DAYS (30): days after 受理 for 已决 or 拒赔; later, the claim is overdue. */
  decisionDays: number;
  /** PLATFORM_TIME_ZONE (Asia/Shanghai): the day of 提交日期 and of "today". */
  timeZone: string;
  /** SCHEDULER_POLLING_SECONDS (2): how often due deadlines are looked for (at least 0.5, pg-boss's minimum). */
  schedulerPollingSeconds: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ClaimsConfig {
  const categoryStandard = env.ACCIDENT_CATEGORY_STANDARD || DEFAULT_ACCIDENT_CATEGORY_STANDARD;
  if (!isAccidentCategoryStandard(categoryStandard))
    throw new Error(`ACCIDENT_CATEGORY_STANDARD: ${categoryStandard} is not a known standard`);
  const reportingDays = intFromEnv(env, 'CLAIM_REPORTING_DAYS', 30);
  const decisionDays = intFromEnv(env, 'CLAIM_DECISION_DAYS', 30);
  if (reportingDays < 1 || decisionDays < 1)
    throw new Error('CLAIM_REPORTING_DAYS and CLAIM_DECISION_DAYS must be at least 1');
  const polling = Number(env.SCHEDULER_POLLING_SECONDS || '2');
  if (!(polling >= 0.5)) throw new Error('SCHEDULER_POLLING_SECONDS must be at least 0.5');
  return {
    ...loadBaseConfig('claims', 4004, env),
    categoryStandard,
    reportingDays,
    decisionDays,
    timeZone: env.PLATFORM_TIME_ZONE || 'Asia/Shanghai',
    schedulerPollingSeconds: polling,
  };
}
