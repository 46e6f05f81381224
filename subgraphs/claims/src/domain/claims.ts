// 报案 / 新增理赔 → 受理 → 已决 | 拒赔, 补充材料, 重新受理 and 更正: each guarded (who, from which state), recorded in the
// claim's history and published, in one transaction with the request's EntityManager (so an Idempotency-Key covers
// it). The rules they apply are pure (claim-status.ts, claim-rules.ts, grade.ts); reads and writes are the
// repositories'.
import { badInput, conflict, fenToYuan, notFound, readId, readOptionalText, readText } from '@anze/domain';
import { accidentCategoryLabel } from '@anze/dictionaries';
import { systemViewer } from '@anze/auth';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IClaim } from './claim.entity.ts';
import type { IClaimPolicy } from './policy.entity.ts';
import type { Actor, PublishFact } from './context.ts';
import { CORRECTABLE_FIELDS, REMARK_MAX, type CorrectableField } from './dictionaries.ts';
import { transition } from './claim-status.ts';
import { accidentGrade } from './grade.ts';
import {
  checkSettlement,
  claimNumber,
  policyFieldsOf,
  dayOf,
  isLateReport,
  readAmount,
  readCount,
  readDate,
  readOptionalAmount,
} from './claim-rules.ts';
import { assertClaimEnterprise, assertClaimInsurer, reporterKind } from './access.ts';
import { findPolicy } from './read-models.repository.ts';
import {
  addClaim,
  findClaim,
  hasSameAccident,
  isClaimNumberConflict,
  isConcurrentUpdate,
  recordCorrection,
  recordHistory,
  settledTotalOf,
} from './claim.repository.ts';

const STALE = '理赔信息已被修改，请刷新后重试';

export interface ReportClaimInput {
  policyId: string;
  accidentDate: string;
  accidentPlace: string;
  description: string;
  categoryCode: string;
  injuredCount: number;
  deathCount: number;
  estimatedLossYuan: string;
  directLossYuan?: string | null;
  reportedDate?: string | null;
  remark?: string | null;
}

const remarkRule = (field: string) => ({ field, label: '备注', max: REMARK_MAX });

/** The grade from the claim's figures: 伤残人数 counted as serious injuries, 直接经济损失 if given, else 估损金额. */
function gradeOf(c: Pick<IClaim, 'deathCount' | 'injuredCount' | 'directLossFen' | 'estimatedLossFen'>) {
  return accidentGrade({
    deaths: c.deathCount,
    seriousInjuries: c.injuredCount,
    directLossFen: c.directLossFen ?? c.estimatedLossFen,
  });
}

function readReportedDate(
  a: Actor,
  kind: 'ENTERPRISE' | 'INSURER',
  value: string | null | undefined,
  today: string,
) {
  if (value === null || value === undefined) return today;
  const day = readDate(value, 'input.reportedDate');
  // The enterprise reports today; only the insurer enters a claim reported to it earlier (新增理赔 提交日期).
  if (kind === 'ENTERPRISE' && day !== today)
    throw badInput('提交日期为报案当日，由平台记录', 'input.reportedDate');
  if (day > today) throw badInput('提交日期不能晚于今天', 'input.reportedDate');
  return day;
}

