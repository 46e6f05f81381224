// The insurance market of the demo world: the 21 insurers and 5 brokers of the Heilongjiang manual's 统计报告 (in its
// 登录平台 order), the brokers' partner insurers, and the province's 方案 A/B/C as underwriting stores them. Fixed data
// with ids drawn from a seeded PRNG: identity creates the organisations and underwriting the plans from these same
// records, each in its own database, and both agree on every id.
import { fullName, usccCheckChar } from '@anze/dictionaries';
import { mobile, personName, pick, prng, uuid, type Random } from './random.ts';
import { DEMO_PROVINCE, type DemoEnterpriseProfile } from './world.ts';

/** An insurer or broker branch as identity registers it (已通过), with its 企业信息. */
export interface DemoMarketOrganisation {
  /** identity's organisation id. */
  id: string;
  /** 简称, as the 统计报告 lists it (人保财险, 昆仑保险经纪). */
  shortName: string;
  /** 机构名称 as registered (the Heilongjiang branch). */
  name: string;
  /** 统一社会信用代码 (GB 32100), its 主体标识码 a 组织机构代码 with its GB 11714 check character. */
  uscc: string;
  /** Where the branch operates: the province (230000) for provincial branches, else its city. */
  divisionCode: string;
  profile: DemoEnterpriseProfile;
}

export interface DemoInsurer extends DemoMarketOrganisation {
  /** Share of the demo world's policies (the 21 sum to 1): 人保财险 the largest. */
  marketShare: number;
  /** Letters that open its policy numbers (PZAB202523010000012345). */
  policyPrefix: string;
}

export interface DemoBroker extends DemoMarketOrganisation {
  /** Share of the brokered business (the 5 sum to 1), after the 统计报告's 保费占比 (昆仑 41 %, 江泰 20 %, 中汇 13 %). */
  brokerShare: number;
  /** The insurers it partners with (合作保险机构): it sees and handles their applications. */
  partnerIds: readonly string[];
}

export interface DemoPartnership {
  brokerId: string;
  insurerId: string;
}

// [简称, 名称, share of policies, policy-number prefix, 登记机关 division of the USCC, division, address district]
const INSURERS: ReadonlyArray<readonly [string, string, number, string, string, string, string]> = [
  ['人保财险', '中国人民财产保险股份有限公司黑龙江省分公司', 0.31, 'PZAB', '230000', '230000', '230103'],
  ['国寿财险', '中国人寿财产保险股份有限公司黑龙江省分公司', 0.09, 'GSCX', '230000', '230000', '230103'],
  ['太平财险', '太平财产保险有限公司黑龙江分公司', 0.035, 'TPCX', '230100', '230000', '230102'],
  ['中意财险', '中意财产保险有限公司黑龙江分公司', 0.006, 'ZYCX', '230100', '230000', '230103'],
  ['英大财险', '英大泰和财产保险股份有限公司黑龙江分公司', 0.02, 'YDCX', '230100', '230000', '230103'],
  ['太平洋财险', '中国太平洋财产保险股份有限公司黑龙江分公司', 0.1, 'AHAZ', '230000', '230000', '230102'],
  ['阳光财险', '阳光财产保险股份有限公司黑龙江省分公司', 0.04, 'YGCX', '230000', '230000', '230103'],
  ['申能财险', '申能财产保险股份有限公司黑龙江分公司', 0.006, 'SNCX', '230100', '230000', '230109'],
  ['都邦财险', '都邦财产保险股份有限公司黑龙江分公司', 0.015, 'DBCX', '230100', '230000', '230102'],
  ['平安财险', '中国平安财产保险股份有限公司黑龙江分公司', 0.12, 'PAZR', '230000', '230000', '230103'],
  ['中银财险', '中银保险有限公司黑龙江分公司', 0.015, 'ZYBX', '230100', '230000', '230102'],
  ['中原农业财险', '中原农业保险股份有限公司黑龙江分公司', 0.008, 'ZYNY', '230100', '230000', '230110'],
  ['华泰保险', '华泰财产保险有限公司黑龙江省分公司', 0.015, 'HTCX', '230000', '230000', '230103'],
  ['安华农业财险', '安华农业保险股份有限公司黑龙江分公司', 0.012, 'AHNY', '230100', '230000', '230110'],
  ['中华财险', '中华联合财产保险股份有限公司黑龙江分公司', 0.05, 'ZHLH', '230000', '230000', '230103'],
  ['大家财险', '大家财产保险有限责任公司黑龙江分公司', 0.02, 'DJCX', '230100', '230000', '230102'],
  ['安盟保险', '中航安盟财产保险有限公司黑龙江分公司', 0.008, 'AMCX', '230100', '230000', '230109'],
  ['大地财险', '中国大地财产保险股份有限公司黑龙江分公司', 0.06, 'DDCX', '230000', '230000', '230103'],
  // The one insurer headquartered in Heilongjiang: a mutual, not a branch.
  ['阳光农业财险', '阳光农业相互保险公司', 0.015, 'YGNY', '230000', '230100', '230110'],
  ['永诚财险', '永诚财产保险股份有限公司黑龙江分公司', 0.025, 'YCCX', '230100', '230000', '230102'],
  ['华安财险', '华安财产保险股份有限公司黑龙江分公司', 0.03, 'HACX', '230100', '230000', '230103'],
];

