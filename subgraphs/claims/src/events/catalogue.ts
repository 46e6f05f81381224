// The events claims publishes, as outside subscribers see them (docs/events/, `npm run events:catalogue`).
// claims-events.ts writes exactly these payloads, on the subject of the project's county. No personal data: nothing
// about the injured or dead but their numbers; 出险地点, 事故经过, 备注 and every free-text reason stay in this database.
import { defineEvent, field, type EventData, type Schema } from '@anze/events';
import { ACCIDENT_CATEGORY_STANDARD_VALUES } from '@anze/dictionaries';
import {
  ACCIDENT_GRADE_VALUES,
  CLAIM_STATUS_VALUES,
  CORRECTABLE_FIELDS,
  REPORTER_KINDS,
} from '../domain/dictionaries.ts';

const money = (description: string) =>
  field.string(`${description}（分，十进制整数字符串）/ in fen, a decimal integer string`, {
    pattern: '^\\d+$',
  });

/** What every claim event carries: the claim as it is after the change. */
const claim = {
  claimId: field.uuid('理赔 id / claim id'),
  claimNumber: field.string('理赔编号 / claim number', { pattern: '^LP-\\d{8}-[0-9A-F]{6}$' }),
  policyId: field.uuid('保单 id / policy id'),
  policyNumber: field.string('保单号 / policy number'),
  projectId: field.uuid('项目 id / project id'),
  projectCode: field.string('项目代码 / project code'),
  divisionCode: field.divisionCode('项目所在县级行政区划代码 / county of the site'),
  organisationId: field.uuid('投保企业 id / insured enterprise'),
  insurerId: field.uuid('保险机构 id / insurer'),
  brokerId: field.nullable(field.uuid('经纪公司 id / broker, if any')),
  status: field.enumOf(CLAIM_STATUS_VALUES, '理赔状态 / claim status after the change'),
  accidentDate: field.date('出险日期 / date of the accident'),
  categoryStandard: field.enumOf(ACCIDENT_CATEGORY_STANDARD_VALUES, '事故类别标准 / classification standard'),
  categoryCode: field.string('事故类别代码 / accident category code in that standard'),
  injuredCount: field.integer('伤残人数 / injured or disabled persons', { minimum: 0 }),
  deathCount: field.integer('死亡人数 / deaths', { minimum: 0 }),
  estimatedLossFen: money('估损金额 / estimated loss'),
  directLossFen: field.nullable(money('直接经济损失 / direct economic loss, if reported')),
  settledAmountFen: field.nullable(money('已决金额 / settled amount')),
  settledDate: field.nullable(field.date('已决日期 / settlement date')),
  reportedDate: field.date('提交日期 / reported on'),
  grade: field.enumOf(ACCIDENT_GRADE_VALUES, '事故等级（国务院493号令）/ accident grade'),
  lateReported: field.boolean('逾期报案（出险后超过30日）/ reported more than 30 days after the accident'),
  likelyDuplicate: field.boolean('疑似重复报案 / same policy, day and category as an earlier claim'),
  reportedBy: field.enumOf(REPORTER_KINDS, '录入方 / entered by the enterprise (报案) or the insurer'),
};
const claimIds = [
  'claimId',
  'claimNumber',
  'policyId',
  'policyNumber',
  'projectId',
  'projectCode',
  'divisionCode',
  'organisationId',
  'insurerId',
  'brokerId',
] as const;

/** A claim event: the claim after the change, with what the type adds (the decision deadline, the fields corrected). */
function claimEvent<const T extends string, P extends Record<string, Schema<unknown>> = Record<never, never>>(
  type: T,
  title: string,
  summary: string,
  extra?: P,
) {
  return defineEvent({
    type,
    version: 1,
    aggregate: 'claim',
    title,
    summary,
    data: field.object({ ...claim, ...(extra as P) }),
    identifiers: claimIds,
  });
}
const withDeadline = {
  decisionDueAt: field.string('决定期限 / decision deadline', { format: 'date-time' }),
};

export const CLAIM_REPORTED = claimEvent(
  'claims.claim.reported',
  '已报案',
  'An accident was reported on a policy: by the enterprise (报案) or entered by the insurer (新增理赔); grade and flags computed.',
);
export const CLAIM_ACCEPTED = claimEvent(
  'claims.claim.accepted',
  '已受理',
  "The policy's insurer accepted the claim (受理); the decision deadline started.",
  withDeadline,
);
export const CLAIM_SUPPLEMENT_REQUESTED = claimEvent(
  'claims.claim.supplement_requested',
  '要求补充材料',
  'The insurer asked the enterprise for more material (补充材料); the note stays in claims.',
);
export const CLAIM_SUPPLEMENT_PROVIDED = claimEvent(
  'claims.claim.supplement_provided',
  '已提交补充材料',
  'The enterprise answered a request for more material.',
);
export const CLAIM_SETTLED = claimEvent(
  'claims.claim.settled',
  '已决',
  'The insurer settled the claim (已决) with an amount within the plan’s limits and a date.',
);
export const CLAIM_DECLINED = claimEvent(
  'claims.claim.declined',
  '拒赔',
  'The insurer declined the claim (拒赔); the reason stays in claims.',
);
export const CLAIM_REOPENED = claimEvent(
  'claims.claim.reopened',
  '重新受理',
  'A settled claim was reopened (已受理 again, a new decision deadline); the amount paid stays until it is settled again.',
  withDeadline,
);
export const CLAIM_CORRECTED = claimEvent(
  'claims.claim.corrected',
  '理赔已更正',
  'The insurer corrected figures of the claim (counts, 估损金额, 直接经济损失, 已决金额); the grade follows them.',
  {
    correctedFields: field.arrayOf(
      field.enumOf(Object.keys(CORRECTABLE_FIELDS) as Array<keyof typeof CORRECTABLE_FIELDS>),
      '更正的字段 / the fields corrected',
    ),
  },
);
export const CLAIM_DECISION_OVERDUE = claimEvent(
  'claims.claim.decision_overdue',
  '理赔决定超期',
  'A claim stayed 已受理 past its decision deadline (published once, by the durable deadline job).',
  withDeadline,
);

export const CLAIM_EVENTS = [
  CLAIM_REPORTED,
  CLAIM_ACCEPTED,
  CLAIM_SUPPLEMENT_REQUESTED,
  CLAIM_SUPPLEMENT_PROVIDED,
  CLAIM_SETTLED,
  CLAIM_DECLINED,
  CLAIM_REOPENED,
  CLAIM_CORRECTED,
  CLAIM_DECISION_OVERDUE,
] as const;

export const CLAIMS_EVENT_CATALOGUE = CLAIM_EVENTS;

export type ClaimsEventType = (typeof CLAIMS_EVENT_CATALOGUE)[number]['type'];
export type ClaimEventData = EventData<typeof CLAIM_REPORTED>;
export type ClaimWithDeadlineData = EventData<typeof CLAIM_ACCEPTED>;
export type ClaimCorrectedData = EventData<typeof CLAIM_CORRECTED>;
