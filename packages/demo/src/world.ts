// The demo world at realistic volume: enterprises and their projects spread over every county of Heilongjiang.
// Deterministic (a seeded PRNG): identity and projects seed their own databases from the same world without reading
// each other's, and a benchmark re-creates exactly the data it measured. Pure data, no I/O.
import { childrenOf, fullName, usccCheckChar, type Division } from '@anze/dictionaries';
import { int, mobile, personName, pick, prng, uuid, type Random } from './random.ts';

export { prng } from './random.ts';

export const DEMO_PROVINCE = '230000';

/** Sizes by name (`ANZE_DEMO_SIZE`): `demo` is what `npm start` loads, `bench` what the benchmarks measure. */
export const DEMO_SIZES = {
  none: { enterprises: 0, projects: 0 },
  small: { enterprises: 200, projects: 1_000 },
  demo: { enterprises: 2_000, projects: 10_000 },
  bench: { enterprises: 50_000, projects: 500_000 },
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;

export function demoSize(value: string | undefined): DemoSize {
  const v = (value || 'demo') as DemoSize;
  if (!(v in DEMO_SIZES))
    throw new Error(`ANZE_DEMO_SIZE must be one of ${Object.keys(DEMO_SIZES).join(', ')}`);
  return v;
}

/** Share of enterprises with a platform account: the others' projects come from the provincial approval platform. */
const REGISTERED_SHARE = 0.85;

export interface DemoEnterprise {
  /** identity's organisation id (also the recording organisation of its projects). */
  id: string;
  uscc: string;
  name: string;
  divisionCode: string;
  /** Registered on the platform (已通过) — the numerator of 注册比率. */
  registered: boolean;
  /** 企业信息 as a registration fills it in: people, phones and addresses in the enterprise's own county. */
  profile: DemoEnterpriseProfile;
}

export interface DemoEnterpriseProfile {
  /** 工商注册地址 */
  registeredAddress: string;
  /** 主要经营地址 */
  businessAddress: string;
  /** 联系人姓名 / 联系人手机 */
  contactName: string;
  contactMobile: string;
  /** 法人姓名 / 法人手机 */
  legalRepresentative: string;
  legalRepresentativeMobile: string;
  /** 经营范围 */
  businessScope: string;
}

export type DemoProjectCategory = 'BUILDING' | 'MUNICIPAL' | 'HIGHWAY' | 'WATER_CONSERVANCY' | 'OTHER';
export type DemoProjectStatus = 'UNDER_CONSTRUCTION' | 'SUSPENDED' | 'COMPLETED';

export interface DemoProject {
  id: string;
  name: string;
  code: string;
  divisionCode: string;
  detailAddress: string;
  costFen: bigint;
  ownerUnit: string;
  constructor: DemoEnterprise;
  category: DemoProjectCategory;
  durationDays: number;
  plannedStart: string;
  plannedEnd: string;
  status: DemoProjectStatus;
  createdAt: Date;
}

export function heilongjiangCounties(): Division[] {
  return childrenOf(DEMO_PROVINCE).flatMap((city) => childrenOf(city.code));
}

const TRADE_NAMES = [
  '龙建',
  '北方',
  '冰城',
  '松花江',
  '黑土',
  '兴安',
  '三江',
  '鹤城',
  '油城',
  '雪乡',
  '鸿基',
  '华北',
  '安泰',
  '宏远',
  '瑞丰',
  '恒达',
  '中庆',
  '金鼎',
  '远大',
  '正阳',
  '建元',
  '鼎盛',
  '华信',
  '泰和',
  '广厦',
  '润城',
  '永安',
  '昌盛',
];
/** What each kind of contractor is licensed for (资质), as its 经营范围 reads. */
const TRADES: Record<string, string> = {
  建设工程: '房屋建筑工程施工总承包；建筑装修装饰工程专业承包；钢结构工程专业承包；地基基础工程专业承包',
  建筑工程: '房屋建筑工程施工总承包；建筑装修装饰工程专业承包；防水防腐保温工程专业承包；模板脚手架专业承包',
  建工集团: '房屋建筑工程施工总承包；市政公用工程施工总承包；建筑机电安装工程专业承包；古建筑工程专业承包',
  市政工程: '市政公用工程施工总承包；城市及道路照明工程专业承包；环保工程专业承包；园林绿化工程施工',
  路桥建设: '公路工程施工总承包；桥梁工程专业承包；隧道工程专业承包；公路路面工程专业承包',
  水利水电工程: '水利水电工程施工总承包；河湖整治工程专业承包；水工金属结构制作与安装工程专业承包',
  安装工程: '机电工程施工总承包；建筑机电安装工程专业承包；消防设施工程专业承包；电子与智能化工程专业承包',
};
const TRADE_KINDS = Object.keys(TRADES);
const LICENSED = '（依法须经批准的项目，经相关部门批准后方可开展经营活动）';

const ROADS = [
  '中山路',
  '学府路',
  '红旗大街',
  '长江路',
  '黄河路',
  '友谊路',
  '建设街',
  '和平路',
  '新阳路',
  '文化街',
];
/** Where enterprises are registered: the projects' roads and a few more. */
const STREETS = [
  ...ROADS,
  '人民路',
  '解放路',
  '东风街',
  '胜利路',
  '光明街',
  '工农大街',
  '新华路',
  '北京路',
  '兴安路',
  '站前街',
];

function demoProfile(r: Random, county: Division, trade: string): DemoEnterpriseProfile {
  const place = (fullName(county.code) ?? county.name).replace(/ /g, '');
  const registeredAddress = `${place}${pick(r, STREETS)}${int(r, 1, 999)}号`;
  const contactName = personName(r);
  const contactMobile = mobile(r);
  // Most have one address; some run the business from an office elsewhere in the county.
  const businessAddress =
    r() < 0.7 ? registeredAddress : `${place}${pick(r, STREETS)}${int(r, 1, 999)}号${int(r, 2, 18)}层`;
  const ownerIsContact = r() < 0.3;
  return {
    registeredAddress,
    businessAddress,
    contactName,
    contactMobile,
    legalRepresentative: ownerIsContact ? contactName : personName(r),
    legalRepresentativeMobile: ownerIsContact ? contactMobile : mobile(r),
    businessScope: `${TRADES[trade]}${LICENSED}`,
  };
}

/** `count` enterprises in Heilongjiang's counties; the first 85 % (in a shuffled order) registered on the platform. */
export function demoEnterprises(count: number, seed = 2026): DemoEnterprise[] {
  const r = prng(seed);
  // The profiles come from a stream of their own: the enterprises (ids, codes, names, counties) stay what they were
  // before enterprises had profiles, so existing demo databases and recorded benchmarks still match.
  const p = prng(seed ^ 0x5eed);
  const counties = heilongjiangCounties();
  const out: DemoEnterprise[] = [];
  for (let i = 0; i < count; i++) {
    const county = pick(r, counties);
    // 91 + division + 'DM' + serial: never collides with the hand-made demo organisations (…MA…).
    const first17 = `91${county.code}DM${String(i + 1).padStart(7, '0')}`;
    const id = uuid(r);
    const brand = pick(r, TRADE_NAMES) + pick(r, TRADE_NAMES);
    const trade = pick(r, TRADE_KINDS);
    out.push({
      id,
      uscc: first17 + usccCheckChar(first17),
      name: `黑龙江${brand}${trade}有限公司（演示${i + 1}）`,
      divisionCode: county.code,
      registered: r() < REGISTERED_SHARE,
      profile: demoProfile(p, county, trade),
    });
  }
  return out;
}

const BUILDINGS: Array<[DemoProjectCategory, string]> = [
  ['BUILDING', '住宅小区'],
  ['BUILDING', '综合楼'],
  ['BUILDING', '教学楼'],
  ['BUILDING', '医院门诊楼'],
  ['MUNICIPAL', '道路改造'],
  ['MUNICIPAL', '供热管网改造'],
  ['MUNICIPAL', '污水处理厂'],
  ['HIGHWAY', '公路大修'],
  ['WATER_CONSERVANCY', '堤防加固'],
  ['OTHER', '厂房'],
];
const OWNERS = ['置业有限公司', '城市建设投资集团有限公司', '房地产开发有限公司', '交通运输局', '水务局'];

function day(base: Date, offsetDays: number): string {
  return new Date(base.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` projects, each built by one of `enterprises` and sited in a county of Heilongjiang (usually the
 * enterprise's own city). Generated lazily: 500,000 projects never sit in memory at once.
 */
export function* demoProjects(
  count: number,
  enterprises: DemoEnterprise[],
  seed = 2027,
): Generator<DemoProject> {
  if (!enterprises.length) return;
  const r = prng(seed);
  const counties = heilongjiangCounties();
  const byCity = new Map<string, Division[]>();
  for (const c of counties) byCity.set(c.code.slice(0, 4), [...(byCity.get(c.code.slice(0, 4)) ?? []), c]);
  const epoch = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const constructor = pick(r, enterprises);
    const county =
      r() < 0.8 ? pick(r, byCity.get(constructor.divisionCode.slice(0, 4)) ?? counties) : pick(r, counties);
    const [category, kind] = pick(r, BUILDINGS);
    const start = new Date(epoch + int(r, 0, 1000) * 86_400_000);
    const durationDays = int(r, 90, 900);
    const statusDraw = r();
    // A few projects carry the national model-contract number as their code: the data-quality trap of the manual.
    const startDay = day(start, 0);
    const code =
      r() < 0.005
        ? 'GF-2017-0201'
        : `${startDay.slice(2, 4)}${startDay.slice(5, 7)}-${county.code}-04-01-${String(int(r, 0, 999_999)).padStart(6, '0')}`;
    // Log-uniform between 50万 and 5亿 元, in 分.
    const costYuan = Math.round(10 ** (5.7 + r() * 3));
    yield {
      id: uuid(r),
      name: `${county.name}${pick(r, ROADS)}${kind}工程（演示${i + 1}）`,
      code,
      divisionCode: county.code,
      detailAddress: `${pick(r, ROADS)}${int(r, 1, 999)}号`,
      costFen: BigInt(costYuan) * 100n,
      ownerUnit: `${county.name}${pick(r, OWNERS)}`,
      constructor,
      category,
      durationDays,
      plannedStart: startDay,
      plannedEnd: day(start, durationDays - 1),
      status: statusDraw < 0.8 ? 'UNDER_CONSTRUCTION' : statusDraw < 0.85 ? 'SUSPENDED' : 'COMPLETED',
      createdAt: new Date(start.getTime() - int(r, 1, 60) * 86_400_000),
    };
  }
}