// [简称, 名称, share of brokered business, partner insurers (简称), 登记机关 division, address district]
const BROKERS: ReadonlyArray<readonly [string, string, number, readonly string[], string, string]> = [
  [
    '昆仑保险经纪',
    '昆仑保险经纪股份有限公司黑龙江分公司',
    0.45,
    ['人保财险', '国寿财险', '太平财险', '中意财险', '太平洋财险', '平安财险', '大地财险'],
    '230100',
    '230103',
  ],
  [
    '中汇保险经纪',
    '中汇保险经纪股份有限公司黑龙江分公司',
    0.18,
    ['人保财险', '太平洋财险', '阳光财险', '中华财险', '华安财险'],
    '230100',
    '230102',
  ],
  [
    '江泰保险经纪',
    '江泰保险经纪股份有限公司黑龙江分公司',
    0.25,
    ['人保财险', '国寿财险', '英大财险', '太平洋财险', '平安财险', '中华财险', '大地财险', '永诚财险'],
    '230100',
    '230103',
  ],
  [
    '鲲鹏保险经纪',
    '鲲鹏保险经纪有限公司黑龙江分公司',
    0.08,
    ['人保财险', '都邦财险', '中银财险', '安华农业财险'],
    '230100',
    '230109',
  ],
  [
    '合翔保险经纪',
    '合翔保险经纪有限公司黑龙江分公司',
    0.04,
    ['平安财险', '大家财险', '阳光农业财险'],
    '230100',
    '230102',
  ],
];

const INSURER_SCOPE =
  '在黑龙江省行政辖区内经营下列业务：财产损失保险；责任保险；信用保险和保证保险；短期健康保险和意外伤害保险；上述业务的再保险业务；国家法律、法规允许的保险资金运用业务；经国家金融监督管理总局批准的其他业务';
const BROKER_SCOPE =
  '在黑龙江省行政辖区内代理总公司开展下列业务：为投保人拟订投保方案、选择保险人、办理投保手续；协助被保险人或者受益人进行索赔；再保险经纪业务；为委托人提供防灾、防损或者风险评估、风险管理咨询服务；经国家金融监督管理总局批准的其他业务';
const LICENSED = '（依法须经批准的项目，经相关部门批准后方可开展经营活动）';
const HARBIN_STREETS = [
  '长江路',
  '红旗大街',
  '中山路',
  '友谊路',
  '经纬街',
  '东大直街',
  '西大直街',
  '赣水路',
  '黄河路',
  '世茂大道',
];

