// 方案 as data: what a plan version must satisfy before it is published (应急〔2025〕27号: at least 40万元 per person for
// death or disability), and how the manual's short label reads (C:1000,60 = 累计限额 1000万 / 每人 60万).
import Big from 'big.js';
import { badInput, fenToYuan, isCalendarDate, parseYuan, readText, readOptionalText } from '@anze/domain';
import { ACCIDENT_HISTORY_GRADE_VALUES, type AccidentHistoryGrade } from './dictionaries.ts';
import type { FloatingRateRecord, IInsurancePlan, RateTierRecord } from './plan.entity.ts';

export const MIN_DEATH_DISABILITY_LIMIT_FEN = 40_000_000n; // 40万元

export interface PlanInput {
  provinceCode: string;
  code: string;
  name: string;
  effectiveFrom: string;
  deathDisabilityLimitYuan: string;
  medicalLimitYuan: string;
  perAccidentLimitYuan: string;
  cumulativeLimitYuan: string;
  rateTiers: ReadonlyArray<{ upToYuan?: string | null; rate: string }>;
  minimumPremiumYuan: string;
  plausibleMaximumPremiumYuan: string;
  floatingRates: ReadonlyArray<{ accidentGrade: AccidentHistoryGrade; ratio: string }>;
  floatingFloor: string;
  floatingCap: string;
  description?: string | null;
}

export type PlanTerms = Omit<IInsurancePlan, 'id' | 'version' | 'effectiveTo' | 'createdAt' | 'createdBy'>;

function amount(text: string, field: string, label: string): bigint {
  const fen = parseYuan(text);
  if (fen === null) throw badInput(`${label}应为金额（元），最多两位小数`, field);
  return fen;
}

const DECIMAL = /^-?\d+(\.\d{1,6})?$/;
function decimal(text: string, field: string, label: string): Big {
  if (!DECIMAL.test(text.trim())) throw badInput(`${label}应为小数，如 0.00065`, field);
  return new Big(text.trim());
}

