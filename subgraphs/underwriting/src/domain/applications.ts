// 在线填报 → 提交保单 → 复审 (通过 / 不通过) → …, and 撤回: each transition guarded (who, from which state), recorded in
// the application's history and published, in one transaction. The rules they apply are pure (application-status.ts,
// application-rules.ts, premium.ts); reads and writes are the repositories'.
import { badInput, conflict, forbidden, notFound, readOptionalText, readId } from '@anze/domain';
import { hasRole, maskPhone } from '@anze/auth';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IInsuranceApplication } from './application.entity.ts';
import {
  addApplication,
  findApplication,
  isConcurrentUpdate,
  isOpenApplicationConflict,
  openApplicationOf,
  recordHistory,
} from './application.repository.ts';
import {
  findInsuredProject,
  findKnownDocuments,
  findParty,
  isPartnership,
  partnerBrokersOf,
} from './read-models.repository.ts';
import { assertAddressedInsurer, assertApplicant, mayRevealContact } from './access.ts';
import { transition } from './application-status.ts';
import {
  checkDocuments,
  readContactPhone,
  readDocumentIds,
  type ApplicationInput,
} from './application-rules.ts';
import { planForApplication } from './plans.ts';
import { findPlan } from './plan.repository.ts';
import { quotePremium, readFloatingRatio } from './premium.ts';
import { addWorkingDays } from './calendar.ts';
import { policyStatus } from './policy-status.ts';
import { currentPolicyOf } from './policy.repository.ts';
import type { Actor, PublishFact } from './context.ts';

const STALE = '投保单已被修改，请刷新后重试';
const INSURABLE_PROJECT = new Set(['UNDER_CONSTRUCTION', 'SUSPENDED']);

/** Who besides the enterprise reads an application's documents: the insurer, the broker, the insurer's partners. */
export async function readersOf(
  em: EntityManager,
  app: Pick<IInsuranceApplication, 'insurerId' | 'brokerId'>,
) {
  const brokers = await partnerBrokersOf(em, app.insurerId);
  return [...new Set([app.insurerId, ...(app.brokerId ? [app.brokerId] : []), ...brokers])];
}

async function parties(a: Actor, input: ApplicationInput) {
  const insurerId = readId(input.insurerId, 'input.insurerId', '保险机构不存在');
  const brokerId = input.brokerId ? readId(input.brokerId, 'input.brokerId', '经纪公司不存在') : null;
  const insurer = await findParty(a.em, insurerId);
  if (!insurer || insurer.organisationType !== 'INSURER' || insurer.registrationStatus !== 'APPROVED')
    throw badInput('请选择平台上的保险机构', 'input.insurerId');
  if (brokerId) {
    const broker = await findParty(a.em, brokerId);
    if (!broker || broker.organisationType !== 'BROKER' || broker.registrationStatus !== 'APPROVED')
      throw badInput('请选择平台上的经纪公司', 'input.brokerId');
    if (!(await isPartnership(a.em, brokerId, insurerId)))
      throw badInput(`${insurer.name}不是${broker.name}的合作保险机构`, 'input.insurerId');
  }
  return { insurerId, brokerId };
}

async function insurableProject(a: Actor, projectId: string) {
  const project = await findInsuredProject(a.em, readId(projectId, 'input.projectId', '项目不存在'));
  if (!project) throw notFound('项目不存在');
  assertApplicant(a.viewer, project);
  if (!INSURABLE_PROJECT.has(project.status)) throw conflict('只有在建或停工的项目可以投保');
  return project;
}

async function assertNoPolicyInForce(a: Actor, projectId: string): Promise<void> {
  const policy = await currentPolicyOf(a.em, projectId);
  if (!policy) return;
  const status = policyStatus(policy, a.now(), a.rules);
  if (status === 'PENDING' || status === 'ACTIVE')
    throw conflict(`该项目已投保（保单号 ${policy.policyNumber}），保单即将到期时可续保`);
}