/** 报案 by the enterprise on its own policy, or 新增理赔 by the policy's insurer. */
export async function reportClaim(a: Actor, input: ReportClaimInput): Promise<IClaim> {
  const policy = await findPolicy(a.em, readId(input.policyId, 'input.policyId', '保单不存在'));
  if (!policy) throw notFound('保单不存在');
  const kind = reporterKind(a.viewer, policy);
  const today = dayOf(a.now(), a.rules.timeZone);
  const accidentDate = readDate(input.accidentDate, 'input.accidentDate');
  if (accidentDate > today) throw badInput('出险日期不能晚于今天', 'input.accidentDate');
  if (accidentDate < policy.effectiveDate || accidentDate > policy.expiryDate)
    throw badInput(
      `出险日期应在保险期间内（${policy.effectiveDate} 至 ${policy.expiryDate}）`,
      'input.accidentDate',
    );
  const reportedDate = readReportedDate(a, kind, input.reportedDate, today);
  if (reportedDate < accidentDate) throw badInput('提交日期不能早于出险日期', 'input.reportedDate');
  const standard = a.rules.categoryStandard;
  if (!accidentCategoryLabel(standard, input.categoryCode))
    throw badInput(`请选择${standard}中的事故类别`, 'input.categoryCode');
  const figures = {
    injuredCount: readCount(input.injuredCount, 'input.injuredCount', '伤残人数'),
    deathCount: readCount(input.deathCount, 'input.deathCount', '死亡人数'),
    estimatedLossFen: readAmount(input.estimatedLossYuan, 'input.estimatedLossYuan', '估损金额'),
    directLossFen: readOptionalAmount(input.directLossYuan, 'input.directLossYuan', '直接经济损失'),
  };
  const texts = {
    accidentPlace: readText(input.accidentPlace, {
      field: 'input.accidentPlace',
      label: '出险地点',
      max: 200,
    }),
    description: readText(input.description, { field: 'input.description', label: '事故经过', max: 2000 }),
    remark: readOptionalText(input.remark, remarkRule('input.remark')),
  };
  try {
    return await a.em.transactional(async (em) => {
      const key = {
        policyId: policy.id,
        accidentDate,
        categoryStandard: standard,
        categoryCode: input.categoryCode,
      };
      const claim = addClaim(em, {
        ...key,
        ...figures,
        ...texts,
        ...policyFieldsOf(policy),
        claimNumber: claimNumber(today),
        status: 'REPORTED',
        reportedDate,
        settledDate: null,
        settledAmountFen: null,
        declineReason: null,
        grade: gradeOf(figures),
        lateReported: isLateReport(accidentDate, reportedDate, a.rules.reportingDays),
        likelyDuplicate: await hasSameAccident(em, key),
        supplementNote: null,
        acceptedAt: null,
        decisionDueAt: null,
        reportedBy: kind,
      });
      await em.flush();
      recordHistory(em, a.viewer, { claimId: claim.id, action: 'REPORTED', toStatus: 'REPORTED' });
      a.publish(em, { type: 'claim.reported', claim }, a.viewer);
      return claim;
    });
  } catch (e) {
    if (isClaimNumberConflict(e)) throw conflict('理赔编号冲突，请重新提交');
    throw e;
  }
}

/** The claim, locked until the transaction ends: its steps happen one after the other. */
async function lockedClaim(em: EntityManager, id: string): Promise<IClaim> {
  const claim = await findClaim(em, readId(id, 'id', '理赔不存在'), { lock: true });
  if (!claim) throw notFound('理赔不存在');
  return claim;
}

function assertVersion(claim: IClaim, version: number): void {
  if (claim.version !== version) throw conflict(STALE, 'version');
}

/** One guarded step of the insurer (or, for 补充材料, the enterprise) on a claim, in one transaction. */
async function step(
  a: Actor,
  id: string,
  version: number,
  guard: 'insurer' | 'enterprise',
  change: (em: EntityManager, claim: IClaim) => Promise<void>,
): Promise<IClaim> {
  try {
    return await a.em.transactional(async (em) => {
      const claim = await lockedClaim(em, id);
      if (guard === 'insurer') assertClaimInsurer(a.viewer, claim);
      else assertClaimEnterprise(a.viewer, claim);
      assertVersion(claim, version);
      await change(em, claim);
      return claim;
    });
  } catch (e) {
    if (isConcurrentUpdate(e)) throw conflict(STALE, 'version');
    throw e;
  }
}

function decisionDue(a: Actor, from: Date): Date {
  return new Date(from.getTime() + a.rules.decisionDays * 86_400_000);
}

async function startDecisionClock(a: Actor, em: EntityManager, claim: IClaim): Promise<void> {
  const now = a.now();
  claim.acceptedAt = now;
  claim.decisionDueAt = decisionDue(a, now);
  claim.overdue = false;
  await a.scheduleDecisionDeadline(em, claim.id, claim.decisionDueAt);
}

/** 受理 (REPORTED → ACCEPTED) and 重新受理 (SETTLED → ACCEPTED, with the reason): the decision deadline starts. */
function openForDecision(
  a: Actor,
  id: string,
  version: number,
  action: 'accept' | 'reopen',
  note: string | null,
): Promise<IClaim> {
  return step(a, id, version, 'insurer', async (em, claim) => {
    const from = claim.status;
    claim.status = transition(from, action);
    await startDecisionClock(a, em, claim);
    recordHistory(em, a.viewer, {
      claimId: claim.id,
      action: action === 'accept' ? 'ACCEPTED' : 'REOPENED',
      fromStatus: from,
      toStatus: claim.status,
      note,
    });
    a.publish(em, { type: action === 'accept' ? 'claim.accepted' : 'claim.reopened', claim }, a.viewer);
  });
}

export function acceptClaim(a: Actor, id: string, version: number): Promise<IClaim> {
  return openForDecision(a, id, version, 'accept', null);
}

