// The underwriting side of the demo world: for every demo project what happened to its insurance — no application,
// an application somewhere in 在线填报 → 复审 → 出单, or a policy with its 顺延 and 事故预防费 entries. Deterministic: the
// same projects, market, plans, `now` and seed give the same records, and ids, states, insurers and policy numbers
// do not even depend on `now` (only the dates of current work do), so a seed run on another day finds its rows again.
// Premiums are not computed here: underwriting's seed quotes each application with its own exact premium function,
// and prevention fees come as shares of that premium.
import { SERVICE_ITEMS, type ServiceItemCode } from '@anze/dictionaries';
import { mobile, pick, prng, uuid, weighted, type Random } from './random.ts';
import type { DemoProject } from './world.ts';
import type { DemoAccidentGrade, DemoBroker, DemoInsurer, DemoPlan } from './market.ts';

export type DemoApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'ISSUED' | 'WITHDRAWN';
/** A project's underwriting state: its application's status, or UNINSURED when it has none. */
export type DemoInsuranceState = 'UNINSURED' | DemoApplicationStatus;
export type DemoApplicationAction =
  'SAVED' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN' | 'ISSUED' | 'REVIEW_OVERDUE';

/** One entry of an application's history (underwriting's ApplicationChange). */
export interface DemoApplicationChange {
  action: DemoApplicationAction;
  at: Date;
  /** The enterprise (填报, 提交, 撤回) or the insurer (复审, 出单); null for the platform (复审超期). */
  actorOrganisationId: string | null;
  fromStatus: DemoApplicationStatus | null;
  toStatus: DemoApplicationStatus | null;
  note: string | null;
}

/** An application with the fields of underwriting's InsuranceApplication, less what the seed computes (quote). */
export interface DemoApplication {
  id: string;
  projectId: string;
  /** The constructor enterprise (always one registered on the platform). */
  organisationId: string;
  divisionCode: string;
  projectName: string;
  projectCode: string;
  costFen: bigint;
  enterpriseName: string;
  enterpriseUscc: string;
  insurerId: string;
  brokerId: string | null;
  planId: string;
  /** The plan's code (A/B/C). */
  planCode: string;
  /** 联系电话: a generated mobile (usually the enterprise's contact). */
  contactPhone: string;
  agreementAccepted: boolean;
  status: DemoApplicationStatus;
  /** 事故: the enterprise's worst accident of the previous year, which the floating ratio follows. */
  accidentGrade: DemoAccidentGrade;
  /** 浮动比例 (decimal string) once the insurer has reviewed (APPROVED, ISSUED); '0' before. */
  floatingRatio: string;
  floatingReason: string | null;
  reviewOpinion: string | null;
  submittedAt: Date | null;
  /** 3 working days (Monday–Friday) after the last submission. */
  reviewDueAt: Date | null;
  /** 待复审 past its deadline (the deadline job's mark; a review or 撤回 clears it, the history keeps REVIEW_OVERDUE). */
  overdue: boolean;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Oldest first; the last entry's toStatus is `status`. */
  history: DemoApplicationChange[];
}

/** 顺延 (underwriting's PolicyExtension). */
export interface DemoPolicyExtension {
  id: string;
  fromExpiryDate: string;
  toExpiryDate: string;
  reason: string;
  at: Date;
}

/** A 事故预防费 entry; its amount is `share` × the policy's premium (preventionFeeFen), so never more than 15 % of it. */
export interface DemoPreventionFee {
  id: string;
  date: string;
  serviceItem: ServiceItemCode;
  /** Share of the premium, a decimal string with 4 places (0.0100–0.0500; an entry's shares sum to ≤ 0.15). */
  share: string;
  note: string;
  recordedAt: Date;
}

