// The events underwriting publishes, as outside subscribers see them (docs/events/, `npm run events:catalogue`).
// application-events.ts writes exactly these payloads. No personal data: the 联系电话 of an application, names of
// people and file names stay in this database; documents travel as ids (documents grants readers from them).
import { defineEvent, field, type EventData } from '@anze/events';
import { APPLICATION_STATUS_VALUES, SERVICE_ITEM_CODES } from '../domain/dictionaries.ts';

const money = (description: string) =>
  field.string(`${description}（分，十进制整数字符串）/ in fen, a decimal integer string`, {
    pattern: '^\\d+$',
  });

/** What every application and policy event carries. */
const application = {
  applicationId: field.uuid('投保单 id / application id'),
  projectId: field.uuid('项目 id / project id'),
  projectCode: field.string('项目代码 / project code'),
  divisionCode: field.divisionCode('项目所在县级行政区划代码 / county of the site'),
  organisationId: field.uuid('投保企业 id / insured enterprise'),
  enterpriseUscc: field.uscc('投保企业统一社会信用代码 / USCC of the insured enterprise'),
  insurerId: field.uuid('保险机构 id / insurer'),
  brokerId: field.nullable(field.uuid('经纪公司 id / broker, if any')),
  planId: field.uuid('方案版本 id / plan version'),
  planCode: field.string('方案代码（A/B/C）/ plan code'),
  status: field.enumOf(APPLICATION_STATUS_VALUES, '投保单状态 / application status after the change'),
  quoteFen: money('预计保费 / quoted premium'),
  /**
   * Who may read the application's documents besides the enterprise: the insurer, the named broker and the brokers
   * partnering with the insurer (documents turns them into grants).
   */
  readerOrganisationIds: field.arrayOf(
    field.uuid(),
    '可查看资料的机构 / organisations that may read its documents',
  ),
  documentIds: field.arrayOf(field.uuid(), '投保资料 id / ids of the uploaded documents'),
};
const applicationIds = [
  'applicationId',
  'projectId',
  'projectCode',
  'divisionCode',
  'organisationId',
  'enterpriseUscc',
  'insurerId',
  'brokerId',
  'planId',
] as const;

export const APPLICATION_SUBMITTED = defineEvent({
  type: 'underwriting.application.submitted',
  version: 1,
  aggregate: 'application',
  title: '投保单已提交',
  summary: 'An enterprise submitted (or resubmitted after 复审不通过) an insurance application: now 待复审.',
  data: field.object({
    ...application,
    reviewDueAt: field.string('复审期限 / review deadline', { format: 'date-time' }),
  }),
  identifiers: applicationIds,
});

export const APPLICATION_APPROVED = defineEvent({
  type: 'underwriting.application.approved',
  version: 1,
  aggregate: 'application',
  title: '复审通过',
  summary:
    'The insurer approved the application (复审通过, 可出单); the floating ratio it set is in the payload.',
  data: field.object({
    ...application,
    floatingRatio: field.string('浮动比例 / floating ratio, e.g. -0.10'),
  }),
  identifiers: applicationIds,
});

export const APPLICATION_REJECTED = defineEvent({
  type: 'underwriting.application.rejected',
  version: 1,
  aggregate: 'application',
  title: '复审不通过',
  summary: 'The insurer rejected the application (复审不通过); the enterprise corrects and resubmits it.',
  data: field.object(application),
  identifiers: applicationIds,
});

export const APPLICATION_WITHDRAWN = defineEvent({
  type: 'underwriting.application.withdrawn',
  version: 1,
  aggregate: 'application',
  title: '投保单已撤回',
  summary: 'The enterprise withdrew its application while 待复审; the project may apply again.',
  data: field.object(application),
  identifiers: applicationIds,
});

export const APPLICATION_REVIEW_OVERDUE = defineEvent({
  type: 'underwriting.application.review_overdue',
  version: 1,
  aggregate: 'application',
  title: '复审超期',
  summary:
    'An application stayed 待复审 past its review deadline (published once, by the durable deadline job).',
  data: field.object({
    ...application,
    reviewDueAt: field.string('复审期限 / review deadline', { format: 'date-time' }),
  }),
  identifiers: applicationIds,
});

