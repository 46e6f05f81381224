// Pure rules of 方案管理: a plan version's state on a day, the 发布新版本 form ⇄ InsurancePlanInput (rates typed in ‰
// as the tables print them, sent as exact decimal fractions), and the checks the server makes, said early. No React
// or antd here, so web/test can run it under Node.
import type {
  AccidentHistoryGrade,
  InsurancePlanInput,
  PlanFieldsFragment as Plan,
} from '../../gql/graphql.ts';
import { normaliseDecimal, shiftDecimal } from '../projects/project-form.ts';
import { checkRatio, toBasisPoints, toFen } from './premium.ts';

export type PlanState = { label: '生效中' | '未生效' | '已停用'; color: string };

/** A version on a day (YYYY-MM-DD): 未生效 before its first day, 已停用 after its last, else 生效中. */
export function planState(plan: Pick<Plan, 'effectiveFrom' | 'effectiveTo'>, today: string): PlanState {
  if (plan.effectiveFrom > today) return { label: '未生效', color: 'default' };
  if (plan.effectiveTo && plan.effectiveTo < today) return { label: '已停用', color: 'error' };
  return { label: '生效中', color: 'success' };
}

export const ACCIDENT_GRADES: readonly AccidentHistoryGrade[] = ['NONE', 'GENERAL', 'LARGER', 'MAJOR'];

/** What the 发布新版本 form holds: amounts in 元, rates in ‰, ratios as decimals (-0.10). */
export type PlanFormValues = {
  provinceCode: string;
  code: string;
  name: string;
  /** YYYY-MM-DD (the page formats its DatePicker). */
  effectiveFrom: string;
  deathDisabilityLimitYuan: string;
  medicalLimitYuan: string;
  perAccidentLimitYuan: string;
  cumulativeLimitYuan: string;
  rateTiers: { upToYuan?: string | null; ratePermille: string }[];
  minimumPremiumYuan: string;
  plausibleMaximumPremiumYuan: string;
  /** One ratio per grade, in the order of ACCIDENT_GRADES (上一年度无事故, 一般, 较大, 重大及以上). */
  floatingRates: { ratio: string }[];
  floatingFloor: string;
  floatingCap: string;
  description?: string | null;
};

const clean = (text: string | null | undefined) => (text ?? '').replace(/[,，\s]/g, '');

/** ‰ → decimal fraction, exactly: "0.65" → "0.00065". */
export function permilleToRate(permille: string): string | null {
  return shiftDecimal(clean(permille), -3);
}

/** Decimal fraction → ‰: "0.00065" → "0.65". */
export function rateToPermille(rate: string): string {
  return shiftDecimal(rate, 3) ?? rate;
}

/** The form prefilled from a version (发布新版本 of it): the same terms, from the day after today. */
export function planFormValues(plan: Plan): Omit<PlanFormValues, 'effectiveFrom'> {
  const ratios = new Map(plan.floatingRates.map((r) => [r.accidentGrade, r.ratio]));
  return {
    provinceCode: plan.provinceCode,
    code: plan.code,
    name: plan.name,
    deathDisabilityLimitYuan: plan.deathDisabilityLimitYuan,
    medicalLimitYuan: plan.medicalLimitYuan,
    perAccidentLimitYuan: plan.perAccidentLimitYuan,
    cumulativeLimitYuan: plan.cumulativeLimitYuan,
    rateTiers: plan.rateTiers.map((t) => ({ upToYuan: t.upToYuan, ratePermille: rateToPermille(t.rate) })),
    minimumPremiumYuan: plan.minimumPremiumYuan,
    plausibleMaximumPremiumYuan: plan.plausibleMaximumPremiumYuan,
    floatingRates: ACCIDENT_GRADES.map((accidentGrade) => ({
      accidentGrade,
      ratio: ratios.get(accidentGrade) ?? '0',
    })),
    floatingFloor: plan.floatingFloor,
    floatingCap: plan.floatingCap,
    description: plan.description ?? null,
  };
}

