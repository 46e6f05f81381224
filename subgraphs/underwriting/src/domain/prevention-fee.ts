// 事故预防费 (Benxi 安全服务费用台账): per policy a budget of premium × the province's share (at most 21 %,
// 应急〔2025〕27号); spending entries by the issuing insurer; an entry that would exceed the budget is refused with the
// figures.
import {
  badInput,
  conflict,
  fenToYuan,
  isCalendarDate,
  notFound,
  parseYuan,
  readId,
  readOptionalText,
} from '@anze/domain';
import type { IPolicy, IPreventionFeeEntry } from './policy.entity.ts';
import { addFeeEntry, feeEntriesOf, findPolicy } from './policy.repository.ts';
import { findKnownDocuments } from './read-models.repository.ts';
import { assertAddressedInsurer } from './access.ts';
import { isServiceItem } from './dictionaries.ts';
import { dayIn } from './calendar.ts';
import type { Actor } from './context.ts';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface PreventionFeeLedgerView {
  policy: IPolicy;
  entries: IPreventionFeeEntry[];
}

export interface PreventionFeeInput {
  date: string;
  serviceItem: string;
  amountYuan: string;
  evidenceDocumentId?: string | null;
  note?: string | null;
}

export async function feeLedger(em: EntityManager, policy: IPolicy): Promise<PreventionFeeLedgerView> {
  return { policy, entries: await feeEntriesOf(em, policy.id) };
}

export async function recordPreventionFee(
  a: Actor,
  policyId: string,
  input: PreventionFeeInput,
): Promise<IPreventionFeeEntry> {
  if (!isCalendarDate(input.date)) throw badInput('日期格式错误，应为YYYY-MM-DD', 'input.date');
  if (input.date > dayIn(a.now(), a.rules.timeZone)) throw badInput('发生日期不能晚于今天', 'input.date');
  if (!isServiceItem(input.serviceItem)) throw badInput('请选择服务项目', 'input.serviceItem');
  const amountFen = parseYuan(input.amountYuan);
  if (amountFen === null || amountFen <= 0n)
    throw badInput('金额应为大于0的金额（元），最多两位小数', 'input.amountYuan');
  const note = readOptionalText(input.note, { field: 'input.note', label: '备注', max: 500 });
  const evidenceDocumentId = input.evidenceDocumentId
    ? readId(input.evidenceDocumentId, 'input.evidenceDocumentId', '凭证文件不存在')
    : null;
  return a.em.transactional(async (em) => {
    const policy = await findPolicy(em, readId(policyId, 'policyId', '保单不存在'), { lock: true });
    if (!policy) throw notFound('保单不存在');
    assertAddressedInsurer(a.viewer, policy);
    if (input.date < policy.effectiveDate) throw badInput('发生日期不能早于保单生效日期', 'input.date');
    if (evidenceDocumentId) {
      const [doc] = await findKnownDocuments(em, [evidenceDocumentId]);
      if (!doc || doc.ownerOrganisationId !== policy.insurerId || doc.deleted)
        throw badInput('凭证文件不存在或不属于本机构', 'input.evidenceDocumentId');
    }
    const spent = policy.preventionSpentFen + amountFen;
    if (spent > policy.preventionBudgetFen)
      throw conflict(
        `超出事故预防费预算：预算 ${fenToYuan(policy.preventionBudgetFen)} 元，已用 ${fenToYuan(policy.preventionSpentFen)} 元，本次 ${fenToYuan(amountFen)} 元，剩余 ${fenToYuan(policy.preventionBudgetFen - policy.preventionSpentFen)} 元`,
        'input.amountYuan',
      );
    policy.preventionSpentFen = spent;
    const entry = addFeeEntry(em, {
      policyId: policy.id,
      date: input.date,
      serviceItem: input.serviceItem,
      amountFen,
      evidenceDocumentId,
      note,
      actorUserId: a.viewer.kind === 'user' ? a.viewer.userId : null,
    });
    await em.flush();
    a.publish(em, { type: 'prevention_fee.recorded', policy, entry }, a.viewer);
    return entry;
  });
}
