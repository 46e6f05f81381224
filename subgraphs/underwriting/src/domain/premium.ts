// 保费: 工程造价 × tier rate × (1 + 浮动比例), at least the plan's minimum, rounded half-up to 分 — in exact decimal
// (big.js), never binary floating point. Tiers are read on the whole amount: the tier whose upper bound is the first at
// or above the cost gives the rate for all of it (as the provincial tables print them, e.g. 0.65‰ ≤ 1000万).
import Big from 'big.js';
import { badInput } from '@anze/domain';
import type { AccidentHistoryGrade } from './dictionaries.ts';
import type { IInsurancePlan, RateTierRecord } from './plan.entity.ts';

export interface Quote {
  rate: string;
  floatingRatio: string;
  /** Before the minimum applies. */
  computedFen: bigint;
  premiumFen: bigint;
  minimumApplied: boolean;
  /** Above the plan's plausible maximum: needs an explicit confirmation at 出单, flagged in lists. */
  implausible: boolean;
}

type PlanTerms = Pick<
  IInsurancePlan,
  'rateTiers' | 'minimumPremiumFen' | 'plausibleMaximumPremiumFen' | 'floatingFloor' | 'floatingCap'
>;

export function tierRate(tiers: readonly RateTierRecord[], costFen: bigint): string {
  const tier = tiers.find((t) => t.upToFen === null || costFen <= BigInt(t.upToFen));
  // Plans are validated to end with an unbounded tier; a plan without one is a data error, not the user's.
  if (!tier) throw new Error('insurance plan has no tier for this cost');
  return tier.rate;
}

/** `0.00065` → `0.65‰` (the form the rate tables use). */
export function rateLabel(rate: string): string {
  return `${new Big(rate).times(1000).toFixed()}‰`;
}

const RATIO = /^-?\d+(\.\d{1,4})?$/;

/** A floating ratio as typed (`-0.10`, `0.2`), checked against the plan's floor and cap. */
export function readFloatingRatio(
  plan: PlanTerms,
  text: string | null | undefined,
  field = 'floatingRatio',
): string {
  const value = (text ?? '0').trim() || '0';
  if (!RATIO.test(value)) throw badInput('浮动比例应为小数，最多四位小数，如 -0.10 表示下浮10%', field);
  const ratio = new Big(value);
  if (ratio.lt(plan.floatingFloor) || ratio.gt(plan.floatingCap))
    throw badInput(
      `浮动比例应在 ${percent(plan.floatingFloor)} 至 ${percent(plan.floatingCap)} 之间（方案规定）`,
      field,
    );
  return ratio.toFixed();
}

export function percent(ratio: string): string {
  const p = new Big(ratio).times(100);
  return `${p.gt(0) ? '+' : ''}${p.toFixed()}%`;
}

export function quotePremium(plan: PlanTerms, costFen: bigint, floatingRatio: string): Quote {
  const rate = tierRate(plan.rateTiers, costFen);
  const computed = new Big(costFen.toString()).times(rate).times(new Big(1).plus(floatingRatio));
  const computedFen = BigInt(computed.round(0, Big.roundHalfUp).toFixed(0));
  const minimumApplied = computedFen < plan.minimumPremiumFen;
  const premiumFen = minimumApplied ? plan.minimumPremiumFen : computedFen;
  return {
    rate,
    floatingRatio: new Big(floatingRatio).toFixed(),
    computedFen,
    premiumFen,
    minimumApplied,
    implausible: premiumFen > plan.plausibleMaximumPremiumFen,
  };
}

/** The floating ratio the plan's table proposes for the enterprise's worst accident of the previous year. */
export function proposedFloatingRatio(
  plan: Pick<IInsurancePlan, 'floatingRates'>,
  grade: AccidentHistoryGrade,
): string {
  return plan.floatingRates.find((r) => r.accidentGrade === grade)?.ratio ?? '0';
}

/** 事故预防费 budget: premium × share, rounded half-up to 分. */
export function preventionBudget(premiumFen: bigint, share: string): bigint {
  return BigInt(new Big(premiumFen.toString()).times(share).round(0, Big.roundHalfUp).toFixed(0));
}