const policy = {
  ...application,
  policyId: field.uuid('保单 id / policy id'),
  policyNumber: field.string('保单号 / policy number (unique per insurer)'),
  projectName: field.string('项目名称（保单所载）/ project name as issued'),
  ledgerNumber: field.string('保单台帐项目号 / ledger number', { pattern: '^CB-\\d{8}-\\d{6}-[0-9A-F]{7}$' }),
  premiumFen: money('保费 / premium'),
  premiumImplausible: field.boolean(
    "保费超出方案合理范围（出单时已确认）/ premium outside the plan's plausible bounds, confirmed at issue",
  ),
  preventionBudgetFen: money('事故预防费预算 / prevention-fee budget'),
  effectiveDate: field.date('生效日期 / effective date'),
  expiryDate: field.date('终止日期 / expiry date'),
  issuedAt: field.string('承保时间 / issued at', { format: 'date-time' }),
  policyDocumentId: field.uuid('保单文件 id / policy document'),
  agreementDocumentId: field.uuid('协议文件 id / agreement document'),
  // The plan version's limits, so that claims can refuse a settlement beyond them without asking underwriting.
  deathDisabilityLimitFen: money('每人死亡伤残限额 / death or disability limit per person'),
  medicalLimitFen: money('每人医疗费用限额 / medical limit per person'),
  perAccidentLimitFen: money('每次事故限额 / limit per accident'),
  cumulativeLimitFen: money('累计限额 / cumulative limit of the policy'),
};
const policyIds = [...applicationIds, 'policyId', 'policyNumber', 'ledgerNumber'] as const;

export const POLICY_ISSUED = defineEvent({
  type: 'underwriting.policy.issued',
  version: 1,
  aggregate: 'policy',
  title: '保单已出具',
  summary: 'The insurer issued the policy (出单): the project is 已投保; the 台帐 row was written with it.',
  data: field.object(policy),
  identifiers: policyIds,
});

export const POLICY_EXTENDED = defineEvent({
  type: 'underwriting.policy.extended',
  version: 1,
  aggregate: 'policy',
  title: '保单已顺延',
  summary: "An endorsement moved the policy's expiry date (顺延) for an unfinished project.",
  data: field.object({ ...policy, previousExpiryDate: field.date('原终止日期 / expiry date before') }),
  identifiers: policyIds,
});

export const PREVENTION_FEE_RECORDED = defineEvent({
  type: 'underwriting.prevention_fee.recorded',
  version: 1,
  aggregate: 'policy',
  title: '事故预防费已登记',
  summary: 'The insurer booked a prevention-fee spending entry against a policy’s budget.',
  data: field.object({
    policyId: field.uuid('保单 id / policy id'),
    projectId: field.uuid('项目 id / project id'),
    divisionCode: field.divisionCode('项目所在县级行政区划代码 / county of the site'),
    insurerId: field.uuid('保险机构 id / insurer'),
    entryId: field.uuid('费用条目 id / entry id'),
    date: field.date('发生日期 / date of the spending'),
    serviceItem: field.enumOf(SERVICE_ITEM_CODES, '服务项目（AQ 9010）/ service item'),
    amountFen: money('金额 / amount'),
    budgetFen: money('预算 / budget'),
    spentFen: money('累计已用 / spent including this entry'),
  }),
  identifiers: ['policyId', 'projectId', 'divisionCode', 'insurerId', 'entryId'],
});

/** underwriting.application.* and underwriting.policy.*: the application's life, as projects and documents read it. */
export const APPLICATION_EVENTS = [
  APPLICATION_SUBMITTED,
  APPLICATION_APPROVED,
  APPLICATION_REJECTED,
  APPLICATION_WITHDRAWN,
  APPLICATION_REVIEW_OVERDUE,
] as const;
export const POLICY_EVENTS = [POLICY_ISSUED, POLICY_EXTENDED] as const;

export const UNDERWRITING_EVENT_CATALOGUE = [
  ...APPLICATION_EVENTS,
  ...POLICY_EVENTS,
  PREVENTION_FEE_RECORDED,
] as const;

export type UnderwritingEventType = (typeof UNDERWRITING_EVENT_CATALOGUE)[number]['type'];
export type ApplicationEventData = EventData<typeof APPLICATION_REJECTED>;
export type ApplicationSubmittedData = EventData<typeof APPLICATION_SUBMITTED>;
export type ApplicationApprovedData = EventData<typeof APPLICATION_APPROVED>;
export type PolicyIssuedData = EventData<typeof POLICY_ISSUED>;
export type PolicyExtendedData = EventData<typeof POLICY_EXTENDED>;
export type PreventionFeeRecordedData = EventData<typeof PREVENTION_FEE_RECORDED>;