/** 保存: a new draft, or changes to a draft or a 复审不通过 application. */
export async function saveApplication(
  a: Actor,
  id: string | null | undefined,
  version: number | null | undefined,
  input: ApplicationInput,
): Promise<IInsuranceApplication> {
  if (!(a.viewer.kind === 'user' && hasRole(a.viewer, 'ENTERPRISE')))
    throw forbidden('只有建筑施工企业可以投保');
  const project = await insurableProject(a, input.projectId);
  const enterprise = await findParty(a.em, project.organisationId);
  if (!enterprise || enterprise.registrationStatus !== 'APPROVED')
    throw forbidden('企业注册审核通过后才能在线填报');
  const { insurerId, brokerId } = await parties(a, input);
  const plan = await planForApplication(
    a,
    readId(input.planId, 'input.planId', '方案不存在'),
    project.divisionCode,
  );
  const typed = input.contactPhone.trim();
  const documents = readDocumentIds(input.documents);
  checkDocuments(
    documents,
    await findKnownDocuments(a.em, Object.values(documents)),
    project.organisationId,
    false,
  );
  const quote = quotePremium(plan, project.costFen, '0');
  const data = {
    projectId: project.id,
    organisationId: project.organisationId,
    divisionCode: project.divisionCode,
    projectName: project.name,
    projectCode: project.code,
    costFen: project.costFen,
    enterpriseName: enterprise.name,
    enterpriseUscc: enterprise.uscc,
    insurerId,
    brokerId,
    planId: plan.id,
    planCode: plan.code,
    documents,
    agreementAccepted: input.agreementAccepted === true,
  };
  try {
    return await a.em.transactional(async (em) => {
      if (!id) {
        await assertNoPolicyInForce(a, project.id);
        const existing = await openApplicationOf(em, project.id);
        if (existing) throw conflict('该项目已有未完成的投保单，请在原投保单上继续办理');
        const app = addApplication(em, {
          ...data,
          contactPhone: readContactPhone(typed),
          status: 'DRAFT',
          floatingRatio: '0',
          floatingReason: null,
          quoteFen: quote.premiumFen,
          implausible: quote.implausible,
          reviewOpinion: null,
          submittedAt: null,
          reviewDueAt: null,
          overdue: false,
          reviewedAt: null,
          reviewedBy: null,
          policyId: null,
        });
        await em.flush();
        recordHistory(em, a.viewer, { applicationId: app.id, action: 'SAVED', toStatus: 'DRAFT' });
        return app;
      }
      const app = await ownApplication(a, em, id, version);
      transition(app.status, 'save');
      if (app.projectId !== project.id) throw badInput('投保单的项目不能更改', 'input.projectId');
      // A rejected application keeps the insurer's floating ratio; the quote follows the (possibly new) plan.
      const q = quotePremium(plan, project.costFen, plan.id === app.planId ? app.floatingRatio : '0');
      em.assign(app, {
        ...data,
        // Answers mask the phone (PIPL); the form sends the masked value back when the enterprise did not change it.
        contactPhone: typed === maskPhone(app.contactPhone) ? app.contactPhone : readContactPhone(typed),
        floatingRatio: q.floatingRatio,
        quoteFen: q.premiumFen,
        implausible: q.implausible,
      });
      recordHistory(em, a.viewer, {
        applicationId: app.id,
        action: 'SAVED',
        fromStatus: app.status,
        toStatus: app.status,
      });
      return app;
    });
  } catch (e) {
    if (isOpenApplicationConflict(e)) throw conflict('该项目已有未完成的投保单，请在原投保单上继续办理');
    if (isConcurrentUpdate(e)) throw conflict(STALE, 'version');
    throw e;
  }
}

async function ownApplication(a: Actor, em: EntityManager, id: string, version?: number | null) {
  const app = await findApplication(em, readId(id, 'id', '投保单不存在'), { lock: true });
  if (!app) throw notFound('投保单不存在');
  assertApplicant(a.viewer, app);
  if (version !== undefined && version !== null && app.version !== version) throw conflict(STALE, 'version');
  return app;
}

/** 提交保单: every document and the 用户协议; the review deadline becomes a durable job. */
export async function submitApplication(
  a: Actor,
  id: string,
  version: number,
): Promise<IInsuranceApplication> {
  return a.em.transactional(async (em) => {
    const app = await ownApplication(a, em, id, version);
    const to = transition(app.status, 'submit');
    checkDocuments(
      app.documents,
      await findKnownDocuments(em, Object.values(app.documents)),
      app.organisationId,
      true,
    );
    if (!app.agreementAccepted) throw badInput('请阅读并勾选同意《用户协议》', 'input.agreementAccepted');
    const project = await findInsuredProject(em, app.projectId);
    if (!project || !INSURABLE_PROJECT.has(project.status)) throw conflict('只有在建或停工的项目可以投保');
    const plan = await planForApplication(a, app.planId, app.divisionCode);
    const q = quotePremium(plan, project.costFen, app.floatingRatio);
    const now = a.now();
    const from = app.status;
    em.assign(app, {
      status: to,
      costFen: project.costFen,
      quoteFen: q.premiumFen,
      implausible: q.implausible,
      submittedAt: now,
      reviewDueAt: addWorkingDays(now, a.rules.reviewWorkingDays, a.rules.timeZone, a.rules.holidays),
      overdue: false,
    });
    recordHistory(em, a.viewer, {
      applicationId: app.id,
      action: 'SUBMITTED',
      fromStatus: from,
      toStatus: to,
    });
    await a.scheduleReviewDeadline(em, app.id, app.reviewDueAt!);
    a.publish(
      em,
      { type: 'application.submitted', application: app, readers: await readersOf(em, app) },
      a.viewer,
    );
    return app;
  });
}

export async function withdrawApplication(
  a: Actor,
  id: string,
  reason: string | null | undefined,
): Promise<IInsuranceApplication> {
  const note = readOptionalText(reason, { field: 'reason', label: '撤回原因', max: 500 });
  return a.em.transactional(async (em) => {
    const app = await ownApplication(a, em, id);
    const from = app.status;
    app.status = transition(from, 'withdraw');
    app.overdue = false;
    recordHistory(em, a.viewer, {
      applicationId: app.id,
      action: 'WITHDRAWN',
      fromStatus: from,
      toStatus: app.status,
      note,
    });
    a.publish(
      em,
      { type: 'application.withdrawn', application: app, readers: await readersOf(em, app) },
      a.viewer,
    );
    return app;
  });
}