/** 要求补充材料: back to the enterprise with a note; the state stays. */
export function requestSupplement(a: Actor, id: string, version: number, note: string): Promise<IClaim> {
  const text = readText(note, { field: 'note', label: '补充材料说明', max: 500 });
  return step(a, id, version, 'insurer', async (em, claim) => {
    transition(claim.status, 'requestSupplement');
    claim.supplementRequested = true;
    claim.supplementNote = text;
    recordHistory(em, a.viewer, { claimId: claim.id, action: 'SUPPLEMENT_REQUESTED', note: text });
    a.publish(em, { type: 'claim.supplement_requested', claim }, a.viewer);
  });
}

/** 提交补充材料: the enterprise answers an open request. */
export function provideSupplement(a: Actor, id: string, version: number, note: string): Promise<IClaim> {
  const text = readText(note, { field: 'note', label: '补充说明', max: 500 });
  return step(a, id, version, 'enterprise', async (em, claim) => {
    transition(claim.status, 'provideSupplement');
    if (!claim.supplementRequested) throw conflict('保险机构未要求补充材料');
    claim.supplementRequested = false;
    recordHistory(em, a.viewer, { claimId: claim.id, action: 'SUPPLEMENT_PROVIDED', note: text });
    a.publish(em, { type: 'claim.supplement_provided', claim }, a.viewer);
  });
}

/** The policy (locked: one settlement of a policy at a time) and what its other claims are settled at. */
async function settlementContext(em: EntityManager, claim: IClaim): Promise<[IClaimPolicy, bigint]> {
  const policy = await findPolicy(em, claim.policyId, { lock: true });
  if (!policy) throw notFound('保单不存在');
  return [policy, await settledTotalOf(em, policy.id, claim.id)];
}

/** 已决: ACCEPTED → SETTLED with the amount and the date, within the plan's limits. */
export function settleClaim(
  a: Actor,
  id: string,
  version: number,
  input: { amountYuan: string; settledDate: string; remark?: string | null },
): Promise<IClaim> {
  const amountFen = readAmount(input.amountYuan, 'input.amountYuan', '已决金额');
  if (amountFen === 0n) throw badInput('已决金额应大于0；不予赔付请选择拒赔', 'input.amountYuan');
  const settledDate = readDate(input.settledDate, 'input.settledDate');
  const remark = readOptionalText(input.remark, remarkRule('input.remark'));
  return step(a, id, version, 'insurer', async (em, claim) => {
    const from = claim.status;
    const to = transition(from, 'settle');
    if (settledDate < claim.accidentDate) throw badInput('已决日期不能早于出险日期', 'input.settledDate');
    if (settledDate > dayOf(a.now(), a.rules.timeZone))
      throw badInput('已决日期不能晚于今天', 'input.settledDate');
    const [policy, elsewhere] = await settlementContext(em, claim);
    checkSettlement(policy, {
      ...claim,
      amountFen,
      settledElsewhereFen: elsewhere,
      field: 'input.amountYuan',
    });
    const before = claim.settledAmountFen ?? null;
    Object.assign(claim, {
      status: to,
      settledAmountFen: amountFen,
      settledDate,
      supplementRequested: false,
      overdue: false,
      ...(remark !== null ? { remark } : {}),
    });
    recordHistory(em, a.viewer, {
      claimId: claim.id,
      action: 'SETTLED',
      fromStatus: from,
      toStatus: to,
      note: `已决金额 ${fenToYuan(amountFen)} 元${before !== null ? `（原 ${fenToYuan(before)} 元）` : ''}，已决日期 ${settledDate}`,
    });
    a.publish(em, { type: 'claim.settled', claim }, a.viewer);
  });
}

/** 拒赔: REPORTED or ACCEPTED → DECLINED with the reason. */
export function declineClaim(a: Actor, id: string, version: number, reason: string): Promise<IClaim> {
  const text = readText(reason, { field: 'reason', label: '拒赔原因', max: 500 });
  return step(a, id, version, 'insurer', async (em, claim) => {
    const from = claim.status;
    const to = transition(from, 'decline');
    // Money already paid stays paid: a reopened settlement ends in a new 已决, not in a refusal.
    if (claim.settledAmountFen != null) throw conflict('该理赔已有赔款，重新受理后只能重新结案（已决）');
    Object.assign(claim, { status: to, declineReason: text, supplementRequested: false, overdue: false });
    recordHistory(em, a.viewer, {
      claimId: claim.id,
      action: 'DECLINED',
      fromStatus: from,
      toStatus: to,
      note: text,
    });
    a.publish(em, { type: 'claim.declined', claim }, a.viewer);
  });
}

/** 重新受理: a settled claim is examined again; the amount paid stays until it is settled again. */
export function reopenClaim(a: Actor, id: string, version: number, reason: string): Promise<IClaim> {
  const text = readText(reason, { field: 'reason', label: '重新受理原因', max: 500 });
  return openForDecision(a, id, version, 'reopen', text);
}

