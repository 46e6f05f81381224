// The demo world's claims: about 3 % of the demo policies whose period has begun get one accident (a few a second),
// spread over the states, grades and categories, with settlements inside the plan's limits. Deterministic: the same
// policies (underwriting's seed draws them from @anze/demo the same way) give the same claims, ids included.
import type { DemoPlan, DemoPolicy } from '@anze/demo';
import { prng, uuid } from '@anze/demo/random';
import { fenToYuan } from '@anze/domain';
import type { IClaim, IClaimChange } from './domain/claim.entity.ts';
import type { IClaimPolicy } from './domain/policy.entity.ts';
import type { ClaimAction, ClaimStatus } from './domain/dictionaries.ts';
import { accidentGrade } from './domain/grade.ts';
import { claimNumber, dayOf, isLateReport, policyFieldsOf } from './domain/claim-rules.ts';

const DAY = 86_400_000;
const CLAIMED_SHARE = 0.03;
const SECOND_CLAIM_SHARE = 0.15;
/** Construction accidents by cause, roughly as reported: 高处坠落 first, then 物体打击, 坍塌, 起重, 机械, 触电 … */
const CATEGORIES: ReadonlyArray<[string, number]> = [
  ['09', 45],
  ['01', 15],
  ['10', 10],
  ['04', 9],
  ['03', 7],
  ['05', 5],
  ['02', 4],
  ['20', 5],
];
const STATES: ReadonlyArray<[ClaimStatus, number]> = [
  ['REPORTED', 15],
  ['ACCEPTED', 25],
  ['SETTLED', 50],
  ['DECLINED', 10],
];
const PLACES = [
  '主体结构施工层外脚手架',
  '基坑东侧支护处',
  '塔吊作业区',
  '地下室顶板',
  '临时用电配电箱旁',
  '施工现场出入口',
];
const STORIES: Record<string, string> = {
  '09': '作业人员在脚手架上作业时未系安全带，失足坠落',
  '01': '上层作业掉落的钢管击中下方作业人员',
  '10': '基坑边坡局部坍塌，掩埋作业人员',
  '04': '塔吊吊运钢筋时吊索断裂，物料坠落',
  '03': '钢筋切断机作业时操作人员手部受伤',
  '05': '临时用电线路破损，作业人员触电',
  '02': '场内运输车辆倒车时碰撞作业人员',
  '20': '作业人员搬运材料时摔倒受伤',
};

