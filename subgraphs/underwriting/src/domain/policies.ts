// 出单 (提交), 顺延, and the refusal of 退保. Issuing is one atomic step: the policy, its 台帐 row, the application's
// 已投保 and the event commit together or not at all; the application's row lock and the unique application id on
// the policy make two tabs issuing at once give one policy.
import {
  badInput,
  conflict,
  fenToYuan,
  forbidden,
  isCalendarDate,
  notFound,
  parseYuan,
  readId,
  readText,
} from '@anze/domain';
import type { IPolicy } from './policy.entity.ts';
import { findApplication, isConcurrentUpdate, recordHistory } from './application.repository.ts';
import {
  addExtension,
  addLedgerEntry,
  addPolicy,
  findPolicy,
  isLedgerNumberConflict,
  isPolicyNumberConflict,
  policyNumberTaken,
} from './policy.repository.ts';
import { findInsuredProject, findKnownDocuments, findParties } from './read-models.repository.ts';
import { assertAddressedInsurer } from './access.ts';
import { transition } from './application-status.ts';
import { findPlan } from './plan.repository.ts';
import { planForApplication } from './plans.ts';
import { planLabel } from './plan-rules.ts';
import { preventionBudget, quotePremium } from './premium.ts';
import { ledgerNumber } from './ledger-number.ts';
import { readersOf } from './applications.ts';
import type { IKnownDocument } from './party.entity.ts';
import type { Actor } from './context.ts';

export const NO_SURRENDER = '安责险保单不得退保（应急〔2025〕27号），如需调整请办理批改';

export interface IssuePolicyInput {
  ownerUnit: string;
  projectName: string;
  projectCode: string;
  planId?: string | null;
  premiumYuan: string;
  premiumReason?: string | null;
  effectiveDate: string;
  expiryDate: string;
  policyNumber: string;
  policyDocumentId: string;
  agreementDocumentId: string;
  agreementAccepted: boolean;
  confirmImplausible?: boolean | null;
}

const POLICY_NUMBER = /^[A-Za-z0-9-]{4,64}$/;

function checkPolicyFile(
  doc: IKnownDocument | undefined,
  insurerId: string,
  kind: string,
  label: string,
  field: string,
) {
  if (!doc) throw badInput(`${label}尚在处理中，请稍后再试或重新上传`, field);
  if (doc.ownerOrganisationId !== insurerId || doc.deleted)
    throw badInput(`${label}不存在或不属于本机构`, field);
  if (doc.kind !== kind) throw badInput(`所选文件不是${label}`, field);
  if (doc.contentType !== 'application/pdf') throw badInput(`${label}应为 PDF 文件`, field);
}