export interface ReviewInput {
  decision: 'APPROVE' | 'REJECT';
  opinion?: string | null;
  floatingRatio?: string | null;
  floatingReason?: string | null;
}

/** 审核 by the addressed insurer: 复审通过 / 复审不通过 with 审核意见, the floating ratio within the plan's range. */
export async function reviewApplication(
  a: Actor,
  id: string,
  version: number,
  input: ReviewInput,
): Promise<IInsuranceApplication> {
  const opinion = readOptionalText(input.opinion, { field: 'input.opinion', label: '审核意见', max: 500 });
  const floatingReason = readOptionalText(input.floatingReason, {
    field: 'input.floatingReason',
    label: '浮动原因',
    max: 500,
  });
  return a.em.transactional(async (em) => {
    const app = await findApplication(em, readId(id, 'id', '投保单不存在'), { lock: true });
    if (!app || app.status === 'DRAFT') throw notFound('投保单不存在');
    assertAddressedInsurer(a.viewer, app);
    if (app.version !== version) throw conflict(STALE, 'version');
    const from = app.status;
    const to = transition(from, input.decision === 'APPROVE' ? 'approve' : 'reject');
    if (to === 'REJECTED' && !opinion)
      throw badInput('复审不通过时请填写审核意见（不通过原因）', 'input.opinion');
    if (from === 'APPROVED' && !opinion)
      throw badInput('变更审核结论时请在审核意见中说明原因', 'input.opinion');
    if (from === 'APPROVED' && to === 'APPROVED' && input.floatingRatio === undefined)
      throw conflict('该投保单已复审通过');
    const plan = await findPlan(em, app.planId);
    if (!plan) throw notFound('方案不存在');
    const ratio =
      input.floatingRatio === undefined || input.floatingRatio === null
        ? app.floatingRatio
        : readFloatingRatio(plan, input.floatingRatio, 'input.floatingRatio');
    if (ratio !== app.floatingRatio && ratio !== '0' && !floatingReason)
      throw badInput('调整浮动比例时请填写原因（如上一年度事故情况）', 'input.floatingReason');
    const q = quotePremium(plan, app.costFen, ratio);
    em.assign(app, {
      status: to,
      reviewOpinion: opinion,
      floatingRatio: q.floatingRatio,
      floatingReason: ratio === '0' ? null : (floatingReason ?? app.floatingReason),
      quoteFen: q.premiumFen,
      implausible: q.implausible,
      reviewedAt: a.now(),
      reviewedBy: a.viewer.kind === 'user' ? a.viewer.userId : null,
      overdue: false,
    });
    recordHistory(em, a.viewer, {
      applicationId: app.id,
      action: from === 'APPROVED' ? 'DECISION_CHANGED' : to === 'APPROVED' ? 'APPROVED' : 'REJECTED',
      fromStatus: from,
      toStatus: to,
      note:
        [opinion, ratio !== '0' ? `浮动比例 ${ratio}${floatingReason ? `：${floatingReason}` : ''}` : null]
          .filter(Boolean)
          .join('；') || null,
    });
    const readers = await readersOf(em, app);
    a.publish(
      em,
      {
        type: to === 'APPROVED' ? 'application.approved' : 'application.rejected',
        application: app,
        readers,
      },
      a.viewer,
    );
    return app;
  });
}

/** 查看完整信息: the full 联系电话, recorded in the application's history each time. */
export async function revealContact(a: Actor, id: string): Promise<string> {
  return a.em.transactional(async (em) => {
    const app = await findApplication(em, readId(id, 'id', '投保单不存在'));
    if (!app) throw notFound('投保单不存在');
    if (!mayRevealContact(a.viewer, app)) throw forbidden('无权查看完整联系电话');
    recordHistory(em, a.viewer, { applicationId: app.id, action: 'CONTACT_REVEALED' });
    return app.contactPhone;
  });
}

/**
 * The 复审期限 job: an application still 待复审 after its deadline is marked overdue and announced, once — a second
 * run (another replica, a retry) finds it marked and does nothing.
 */
export async function markReviewOverdue(
  em: EntityManager,
  publish: PublishFact,
  applicationId: string,
  now: Date,
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const app = await findApplication(tx, applicationId, { lock: true });
    if (!app || app.status !== 'SUBMITTED' || app.overdue || !app.reviewDueAt || app.reviewDueAt > now)
      return false;
    app.overdue = true;
    const viewer = {
      kind: 'client',
      clientId: 'review-deadline',
      roles: [],
      scopes: [],
      jurisdiction: null,
    } as const;
    recordHistory(tx, viewer, {
      applicationId: app.id,
      action: 'REVIEW_OVERDUE',
      fromStatus: 'SUBMITTED',
      toStatus: 'SUBMITTED',
    });
    publish(
      tx,
      { type: 'application.review_overdue', application: app, readers: await readersOf(tx, app) },
      viewer,
    );
    return true;
  });
}