/** A new plan's blank form: the national minimum cover (每人死亡伤残 40万元) and the usual floating table. */
export function blankPlanValues(provinceCode: string): Omit<PlanFormValues, 'effectiveFrom'> {
  return {
    provinceCode,
    code: '',
    name: '',
    deathDisabilityLimitYuan: '400000',
    medicalLimitYuan: '',
    perAccidentLimitYuan: '',
    cumulativeLimitYuan: '',
    rateTiers: [{ upToYuan: null, ratePermille: '' }],
    minimumPremiumYuan: '',
    plausibleMaximumPremiumYuan: '',
    // 上一年度无事故 −10 %, 一般 +10 %, 较大 +20 %, 重大及以上 +30 % (DOMAIN.md §4).
    floatingRates: [{ ratio: '-0.10' }, { ratio: '0.10' }, { ratio: '0.20' }, { ratio: '0.30' }],
    floatingFloor: '-0.30',
    floatingCap: '0.30',
    description: null,
  };
}

/** Why the rate tiers are refused: bounds ascending, only the last without one, every rate a positive ‰. */
export function checkTiers(tiers: PlanFormValues['rateTiers']): string | null {
  if (!tiers.length) return '请至少填写一档费率';
  let previous = -1n;
  for (const [i, t] of tiers.entries()) {
    const last = i === tiers.length - 1;
    const bound = clean(t.upToYuan);
    if (last && bound) return '最后一档的工程造价上限应留空（不设上限）';
    if (!last) {
      const fen = toFen(bound);
      if (fen === null || fen <= 0n) return `第 ${i + 1} 档的工程造价上限应为大于0的金额（元）`;
      if (fen <= previous) return '各档工程造价上限应逐档递增';
      previous = fen;
    }
    const rate = permilleToRate(t.ratePermille);
    if (rate === null || !/[1-9]/.test(rate)) return `第 ${i + 1} 档的费率应为大于0的数字（‰）`;
  }
  return null;
}

/** Why the floating table is refused: each ratio a decimal within the floor and cap, the floor not above the cap. */
export function checkFloating(
  v: Pick<PlanFormValues, 'floatingRates' | 'floatingFloor' | 'floatingCap'>,
): string | null {
  const floor = toBasisPoints(v.floatingFloor);
  const cap = toBasisPoints(v.floatingCap);
  if (floor === null || cap === null) return '浮动下限、上限应为小数，如 -0.30 和 0.30';
  if (floor > cap) return '浮动下限不能高于浮动上限';
  for (const r of v.floatingRates) {
    const problem = checkRatio(r.ratio, v.floatingFloor, v.floatingCap);
    if (problem) return problem;
  }
  return null;
}

export function toPlanInput(v: PlanFormValues): InsurancePlanInput {
  const yuan = (text: string) => normaliseDecimal(clean(text));
  return {
    provinceCode: v.provinceCode.trim(),
    code: v.code.trim().toUpperCase(),
    name: v.name.trim(),
    effectiveFrom: v.effectiveFrom,
    deathDisabilityLimitYuan: yuan(v.deathDisabilityLimitYuan),
    medicalLimitYuan: yuan(v.medicalLimitYuan),
    perAccidentLimitYuan: yuan(v.perAccidentLimitYuan),
    cumulativeLimitYuan: yuan(v.cumulativeLimitYuan),
    rateTiers: v.rateTiers.map((t) => ({
      upToYuan: clean(t.upToYuan) ? yuan(t.upToYuan!) : null,
      rate: permilleToRate(t.ratePermille) ?? t.ratePermille,
    })),
    minimumPremiumYuan: yuan(v.minimumPremiumYuan),
    plausibleMaximumPremiumYuan: yuan(v.plausibleMaximumPremiumYuan),
    floatingRates: ACCIDENT_GRADES.map((accidentGrade, i) => ({
      accidentGrade,
      ratio: (v.floatingRates[i]?.ratio ?? '').trim() || '0',
    })),
    floatingFloor: v.floatingFloor.trim(),
    floatingCap: v.floatingCap.trim(),
    description: v.description?.trim() || null,
  };
}