export async function issuePolicy(
  a: Actor,
  applicationId: string,
  version: number,
  input: IssuePolicyInput,
): Promise<IPolicy> {
  const ownerUnit = readText(input.ownerUnit, { field: 'input.ownerUnit', label: '建设单位名称', max: 200 });
  const projectName = readText(input.projectName, {
    field: 'input.projectName',
    label: '项目名称',
    max: 200,
  });
  const projectCode = readText(input.projectCode, { field: 'input.projectCode', label: '项目代码', max: 64 });
  const policyNumber = input.policyNumber.trim();
  if (!POLICY_NUMBER.test(policyNumber))
    throw badInput('保单号应为4至64位字母、数字或连字符', 'input.policyNumber');
  const premiumFen = parseYuan(input.premiumYuan);
  if (premiumFen === null || premiumFen <= 0n)
    throw badInput('保费应为大于0的金额（元），最多两位小数', 'input.premiumYuan');
  for (const [field, value] of [
    ['input.effectiveDate', input.effectiveDate],
    ['input.expiryDate', input.expiryDate],
  ])
    if (!isCalendarDate(value!)) throw badInput('日期格式错误，应为YYYY-MM-DD', field);
  if (input.expiryDate <= input.effectiveDate) throw badInput('终止日期应晚于生效日期', 'input.expiryDate');
  if (!input.agreementAccepted) throw badInput('请阅读并勾选同意《用户协议》', 'input.agreementAccepted');
  const policyDocumentId = readId(input.policyDocumentId, 'input.policyDocumentId', '保单文件不存在');
  const agreementDocumentId = readId(
    input.agreementDocumentId,
    'input.agreementDocumentId',
    '协议文件不存在',
  );
  const premiumReason = input.premiumReason?.trim() || null;
  try {
    return await a.em.transactional(async (em) => {
      const app = await findApplication(em, readId(applicationId, 'applicationId', '投保单不存在'), {
        lock: true,
      });
      if (!app || app.status === 'DRAFT') throw notFound('投保单不存在');
      assertAddressedInsurer(a.viewer, app);
      if (app.version !== version) throw conflict('投保单已被修改，请刷新后重试', 'version');
      const to = transition(app.status, 'issue');
      const plan = input.planId
        ? await planForApplication(a, readId(input.planId, 'input.planId', '方案不存在'), app.divisionCode)
        : await findPlan(em, app.planId);
      if (!plan) throw notFound('方案不存在');
      const quote = quotePremium(plan, app.costFen, app.floatingRatio);
      if (premiumFen !== quote.premiumFen && !premiumReason)
        throw badInput(
          `保费与预计保费（${fenToYuan(quote.premiumFen)} 元）不同，请填写调整原因`,
          'input.premiumReason',
        );
      const implausible = premiumFen < plan.minimumPremiumFen || premiumFen > plan.plausibleMaximumPremiumFen;
      if (implausible && !input.confirmImplausible)
        throw badInput(
          `保费 ${fenToYuan(premiumFen)} 元超出方案合理范围（${fenToYuan(plan.minimumPremiumFen)} 至 ${fenToYuan(plan.plausibleMaximumPremiumFen)} 元），请核对后确认`,
          'input.confirmImplausible',
        );
      const docs = new Map(
        (await findKnownDocuments(em, [policyDocumentId, agreementDocumentId])).map((d) => [d.id, d]),
      );
      checkPolicyFile(
        docs.get(policyDocumentId),
        app.insurerId,
        'POLICY',
        '保单文件',
        'input.policyDocumentId',
      );
      checkPolicyFile(
        docs.get(agreementDocumentId),
        app.insurerId,
        'AGREEMENT',
        '协议文件',
        'input.agreementDocumentId',
      );
      if (await policyNumberTaken(em, app.insurerId, policyNumber))
        throw conflict('保单号已存在，请核对', 'input.policyNumber');
      const names = new Map(
        (await findParties(em, [app.insurerId, ...(app.brokerId ? [app.brokerId] : [])])).map((p) => [
          p.id,
          p.name,
        ]),
      );
      const issuedAt = a.now();
      const number = ledgerNumber(issuedAt, a.rules.timeZone);
      const policy = addPolicy(em, {
        applicationId: app.id,
        projectId: app.projectId,
        organisationId: app.organisationId,
        divisionCode: app.divisionCode,
        enterpriseName: app.enterpriseName,
        insurerId: app.insurerId,
        brokerId: app.brokerId,
        planId: plan.id,
        policyNumber,
        ownerUnit,
        projectName,
        projectCode,
        premiumFen,
        quoteFen: quote.premiumFen,
        premiumReason: premiumFen === quote.premiumFen ? null : premiumReason,
        implausible,
        effectiveDate: input.effectiveDate,
        expiryDate: input.expiryDate,
        policyDocumentId,
        agreementDocumentId,
        issuedAt,
        issuedBy: a.viewer.kind === 'user' ? a.viewer.userId : null,
        preventionShare: a.rules.preventionShare,
        preventionBudgetFen: preventionBudget(premiumFen, a.rules.preventionShare),
        preventionSpentFen: 0n,
        ledgerNumber: number,
      });
      addLedgerEntry(em, {
        ledgerNumber: number,
        policyId: policy.id,
        createdAt: issuedAt,
        organisationId: app.organisationId,
        divisionCode: app.divisionCode,
        insurerId: app.insurerId,
        brokerId: app.brokerId,
        enterpriseName: app.enterpriseName,
        projectName,
        contactPhone: app.contactPhone,
        planLabel: planLabel(plan),
        policyNumber,
        premiumFen,
        implausible,
        insurerName: names.get(app.insurerId) ?? '',
        brokerName: app.brokerId ? (names.get(app.brokerId) ?? null) : null,
      });
      const from = app.status;
      em.assign(app, { status: to, policyId: policy.id, planId: plan.id, planCode: plan.code });
      recordHistory(em, a.viewer, {
        applicationId: app.id,
        action: 'ISSUED',
        fromStatus: from,
        toStatus: to,
        note: `保单号 ${policyNumber}，保费 ${fenToYuan(premiumFen)} 元${premiumReason && premiumFen !== quote.premiumFen ? `（${premiumReason}）` : ''}`,
      });
      await em.flush();
      a.publish(
        em,
        { type: 'policy.issued', application: app, policy, plan, readers: await readersOf(em, app) },
        a.viewer,
      );
      return policy;
    });
  } catch (e) {
    if (isPolicyNumberConflict(e)) throw conflict('保单号已存在，请核对', 'input.policyNumber');
    if (isLedgerNumberConflict(e)) throw conflict('台帐编号冲突，请重新提交');
    if (isConcurrentUpdate(e)) throw conflict('投保单已被修改，请刷新后重试', 'version');
    // Another tab issued the same application first: its policy stands (unique application id).
    if (e instanceof Error && /policy_application_id/.test(e.message)) throw conflict('该投保单已出单');
    throw e;
  }
}