function weighted<T>(r: () => number, items: ReadonlyArray<[T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items.at(-1)![0];
}

export interface DemoClaim {
  policy: IClaimPolicy;
  claim: Omit<IClaim, 'createdAt' | 'updatedAt' | 'version'> & { createdAt: Date };
  history: Array<Omit<IClaimChange, 'id'>>;
}

/** The policy as underwriting's policy.issued event will describe it (the consumer later applies the same data). */
export function policyOf(p: DemoPolicy, plan: DemoPlan): IClaimPolicy {
  // What underwriting's policy event carries of a policy, less what claims does not keep.
  const {
    applicationId: _application,
    enterpriseName: _enterprise,
    planId: _plan,
    ownerUnit: _owner,
    issuedAt,
    ledgerNumber: _ledger,
    extensions: _extensions,
    preventionFees: _fees,
    ...kept
  } = p;
  return {
    ...kept,
    deathDisabilityLimitFen: plan.deathDisabilityLimitFen,
    medicalLimitFen: plan.medicalLimitFen,
    perAccidentLimitFen: plan.perAccidentLimitFen,
    cumulativeLimitFen: plan.cumulativeLimitFen,
    lastEventAt: issuedAt,
  };
}

function* claimsOf(r: () => number, policy: IClaimPolicy, now: Date, timeZone: string): Generator<DemoClaim> {
  const today = dayOf(now, timeZone);
  const first = Date.parse(`${policy.effectiveDate}T00:00:00Z`);
  const last = Math.min(Date.parse(`${policy.expiryDate}T00:00:00Z`), Date.parse(`${today}T00:00:00Z`) - DAY);
  if (last <= first) return;
  let settledElsewhere = 0n;
  const accidents = new Set<string>();
  const count = r() < SECOND_CLAIM_SHARE ? 2 : 1;
  for (let n = 0; n < count; n++) {
    const accidentMs = first + Math.floor(r() * ((last - first) / DAY)) * DAY;
    const accidentDate = new Date(accidentMs).toISOString().slice(0, 10);
    const deathDraw = r();
    const deathCount =
      deathDraw < 0.8 ? 0 : deathDraw < 0.95 ? 1 : deathDraw < 0.985 ? 2 : 3 + Math.floor(r() * 2);
    const injuredCount = Math.max(deathCount === 0 ? 1 : 0, Math.floor(r() * r() * 4));
    const persons = BigInt(deathCount + injuredCount);
    const perPerson = policy.deathDisabilityLimitFen + policy.medicalLimitFen;
    const estimatedLossFen = persons * BigInt(5 + Math.floor(r() * 55)) * 1_000_000n;
    const delay = r() < 0.1 ? 31 + Math.floor(r() * 30) : Math.floor(r() * 10);
    const reportedMs = Math.min(accidentMs + delay * DAY, Date.parse(`${today}T00:00:00Z`));
    const reportedDate = new Date(reportedMs).toISOString().slice(0, 10);
    let status = weighted(r, STATES);
    const categoryCode = weighted(r, CATEGORIES);
    const likelyDuplicate = accidents.has(`${accidentDate}/${categoryCode}`);
    accidents.add(`${accidentDate}/${categoryCode}`);
    const reportedBy = r() < 0.7 ? ('ENTERPRISE' as const) : ('INSURER' as const);
    const at = (days: number) =>
      new Date(Math.min(reportedMs + days * DAY + 9 * 3_600_000, now.getTime() - 60_000));
    const limit = [
      perPerson * persons,
      policy.perAccidentLimitFen,
      policy.cumulativeLimitFen - settledElsewhere,
    ];
    const cap = limit.reduce((a, b) => (a < b ? a : b));
    if (status === 'SETTLED' && cap <= 0n) status = 'DECLINED';
    const settledAmountFen =
      status === 'SETTLED'
        ? ((estimatedLossFen < cap ? estimatedLossFen : cap) / 100n) * (80n + BigInt(Math.floor(r() * 20)))
        : null;
    if (settledAmountFen) settledElsewhere += settledAmountFen;
    const acceptedAt = status === 'REPORTED' ? null : at(2);
    const decidedAt = status === 'SETTLED' || status === 'DECLINED' ? at(20) : null;
    const decisionDueAt =
      acceptedAt && status !== 'DECLINED' ? new Date(acceptedAt.getTime() + 30 * DAY) : null;
    const id = uuid(r);
    const step = (
      action: ClaimAction,
      when: Date,
      from: ClaimStatus | null,
      to: ClaimStatus | null,
      note: string | null,
    ) => ({
      claimId: id,
      action,
      at: when,
      actorUserId: null,
      actorOrganisationId:
        action === 'REPORTED' && reportedBy === 'ENTERPRISE' ? policy.organisationId : policy.insurerId,
      fromStatus: from,
      toStatus: to,
      note,
    });
    const history = [step('REPORTED', at(0), null, 'REPORTED', null)];
    if (acceptedAt) history.push(step('ACCEPTED', acceptedAt, 'REPORTED', 'ACCEPTED', null));
    if (status === 'SETTLED')
      history.push(
        step('SETTLED', decidedAt!, 'ACCEPTED', 'SETTLED', `已决金额 ${fenToYuan(settledAmountFen!)} 元`),
      );
    if (status === 'DECLINED')
      history.push(step('DECLINED', decidedAt!, 'ACCEPTED', 'DECLINED', '经查不属于保险责任范围'));
    yield {
      policy,
      history,
      claim: {
        id,
        claimNumber: claimNumber(reportedDate, id.slice(0, 6)),
        ...policyFieldsOf(policy),
        status,
        accidentDate,
        accidentPlace: PLACES[Math.floor(r() * PLACES.length)]!,
        description: STORIES[categoryCode]!,
        categoryStandard: 'GB/T 6441-1986',
        categoryCode,
        injuredCount,
        deathCount,
        estimatedLossFen,
        directLossFen: null,
        reportedDate,
        settledDate: decidedAt && status === 'SETTLED' ? dayOf(decidedAt, timeZone) : null,
        settledAmountFen,
        declineReason: status === 'DECLINED' ? '经查不属于保险责任范围' : null,
        remark: null,
        grade: accidentGrade({
          deaths: deathCount,
          seriousInjuries: injuredCount,
          directLossFen: estimatedLossFen,
        }),
        lateReported: isLateReport(accidentDate, reportedDate, 30),
        likelyDuplicate,
        supplementRequested: false,
        supplementNote: null,
        acceptedAt,
        decisionDueAt,
        overdue: status === 'ACCEPTED' && decisionDueAt !== null && decisionDueAt < now,
        reportedBy,
        createdAt: at(0),
      },
    };
  }
}

/** The claims of the demo policies, in the policies' order. */
export function* demoClaims(
  policies: Iterable<{ policy: DemoPolicy; plan: DemoPlan }>,
  now: Date,
  timeZone = 'Asia/Shanghai',
  seed = 2041,
): Generator<DemoClaim> {
  let index = 0;
  for (const { policy, plan } of policies) {
    // Each policy draws from a stream of its own: what one policy gets never shifts another's.
    const r = prng((seed ^ Math.imul(++index, 0x9e3779b1)) >>> 0);
    if (r() >= CLAIMED_SHARE) continue;
    yield* claimsOf(r, policyOf(policy, plan), now, timeZone);
  }
}