export interface CorrectClaimInput {
  injuredCount?: number | null;
  deathCount?: number | null;
  estimatedLossYuan?: string | null;
  directLossYuan?: string | null;
  settledAmountYuan?: string | null;
  reason: string;
}

type Corrections = Partial<
  Pick<IClaim, 'injuredCount' | 'deathCount' | 'estimatedLossFen' | 'directLossFen' | 'settledAmountFen'>
>;

function readCorrections(input: CorrectClaimInput): Corrections {
  const c: Corrections = {};
  if (input.injuredCount != null)
    c.injuredCount = readCount(input.injuredCount, 'input.injuredCount', '伤残人数');
  if (input.deathCount != null) c.deathCount = readCount(input.deathCount, 'input.deathCount', '死亡人数');
  if (input.estimatedLossYuan != null)
    c.estimatedLossFen = readAmount(input.estimatedLossYuan, 'input.estimatedLossYuan', '估损金额');
  if (input.directLossYuan != null)
    c.directLossFen = readAmount(input.directLossYuan, 'input.directLossYuan', '直接经济损失');
  if (input.settledAmountYuan != null)
    c.settledAmountFen = readAmount(input.settledAmountYuan, 'input.settledAmountYuan', '已决金额');
  return c;
}

const FIELD_OF: Record<keyof Corrections, CorrectableField> = {
  injuredCount: 'injuredCount',
  deathCount: 'deathCount',
  estimatedLossFen: 'estimatedLossYuan',
  directLossFen: 'directLossYuan',
  settledAmountFen: 'settledAmountYuan',
};

const shown = (v: bigint | number | null | undefined) =>
  v === null || v === undefined ? null : typeof v === 'bigint' ? fenToYuan(v) : String(v);

/** 更正: the figures change only here, each recorded with its reason; grade and limits follow the new figures. */
export function correctClaim(
  a: Actor,
  id: string,
  version: number,
  input: CorrectClaimInput,
): Promise<IClaim> {
  const reason = readText(input.reason, { field: 'input.reason', label: '更正原因', max: 500 });
  const wanted = readCorrections(input);
  return step(a, id, version, 'insurer', async (em, claim) => {
    transition(claim.status, 'correct');
    if (wanted.settledAmountFen !== undefined && claim.status !== 'SETTLED')
      throw badInput('只有已决的理赔可以更正已决金额', 'input.settledAmountYuan');
    if (wanted.settledAmountFen === 0n) throw badInput('已决金额应大于0', 'input.settledAmountYuan');
    const changed = (Object.keys(wanted) as Array<keyof Corrections>).filter((k) => wanted[k] !== claim[k]);
    if (changed.length === 0) throw badInput('没有需要更正的内容', 'input');
    const next = { ...claim, ...wanted };
    if (next.settledAmountFen != null && claim.status === 'SETTLED') {
      const [policy, elsewhere] = await settlementContext(em, claim);
      checkSettlement(policy, {
        ...next,
        amountFen: next.settledAmountFen,
        settledElsewhereFen: elsewhere,
        field: wanted.settledAmountFen !== undefined ? 'input.settledAmountYuan' : 'input',
      });
    }
    for (const k of changed)
      recordCorrection(em, a.viewer, {
        claimId: claim.id,
        field: FIELD_OF[k],
        fromValue: shown(claim[k]),
        toValue: shown(wanted[k]),
        reason,
      });
    Object.assign(claim, wanted, { grade: gradeOf(next) });
    const fields = changed.map((k) => FIELD_OF[k]);
    recordHistory(em, a.viewer, {
      claimId: claim.id,
      action: 'CORRECTED',
      note: `更正${fields.map((f) => CORRECTABLE_FIELDS[f]).join('、')}：${reason}`,
    });
    a.publish(em, { type: 'claim.corrected', claim, fields }, a.viewer);
  });
}

const DEADLINE_VIEWER = systemViewer('claim-decision-deadline');

/**
 * The decision-deadline job: a claim still 已受理 after its deadline is marked overdue and announced, once — a second
 * run (another replica, a retry) or a run for an older deadline (the claim was reopened since) does nothing.
 */
export async function markDecisionOverdue(
  em: EntityManager,
  publish: PublishFact,
  claimId: string,
  now: Date,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const claim = await findClaim(tx, claimId, { lock: true });
    if (
      !claim ||
      claim.status !== 'ACCEPTED' ||
      claim.overdue ||
      !claim.decisionDueAt ||
      claim.decisionDueAt > now
    )
      return false;
    claim.overdue = true;
    recordHistory(tx, DEADLINE_VIEWER, { claimId: claim.id, action: 'DECISION_OVERDUE' });
    publish(tx, { type: 'claim.decision_overdue', claim }, DEADLINE_VIEWER);
    return true;
  });
}