async function insurersPolicy(a: Actor, policyId: string, lock = false): Promise<IPolicy> {
  const policy = await findPolicy(a.em, readId(policyId, 'policyId', '保单不存在'), { lock });
  if (!policy) throw notFound('保单不存在');
  assertAddressedInsurer(a.viewer, policy);
  return policy;
}

/** 顺延: a later 终止日期 for a project still under way, as an endorsement with its history. */
export async function extendPolicy(
  a: Actor,
  policyId: string,
  input: { expiryDate: string; reason: string },
): Promise<IPolicy> {
  const reason = readText(input.reason, { field: 'input.reason', label: '顺延原因', max: 500 });
  if (!isCalendarDate(input.expiryDate)) throw badInput('日期格式错误，应为YYYY-MM-DD', 'input.expiryDate');
  return a.em.transactional(async (em) => {
    const policy = await insurersPolicy({ ...a, em }, policyId, true);
    if (input.expiryDate <= policy.expiryDate)
      throw badInput(`顺延后的终止日期应晚于原终止日期（${policy.expiryDate}）`, 'input.expiryDate');
    const project = await findInsuredProject(em, policy.projectId);
    if (project?.status === 'COMPLETED') throw conflict('项目已竣工，保单不能顺延');
    const previousExpiryDate = policy.expiryDate;
    addExtension(em, {
      policyId: policy.id,
      fromExpiryDate: previousExpiryDate,
      toExpiryDate: input.expiryDate,
      reason,
      actorUserId: a.viewer.kind === 'user' ? a.viewer.userId : null,
    });
    policy.expiryDate = input.expiryDate;
    const app = await findApplication(em, policy.applicationId);
    if (!app) throw notFound('投保单不存在');
    const plan = await findPlan(em, policy.planId);
    if (!plan) throw notFound('方案不存在');
    a.publish(
      em,
      {
        type: 'policy.extended',
        application: app,
        policy,
        plan,
        readers: await readersOf(em, app),
        previousExpiryDate,
      },
      a.viewer,
    );
    return policy;
  });
}

/** 退保 is not allowed: the policy is checked (so a stranger learns nothing) and the answer is the rule. */
export async function surrenderPolicy(a: Actor, policyId: string): Promise<never> {
  const policy = await findPolicy(a.em, readId(policyId, 'policyId', '保单不存在'));
  if (!policy) throw notFound('保单不存在');
  if (a.viewer.kind !== 'user' || a.viewer.organisationId !== policy.insurerId)
    throw forbidden('无权操作该保单');
  throw conflict(NO_SURRENDER);
}