/** A policy with the fields of underwriting's Policy, less the premium and budget the seed computes. */
export interface DemoPolicy {
  id: string;
  applicationId: string;
  projectId: string;
  organisationId: string;
  divisionCode: string;
  enterpriseName: string;
  insurerId: string;
  brokerId: string | null;
  planId: string;
  /** Unique per insurer: its prefix, the year issued, the city, a serial (PZAB202523010000012345). */
  policyNumber: string;
  ownerUnit: string;
  projectName: string;
  projectCode: string;
  /** 生效日期 / 终止日期 (after any 顺延), YYYY-MM-DD. */
  effectiveDate: string;
  expiryDate: string;
  issuedAt: Date;
  /** 保单台帐 项目号 CB-YYYYMMDD-HHMMSS-XXXXXXX (Beijing time of issue), unique. */
  ledgerNumber: string;
  extensions: DemoPolicyExtension[];
  preventionFees: DemoPreventionFee[];
}

export interface DemoInsurance {
  project: DemoProject;
  state: DemoInsuranceState;
  /** null when UNINSURED. */
  application: DemoApplication | null;
  /** Only when ISSUED. */
  policy: DemoPolicy | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BEIJING = 8 * HOUR;
/** 复审期限 after 提交保单 (underwriting's REVIEW_WORKING_DAYS default). */
const REVIEW_WORKING_DAYS = 3;
/** 即将到期: underwriting's EXPIRING_DAYS default. */
const EXPIRING_DAYS = 30;

// What happens to a registered enterprise's project. Completed projects were insured before work started or never
// came to the platform; projects under way or suspended spread over every state. With 85 % of enterprises registered
// (the others' projects cannot be applied for online) this makes about 60 % of all projects 已投保.
const COMPLETED_ISSUED = 0.8;
const ACTIVE_STATES: ReadonlyArray<readonly [DemoInsuranceState, number]> = [
  ['ISSUED', 0.67],
  ['UNINSURED', 0.1],
  ['DRAFT', 0.05],
  ['SUBMITTED', 0.07],
  ['REJECTED', 0.04],
  ['APPROVED', 0.04],
  ['WITHDRAWN', 0.03],
];
/** Share of applications placed through a broker (when the insurer has a partner broker). */
const BROKERED = 0.42;
/** Issued policies whose review once went 复审不通过 before they passed. */
const REJECTED_BEFORE = 0.12;
/** Policies of projects still under way past their planned end that were 顺延 (the others are 已过期). */
const EXTENDED = 0.7;

const REJECTIONS = [
  '项目合同扫描件不清晰，请重新上传',
  '法定代表人身份证国徽面已过有效期，请上传有效证件',
  '安全生产许可证已过有效期，请上传延续后的许可证',
  '用户协议未加盖企业公章，请盖章后重新扫描上传',
  '工程造价与中标通知书金额不一致，请核对后修改',
  '施工企业资质证书与营业执照企业名称不一致，请核实',
  '项目代码填写有误（不应填写合同示范文本编号GF-2017-0201），请填写投资项目在线审批平台代码',
];
const APPROVALS = [
  '资料齐全，符合《黑龙江省建筑施工安全生产责任保险实施细则》要求，复审通过',
  '复审通过，请及时联系出单',
  '复审通过',
];
const WITHDRAWALS = [
  '项目工期调整，撤回后重新填报',
  '误选保险机构，撤回重新选择',
  '建设单位统一投保，撤回本单',
  '投资规模填写有误，撤回修改',
];
const EXTENSION_REASONS = [
  '工程工期延误，经建设单位确认顺延保险期间',
  '冬季停工，复工后顺延保险期间',
  '设计变更致工期延长，顺延保险期间',
];
const GRADE_REASONS: Record<DemoAccidentGrade, string> = {
  NONE: '上一年度未发生生产安全事故',
  GENERAL: '上一年度发生一般生产安全事故',
  LARGER: '上一年度发生较大生产安全事故',
  MAJOR: '上一年度发生重大及以上生产安全事故',
};
const FEE_ITEMS: ReadonlyArray<readonly [ServiceItemCode, number, (r: Random) => string]> = [
  ['01', 0.2, (r) => `开展安全生产教育培训，参训${20 + Math.floor(r() * 120)}人`],
  ['02', 0.2, () => '开展施工现场安全风险辨识与评估'],
  ['03', 0.3, (r) => `开展生产安全事故隐患排查，发现隐患${Math.floor(r() * 12)}项`],
  ['04', 0.07, () => '指导施工现场安全生产标准化建设'],
  ['05', 0.15, (r) => `组织生产安全事故应急演练，参演${15 + Math.floor(r() * 80)}人`],
  ['06', 0.04, () => '推广应用塔式起重机安全监控系统'],
  ['07', 0.04, () => `${SERVICE_ITEMS['07']}：编制冬季施工安全防范指引`],
];
const FEE_COUNTS = [0.25, 0.3, 0.25, 0.2];
/** Projects of 1亿元 and more choose the higher limits more often. */
const LARGE_FEN = 10_000_000_000n;
const PLAN_CHOICE: ReadonlyArray<readonly [string, number]> = [
  ['A', 0.25],
  ['B', 0.4],
  ['C', 0.35],
];
const PLAN_CHOICE_LARGE: ReadonlyArray<readonly [string, number]> = [
  ['A', 0.5],
  ['B', 0.35],
  ['C', 0.15],
];

// ---------- time ----------

const dayOf = (date: string) => Date.parse(date) / DAY;
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const beijingDay = (ms: number) => Math.floor((ms + BEIJING) / DAY);
const between = (r: Random, min: number, max: number) => min + r() * (max - min);

/** The same Beijing day as `ms`, in office hours (08:30–17:30), kept within [lo, hi] (lo wins). */
function office(r: Random, ms: number, lo: number, hi: number): number {
  const t = beijingDay(ms) * DAY - BEIJING + (510 + Math.floor(r() * 540)) * MINUTE;
  return Math.max(lo, Math.min(hi, t));
}

/** `n` working days (Monday–Friday, Beijing) after `ms`, same time of day. Holidays are not known to the demo. */
function addWorkingDays(ms: number, n: number): number {
  let t = ms;
  for (let k = 0; k < n;) {
    t += DAY;
    const weekday = new Date(t + BEIJING).getUTCDay();
    if (weekday !== 0 && weekday !== 6) k++;
  }
  return t;
}

/** A prevention-fee entry's amount: `share` (≤ 4 decimals) of the premium, rounded down to 分 (exact). */
export function preventionFeeFen(premiumFen: bigint, share: string): bigint {
  const [whole = '0', fraction = ''] = share.split('.');
  const tenThousandths = BigInt(whole) * 10_000n + BigInt(fraction.padEnd(4, '0').slice(0, 4) || '0');
  return (premiumFen * tenThousandths) / 10_000n;
}

// ---------- the generator ----------

/** FNV-1a of a string: a seed that belongs to the string. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The `k`-th id belonging to `parent` (a policy's 顺延 and fee entries): stable whatever else is drawn. The parent's
 * id with its last 48 bits mixed with k, so two children collide only if their parents share the other 80 bits (a
 * child drawn from a 32-bit PRNG state collided: the bench world's ~430,000 fee entries repeated ids).
 */
function childId(parent: string, k: number): string {
  const node = BigInt(`0x${parent.slice(24)}`) ^ ((BigInt(k + 1) * 0x9e3779b97f4an) & 0xffffffffffffn);
  return `${parent.slice(0, 24)}${node.toString(16).padStart(12, '0')}`;
}

/** The enterprise's worst accident of the previous year: its own, the same in each of its applications. */
function accidentGrade(enterpriseId: string): DemoAccidentGrade {
  const u = hash32(enterpriseId) / 4294967296;
  return u < 0.88 ? 'NONE' : u < 0.97 ? 'GENERAL' : u < 0.995 ? 'LARGER' : 'MAJOR';
}

function floating(plan: DemoPlan, grade: DemoAccidentGrade): { ratio: string; reason: string } {
  const ratio = plan.floatingRates.find((f) => f.accidentGrade === grade)?.ratio ?? '0';
  const percent = Math.round(Math.abs(Number(ratio)) * 100);
  const change = Number(ratio) === 0 ? '保费不浮动' : `保费${Number(ratio) < 0 ? '下浮' : '上浮'}${percent}%`;
  return { ratio, reason: `${GRADE_REASONS[grade]}，${change}` };
}

const beijingStamp = (ms: number) => new Date(ms + BEIJING).toISOString().replace(/[-:]/g, '');

/**
 * The underwriting state of each of `projects` (in their order), on `now`: lazily, so the bench world's 500,000
 * projects never sit in memory. `insurers` are drawn by marketShare, brokers among the insurer's partners, plans
 * A/B/C by cost; `now` should be after the projects were recorded (the demo world's last are of 2026-09-26).
 */
export function* demoInsurance(
  projects: Iterable<DemoProject>,
  insurers: readonly DemoInsurer[],
  brokers: readonly DemoBroker[],
  plans: readonly DemoPlan[],
  now: Date,
  seed = 2032,
): Generator<DemoInsurance> {
  if (!insurers.length || !plans.length) throw new Error('demoInsurance needs insurers and plans');
  const nowMs = now.getTime();
  const today = beijingDay(nowMs);
  const partners = new Map(insurers.map((i) => [i.id, brokers.filter((b) => b.partnerIds.includes(i.id))]));
  const planByCode = new Map(plans.map((p) => [p.code, p]));
  const serials = new Map(insurers.map((i) => [i.id, 10_000]));
  let issued = 0;
  let index = 0;

  for (const project of projects) {
    // Each project draws from a stream of its own: what one project gets never shifts another's.
    const r = prng((seed ^ Math.imul(++index, 0x9e3779b1)) >>> 0);
    const enterprise = project.constructor;
    const active = project.status !== 'COMPLETED';
    const stateDraw = r();
    const state: DemoInsuranceState = !enterprise.registered
      ? 'UNINSURED'
      : active
        ? weighted(
            () => stateDraw,
            ACTIVE_STATES,
            (s) => s[1],
          )[0]
        : stateDraw < COMPLETED_ISSUED
          ? 'ISSUED'
          : 'UNINSURED';
    const insurer = weighted(r, insurers, (i) => i.marketShare);
    const brokerDraw = r();
    const candidates = partners.get(insurer.id) ?? [];
    const broker =
      brokerDraw < BROKERED && candidates.length ? weighted(r, candidates, (b) => b.brokerShare) : null;
    const [code] = weighted(r, project.costFen >= LARGE_FEN ? PLAN_CHOICE_LARGE : PLAN_CHOICE, (c) => c[1]);
    const plan = planByCode.get(code) ?? pick(r, plans);
    const ids = { application: uuid(r), policy: uuid(r) };
    const contactPhone = r() < 0.75 ? enterprise.profile.contactMobile : mobile(r);
    if (state === 'UNINSURED') {
      yield { project, state, application: null, policy: null };
      continue;
    }

    const grade = accidentGrade(enterprise.id);
    const history: DemoApplicationChange[] = [];
    const change = (
      action: DemoApplicationAction,
      at: number,
      fromStatus: DemoApplicationStatus | null,
      toStatus: DemoApplicationStatus | null,
      note: string | null = null,
    ) => {
      const actorOrganisationId =
        action === 'REVIEW_OVERDUE'
          ? null
          : action === 'APPROVED' || action === 'REJECTED' || action === 'ISSUED'
            ? insurer.id
            : enterprise.id;
      history.push({ action, at: new Date(at), actorOrganisationId, fromStatus, toStatus, note });
    };
    const recorded = project.createdAt.getTime();
    // Times of the application's steps: each after the one before, in office hours, none after `ceiling`.
    let ceiling = nowMs - MINUTE;
    const after = (prev: number, span: number) => office(r, prev + r() * span, prev + 5 * MINUTE, ceiling);

    let submittedAt: number | null = null;
    let reviewDueAt: number | null = null;
    let reviewedAt: number | null = null;
    let reviewOpinion: string | null = null;
    let overdue = false;
    let createdAt: number;
    const submit = (at: number, from: DemoApplicationStatus) => {
      submittedAt = at;
      reviewDueAt = addWorkingDays(at, REVIEW_WORKING_DAYS);
      change('SUBMITTED', at, from, 'SUBMITTED');
    };
    const review = (at: number, to: 'APPROVED' | 'REJECTED', opinion: string | null) => {
      if (reviewDueAt !== null && at > reviewDueAt)
        change('REVIEW_OVERDUE', reviewDueAt, 'SUBMITTED', 'SUBMITTED');
      reviewedAt = at;
      reviewOpinion = opinion;
      change(to, at, 'SUBMITTED', to, opinion);
    };
    const reviewSpan = () => Math.max(HOUR, (reviewDueAt ?? 0) - (submittedAt ?? 0)) * 0.9;

    let policy: DemoPolicy | null = null;
    if (state === 'ISSUED') {
      // Insured before work starts (or, for a project not started by `now`, by now).
      const start = dayOf(project.plannedStart) * DAY;
      ceiling = Math.min(start + 10 * HOUR, nowMs - MINUTE);
      const window = Math.max(4 * HOUR, ceiling - recorded);
      createdAt = office(r, recorded + r() * window * 0.4, recorded + 30 * MINUTE, ceiling);
      change('SAVED', createdAt, null, 'DRAFT');
      submit(after(createdAt, Math.min(2 * DAY, window * 0.15)), 'DRAFT');
      if (r() < REJECTED_BEFORE) {
        review(after(submittedAt!, reviewSpan()), 'REJECTED', pick(r, REJECTIONS));
        submit(after(reviewedAt!, 2 * DAY), 'REJECTED');
      }
      review(after(submittedAt!, reviewSpan()), 'APPROVED', pick(r, APPROVALS));
      const issuedAt = after(reviewedAt!, 3 * DAY);
      change('ISSUED', issuedAt, 'APPROVED', 'ISSUED');

      const effective = Math.max(dayOf(project.plannedStart), beijingDay(issuedAt) + 1);
      let expiry = Math.max(dayOf(project.plannedEnd), effective + 30);
      const extensions: DemoPolicyExtension[] = [];
      // A project still under way past its planned end: mostly 顺延 (some to within 30 days), else 已过期.
      if (active && expiry < today && r() < EXTENDED) {
        const to = today + (r() < 0.12 ? 1 + Math.floor(r() * EXPIRING_DAYS) : 31 + Math.floor(r() * 270));
        const at = office(r, (expiry - 1 - Math.floor(r() * 20)) * DAY, issuedAt + HOUR, nowMs - MINUTE);
        extensions.push({
          id: childId(ids.policy, 0),
          fromExpiryDate: dateOf(expiry),
          toExpiryDate: dateOf(to),
          reason: pick(r, EXTENSION_REASONS),
          at: new Date(at),
        });
        expiry = to;
      }
      const preventionFees: DemoPreventionFee[] = [];
      const count = weighted(r, [0, 1, 2, 3], (n) => FEE_COUNTS[n]!);
      const lastFeeDay = Math.min(expiry, today - 1);
      for (let k = 0; k < count && lastFeeDay >= effective; k++) {
        const [serviceItem, , note] = weighted(r, FEE_ITEMS, (f) => f[1]);
        const day = effective + Math.floor(r() * (lastFeeDay - effective + 1));
        preventionFees.push({
          id: childId(ids.policy, 1 + k),
          date: dateOf(day),
          serviceItem,
          share: (0.01 + Math.floor(r() * 401) / 10_000).toFixed(4),
          note: note(r),
          recordedAt: new Date(office(r, (day + Math.floor(r() * 4)) * DAY, day * DAY, nowMs - MINUTE)),
        });
      }
      preventionFees.sort((a, b) => a.date.localeCompare(b.date));

      const serial = serials.get(insurer.id)! + 1;
      serials.set(insurer.id, serial);
      const stamp = beijingStamp(issuedAt);
      // A multiplicative hash of the running count: 7 hex digits, distinct for the first 2^28 policies.
      const hex = ((Math.imul(++issued, 0x2545f491) ^ seed) & 0x0fffffff)
        .toString(16)
        .toUpperCase()
        .padStart(7, '0');
      policy = {
        id: ids.policy,
        applicationId: ids.application,
        projectId: project.id,
        organisationId: enterprise.id,
        divisionCode: project.divisionCode,
        enterpriseName: enterprise.name,
        insurerId: insurer.id,
        brokerId: broker?.id ?? null,
        planId: plan.id,
        policyNumber: `${insurer.policyPrefix}${stamp.slice(0, 4)}${project.divisionCode.slice(0, 4)}${String(serial).padStart(10, '0')}`,
        ownerUnit: project.ownerUnit,
        projectName: project.name,
        projectCode: project.code,
        effectiveDate: dateOf(effective),
        expiryDate: dateOf(expiry),
        issuedAt: new Date(issuedAt),
        ledgerNumber: `CB-${stamp.slice(0, 8)}-${stamp.slice(9, 15)}-${hex}`,
        extensions,
        preventionFees,
      };
    } else if (state === 'DRAFT') {
      createdAt = office(r, nowMs - between(r, 0.2, 25) * DAY, recorded + 30 * MINUTE, nowMs - 2 * HOUR);
      change('SAVED', createdAt, null, 'DRAFT');
      if (r() < 0.4) change('SAVED', after(createdAt, nowMs - createdAt), 'DRAFT', 'DRAFT');
    } else if (state === 'WITHDRAWN') {
      // 撤回 is open to a 待复审 application only, before the insurer decides.
      createdAt = office(r, nowMs - between(r, 5, 90) * DAY, recorded + 30 * MINUTE, nowMs - DAY);
      change('SAVED', createdAt, null, 'DRAFT');
      submit(after(createdAt, 2 * DAY), 'DRAFT');
      const span = Math.min(reviewSpan(), nowMs - submittedAt!);
      change('WITHDRAWN', after(submittedAt!, span), 'SUBMITTED', 'WITHDRAWN', pick(r, WITHDRAWALS));
    } else {
      // SUBMITTED (待复审, some past the deadline), REJECTED (复审不通过, with the opinion) or APPROVED (可出单).
      const back =
        state === 'SUBMITTED' ? between(r, 0.05, 7) : between(r, 1, state === 'REJECTED' ? 30 : 20);
      const submitted = office(r, nowMs - back * DAY, recorded + HOUR, nowMs - 10 * MINUTE);
      createdAt = office(r, submitted - r() * 3 * DAY, recorded + 30 * MINUTE, submitted - 5 * MINUTE);
      change('SAVED', createdAt, null, 'DRAFT');
      submit(submitted, 'DRAFT');
      if (state === 'SUBMITTED') {
        if (reviewDueAt! < nowMs) {
          overdue = true;
          change('REVIEW_OVERDUE', reviewDueAt!, 'SUBMITTED', 'SUBMITTED');
        }
      } else {
        const opinion = state === 'REJECTED' ? pick(r, REJECTIONS) : pick(r, APPROVALS);
        review(after(submitted, Math.min(reviewSpan(), nowMs - submitted)), state, opinion);
      }
    }

    const reviewed = state === 'APPROVED' || state === 'ISSUED';
    const { ratio, reason } = floating(plan, grade);
    const application: DemoApplication = {
      id: ids.application,
      projectId: project.id,
      organisationId: enterprise.id,
      divisionCode: project.divisionCode,
      projectName: project.name,
      projectCode: project.code,
      costFen: project.costFen,
      enterpriseName: enterprise.name,
      enterpriseUscc: enterprise.uscc,
      insurerId: insurer.id,
      brokerId: broker?.id ?? null,
      planId: plan.id,
      planCode: plan.code,
      contactPhone,
      agreementAccepted: state !== 'DRAFT' || r() < 0.5,
      status: state,
      accidentGrade: grade,
      floatingRatio: reviewed ? ratio : '0',
      floatingReason: reviewed ? reason : null,
      reviewOpinion,
      submittedAt: submittedAt === null ? null : new Date(submittedAt),
      reviewDueAt: reviewDueAt === null ? null : new Date(reviewDueAt),
      overdue,
      reviewedAt: reviewedAt === null ? null : new Date(reviewedAt),
      createdAt: new Date(createdAt),
      updatedAt: history[history.length - 1]!.at,
      history,
    };
    yield { project, state, application, policy };
  }
}