const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A 组织机构代码 (GB 11714): 8 digits and their check character. */
function organisationCode(r: Random): string {
  const digits = Array.from({ length: 8 }, (_, i) =>
    i === 0 ? 1 + Math.floor(r() * 9) : Math.floor(r() * 10),
  );
  const check = 11 - (digits.reduce((s, d, i) => s + d * ORGANISATION_CODE_WEIGHTS[i]!, 0) % 11);
  return digits.join('') + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

function marketOrganisation(
  r: Random,
  shortName: string,
  name: string,
  registrationDivision: string,
  divisionCode: string,
  district: string,
  scope: string,
): DemoMarketOrganisation {
  const id = uuid(r);
  const first17 = `91${registrationDivision}${organisationCode(r)}`;
  const address = `${fullName(district)!.replace(/ /g, '')}${pick(r, HARBIN_STREETS)}${1 + Math.floor(r() * 300)}号`;
  const contactName = personName(r);
  const contactMobile = mobile(r);
  return {
    id,
    shortName,
    name,
    uscc: first17 + usccCheckChar(first17),
    divisionCode,
    profile: {
      registeredAddress: address,
      businessAddress: address,
      contactName,
      contactMobile,
      // 分公司负责人 (the 法人 field of 企业信息).
      legalRepresentative: personName(r),
      legalRepresentativeMobile: mobile(r),
      businessScope: scope + LICENSED,
    },
  };
}

const market = prng(2030);

/** The manual's 21 insurers in its 登录平台 order. */
export const DEMO_INSURERS: readonly DemoInsurer[] = INSURERS.map(
  ([shortName, name, marketShare, policyPrefix, registration, division, district]) => ({
    ...marketOrganisation(market, shortName, name, registration, division, district, INSURER_SCOPE),
    marketShare,
    policyPrefix,
  }),
);

const insurerId = (shortName: string) => DEMO_INSURERS.find((i) => i.shortName === shortName)!.id;

/** The manual's 5 brokers, each with 3–8 partner insurers (人保财险 partners with four of them). */
export const DEMO_BROKERS: readonly DemoBroker[] = BROKERS.map(
  ([shortName, name, brokerShare, partners, registration, district]) => ({
    ...marketOrganisation(market, shortName, name, registration, DEMO_PROVINCE, district, BROKER_SCOPE),
    brokerShare,
    partnerIds: partners.map(insurerId),
  }),
);

/** Every broker–insurer pair of DEMO_BROKERS, brokers in order. */
export const DEMO_PARTNERSHIPS: readonly DemoPartnership[] = DEMO_BROKERS.flatMap((b) =>
  b.partnerIds.map((insurerId) => ({ brokerId: b.id, insurerId })),
);

// ---------- 方案 ----------

export type DemoAccidentGrade = 'NONE' | 'GENERAL' | 'LARGER' | 'MAJOR';

/** One 工程造价 tier: up to `upToFen` (inclusive; null = no bound) the premium is cost × `rate` (a decimal fraction). */
export interface DemoRateTier {
  upToFen: string | null;
  rate: string;
}

export interface DemoFloatingRate {
  accidentGrade: DemoAccidentGrade;
  ratio: string;
}

/**
 * A 方案 with the fields of underwriting's InsurancePlan (money in 分; rates and ratios as decimal strings in the form
 * its validatePlan stores, Big's toFixed: '-0.1', '0.0016').
 */
export interface DemoPlan {
  id: string;
  provinceCode: string;
  code: string;
  name: string;
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  deathDisabilityLimitFen: bigint;
  medicalLimitFen: bigint;
  perAccidentLimitFen: bigint;
  cumulativeLimitFen: bigint;
  rateTiers: DemoRateTier[];
  minimumPremiumFen: bigint;
  plausibleMaximumPremiumFen: bigint;
  floatingRates: DemoFloatingRate[];
  floatingFloor: string;
  floatingCap: string;
  description: string | null;
  createdBy: string | null;
}

const WAN = 1_000_000n; // 1万元 in 分
/** Tier bounds in 元: 1000万, 5000万, 1亿, 5亿, 10亿, then unbounded. */
const TIER_BOUNDS_YUAN = [10_000_000n, 50_000_000n, 100_000_000n, 500_000_000n, 1_000_000_000n, null];

// Our reading of the manual's labels `A:2000,1…` and `C:1000,6…`: 累计赔偿限额 2000万 and 1000万 元, 每人 100万 and
// 60万 元; B sits between. Rates per 工程造价 tier (decimal fractions: 0.0016 = 1.60‰), calibrated on the premiums the
// manual shows (3899.06万 under A → 54,761.55 元 ≈ 1.40‰; 1799.06万 under C → 17,867.72 元 ≈ 0.99‰) and falling with
// the cost as provincial tables do (Shandong 0.65‰ ≤ 1000万 … 0.40‰ > 10亿).
const PLAN_TERMS = [
  {
    code: 'A',
    cumulative: 2000n,
    perPerson: 100n,
    medical: 10n,
    perAccident: 1000n,
    rates: ['0.0016', '0.0015', '0.0014', '0.0012', '0.001', '0.0008'],
  },
  {
    code: 'B',
    cumulative: 1500n,
    perPerson: 80n,
    medical: 8n,
    perAccident: 750n,
    rates: ['0.00135', '0.00125', '0.00115', '0.001', '0.00085', '0.0007'],
  },
  {
    code: 'C',
    cumulative: 1000n,
    perPerson: 60n,
    medical: 5n,
    perAccident: 500n,
    rates: ['0.0011', '0.001', '0.0009', '0.0008', '0.0007', '0.0006'],
  },
] as const;

/** 参保方案 as lists show it: `A:2000,100` (累计限额 and 每人限额 in 万元). */
function planLabel(plan: Pick<DemoPlan, 'code' | 'cumulativeLimitFen' | 'deathDisabilityLimitFen'>): string {
  return `${plan.code}:${plan.cumulativeLimitFen / WAN},${plan.deathDisabilityLimitFen / WAN}`;
}

const planIds = (() => {
  const r = prng(2031);
  return PLAN_TERMS.map(() => uuid(r));
})();

/**
 * Heilongjiang's 方案A/B/C, version 1 from 2023-01-01, open-ended; fresh objects on every call. 每人伤亡限额 ≥ 40万
 * (应急〔2025〕27号); 浮动 by the previous year's worst accident (无 −10 %, 一般 +10 %, 较大 +20 %, 重大及以上 +30 %), within ±30 %.
 */
export function demoPlans(): DemoPlan[] {
  return PLAN_TERMS.map((t, i) => {
    const plan: DemoPlan = {
      id: planIds[i]!,
      provinceCode: DEMO_PROVINCE,
      code: t.code,
      name: `方案${t.code}`,
      version: 1,
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      deathDisabilityLimitFen: t.perPerson * WAN,
      medicalLimitFen: t.medical * WAN,
      perAccidentLimitFen: t.perAccident * WAN,
      cumulativeLimitFen: t.cumulative * WAN,
      rateTiers: TIER_BOUNDS_YUAN.map((bound, k) => ({
        upToFen: bound === null ? null : String(bound * 100n),
        rate: t.rates[k]!,
      })),
      minimumPremiumFen: 1000n * 100n,
      plausibleMaximumPremiumFen: 500n * WAN,
      floatingRates: [
        { accidentGrade: 'NONE', ratio: '-0.1' },
        { accidentGrade: 'GENERAL', ratio: '0.1' },
        { accidentGrade: 'LARGER', ratio: '0.2' },
        { accidentGrade: 'MAJOR', ratio: '0.3' },
      ],
      floatingFloor: '-0.3',
      floatingCap: '0.3',
      description: null,
      createdBy: null,
    };
    plan.description =
      `${planLabel(plan)}：累计赔偿限额${t.cumulative}万元，每次事故赔偿限额${t.perAccident}万元；` +
      `每人伤亡赔偿限额${t.perPerson}万元，每人医疗费用赔偿限额${t.medical}万元（演示方案）`;
    return plan;
  });
}