export function validatePlan(input: PlanInput): PlanTerms {
  if (!/^\d{2}0000$/.test(input.provinceCode) || input.provinceCode === '000000')
    throw badInput('请选择省级行政区划', 'input.provinceCode');
  const code = input.code.trim().toUpperCase();
  if (!/^[A-Z]{1,4}$/.test(code)) throw badInput('方案代码应为1至4个大写字母，如 A', 'input.code');
  if (!isCalendarDate(input.effectiveFrom))
    throw badInput('日期格式错误，应为YYYY-MM-DD', 'input.effectiveFrom');
  const deathDisabilityLimitFen = amount(
    input.deathDisabilityLimitYuan,
    'input.deathDisabilityLimitYuan',
    '每人死亡伤残限额',
  );
  if (deathDisabilityLimitFen < MIN_DEATH_DISABILITY_LIMIT_FEN)
    throw badInput('每人死亡伤残限额不得低于40万元（应急〔2025〕27号）', 'input.deathDisabilityLimitYuan');
  const medicalLimitFen = amount(input.medicalLimitYuan, 'input.medicalLimitYuan', '每人医疗费用限额');
  const perAccidentLimitFen = amount(
    input.perAccidentLimitYuan,
    'input.perAccidentLimitYuan',
    '每次事故限额',
  );
  const cumulativeLimitFen = amount(input.cumulativeLimitYuan, 'input.cumulativeLimitYuan', '累计限额');
  if (perAccidentLimitFen < deathDisabilityLimitFen)
    throw badInput('每次事故限额不能低于每人死亡伤残限额', 'input.perAccidentLimitYuan');
  if (cumulativeLimitFen < perAccidentLimitFen)
    throw badInput('累计限额不能低于每次事故限额', 'input.cumulativeLimitYuan');

  if (input.rateTiers.length === 0 || input.rateTiers.length > 20)
    throw badInput('费率档次应为1至20档', 'input.rateTiers');
  let previous = -1n;
  const rateTiers: RateTierRecord[] = input.rateTiers.map((t, i) => {
    const field = `input.rateTiers[${i}]`;
    const last = i === input.rateTiers.length - 1;
    const up = t.upToYuan?.trim() ? amount(t.upToYuan, `${field}.upToYuan`, '工程造价上限') : null;
    if (last && up !== null) throw badInput('最后一档不设上限', `${field}.upToYuan`);
    if (!last && up === null) throw badInput('请填写该档工程造价上限', `${field}.upToYuan`);
    if (up !== null && up <= previous) throw badInput('工程造价上限应逐档递增', `${field}.upToYuan`);
    if (up !== null) previous = up;
    const rate = decimal(t.rate, `${field}.rate`, '费率');
    if (rate.lte(0) || rate.gte('0.1')) throw badInput('费率应大于0且小于10%', `${field}.rate`);
    return { upToFen: up === null ? null : up.toString(), rate: rate.toFixed() };
  });

  const minimumPremiumFen = amount(input.minimumPremiumYuan, 'input.minimumPremiumYuan', '最低保费');
  const plausibleMaximumPremiumFen = amount(
    input.plausibleMaximumPremiumYuan,
    'input.plausibleMaximumPremiumYuan',
    '保费合理上限',
  );
  if (plausibleMaximumPremiumFen <= minimumPremiumFen)
    throw badInput('保费合理上限应高于最低保费', 'input.plausibleMaximumPremiumYuan');

  const floor = decimal(input.floatingFloor, 'input.floatingFloor', '浮动下限');
  const cap = decimal(input.floatingCap, 'input.floatingCap', '浮动上限');
  if (floor.gt(0) || floor.lte(-1)) throw badInput('浮动下限应在 -100% 与 0 之间', 'input.floatingFloor');
  if (cap.lt(0) || cap.gt(1)) throw badInput('浮动上限应在 0 与 +100% 之间', 'input.floatingCap');
  const seen = new Set<string>();
  const floatingRates: FloatingRateRecord[] = input.floatingRates.map((r, i) => {
    const field = `input.floatingRates[${i}].ratio`;
    if (seen.has(r.accidentGrade)) throw badInput('每种事故情况只能设置一个浮动比例', field);
    seen.add(r.accidentGrade);
    const ratio = decimal(r.ratio, field, '浮动比例');
    if (ratio.lt(floor) || ratio.gt(cap)) throw badInput('浮动比例应在浮动下限与上限之间', field);
    return { accidentGrade: r.accidentGrade, ratio: ratio.toFixed() };
  });
  for (const grade of ACCIDENT_HISTORY_GRADE_VALUES)
    if (!seen.has(grade)) throw badInput('请为每种事故情况设置浮动比例', 'input.floatingRates');

  return {
    provinceCode: input.provinceCode,
    code,
    name: readText(input.name, { field: 'input.name', label: '方案名称', max: 50 }),
    effectiveFrom: input.effectiveFrom,
    deathDisabilityLimitFen,
    medicalLimitFen,
    perAccidentLimitFen,
    cumulativeLimitFen,
    rateTiers,
    minimumPremiumFen,
    plausibleMaximumPremiumFen,
    floatingRates,
    floatingFloor: floor.toFixed(),
    floatingCap: cap.toFixed(),
    description: readOptionalText(input.description, {
      field: 'input.description',
      label: '说明',
      max: 2000,
    }),
  };
}

/** 万元 without trailing zeros: 10_000_000_00 分 → 1000. */
function wan(fen: bigint): string {
  return new Big(fen.toString()).div(1_000_000).toFixed();
}

/** The manual's short form: `C:1000,60` (累计限额 1000万, 每人 60万). */
export function planLabel(
  plan: Pick<IInsurancePlan, 'code' | 'cumulativeLimitFen' | 'deathDisabilityLimitFen'>,
): string {
  return `${plan.code}:${wan(plan.cumulativeLimitFen)},${wan(plan.deathDisabilityLimitFen)}`;
}

export { fenToYuan };
