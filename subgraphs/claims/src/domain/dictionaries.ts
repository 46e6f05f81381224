// The claim's vocabularies: states, grades, history actions and the fields a correction may change, with the Chinese
// labels the screens show.
export const CLAIM_STATUSES = {
  REPORTED: '已报案',
  ACCEPTED: '已受理',
  SETTLED: '已决',
  DECLINED: '拒赔',
} as const;
export type ClaimStatus = keyof typeof CLAIM_STATUSES;
export const CLAIM_STATUS_VALUES = Object.keys(CLAIM_STATUSES) as ClaimStatus[];

/** 国务院493号令《生产安全事故报告和调查处理条例》第三条. */
export const ACCIDENT_GRADES = {
  GENERAL: '一般事故',
  LARGER: '较大事故',
  MAJOR: '重大事故',
  EXTRAORDINARY: '特别重大事故',
} as const;
export type AccidentGrade = keyof typeof ACCIDENT_GRADES;
export const ACCIDENT_GRADE_VALUES = Object.keys(ACCIDENT_GRADES) as AccidentGrade[];

export const CLAIM_ACTIONS = {
  REPORTED: '报案',
  ACCEPTED: '受理',
  SUPPLEMENT_REQUESTED: '要求补充材料',
  SUPPLEMENT_PROVIDED: '提交补充材料',
  SETTLED: '已决',
  DECLINED: '拒赔',
  REOPENED: '重新受理',
  CORRECTED: '更正',
  DECISION_OVERDUE: '决定超期',
} as const;
export type ClaimAction = keyof typeof CLAIM_ACTIONS;

export const CORRECTABLE_FIELDS = {
  injuredCount: '伤残人数',
  deathCount: '死亡人数',
  estimatedLossYuan: '估损金额',
  directLossYuan: '直接经济损失',
  settledAmountYuan: '已决金额',
} as const;
export type CorrectableField = keyof typeof CORRECTABLE_FIELDS;

export const REPORTER_KINDS = ['ENTERPRISE', 'INSURER'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** 备注 at most 500 characters, with the counter the manual shows (10 / 500). */
export const REMARK_MAX = 500;
