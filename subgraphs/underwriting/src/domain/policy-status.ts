// 保单状态 from the dates and the platform clock: 未生效 / 有效 / 即将到期 / 已过期, in the platform's time zone.
import type { IPolicy } from './policy.entity.ts';
import { dayIn, daysBetween } from './calendar.ts';
import type { PolicyStatus } from './dictionaries.ts';
import type { UnderwritingRules } from './rules.ts';

export function policyStatus(
  policy: Pick<IPolicy, 'effectiveDate' | 'expiryDate'>,
  now: Date,
  rules: Pick<UnderwritingRules, 'timeZone' | 'expiringDays'>,
): PolicyStatus {
  const today = dayIn(now, rules.timeZone);
  if (today < policy.effectiveDate) return 'PENDING';
  if (today > policy.expiryDate) return 'EXPIRED';
  return daysBetween(today, policy.expiryDate) <= rules.expiringDays ? 'EXPIRING' : 'ACTIVE';
}

/** The window of policy dates whose status is `status` today: what a list filters on (no status column to go stale). */
export function expiryWindow(
  status: PolicyStatus,
  now: Date,
  rules: Pick<UnderwritingRules, 'timeZone' | 'expiringDays'>,
): Record<string, unknown> {
  const today = dayIn(now, rules.timeZone);
  const edge = new Date(`${today}T00:00:00Z`);
  edge.setUTCDate(edge.getUTCDate() + rules.expiringDays);
  const expiringFrom = edge.toISOString().slice(0, 10);
  switch (status) {
    case 'PENDING':
      return { effectiveDate: { $gt: today } };
    case 'EXPIRED':
      return { expiryDate: { $lt: today } };
    case 'EXPIRING':
      return { effectiveDate: { $lte: today }, expiryDate: { $gte: today, $lte: expiringFrom } };
    case 'ACTIVE':
      return { effectiveDate: { $lte: today }, expiryDate: { $gt: expiringFrom } };
  }
}
