// underwriting's small dictionaries, with the manuals' Chinese labels. GraphQL enums carry the values.
export { SERVICE_ITEMS, SERVICE_ITEM_CODES, isServiceItem, type ServiceItemCode } from '@anze/dictionaries';

export const APPLICATION_STATUSES = {
  DRAFT: '草稿',
  SUBMITTED: '待复审',
  APPROVED: '复审通过',
  REJECTED: '复审不通过',
  ISSUED: '已投保',
  WITHDRAWN: '已撤回',
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;
export const APPLICATION_STATUS_VALUES = Object.keys(APPLICATION_STATUSES) as ApplicationStatus[];
/** An application in one of these blocks another for the same project. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
];

/** 投保状态 of a project (the regulator's filter): 未投保 / 待复审 / 复审不通过 / 可出单 / 已投保, and the enterprise's 草稿. */
export const INSURANCE_STATUSES = {
  UNINSURED: '未投保',
  DRAFT: '草稿',
  SUBMITTED: '待复审',
  REJECTED: '复审不通过',
  APPROVED: '可出单',
  INSURED: '已投保',
} as const;
export type InsuranceStatus = keyof typeof INSURANCE_STATUSES;
export const INSURANCE_STATUS_VALUES = Object.keys(INSURANCE_STATUSES) as InsuranceStatus[];

export const POLICY_STATUSES = {
  PENDING: '未生效',
  ACTIVE: '有效',
  EXPIRING: '即将到期',
  EXPIRED: '已过期',
} as const;
export type PolicyStatus = keyof typeof POLICY_STATUSES;

export const ACCIDENT_HISTORY_GRADES = {
  NONE: '上一年度无事故',
  GENERAL: '一般事故',
  LARGER: '较大事故',
  MAJOR: '重大及以上事故',
} as const;
export type AccidentHistoryGrade = keyof typeof ACCIDENT_HISTORY_GRADES;
export const ACCIDENT_HISTORY_GRADE_VALUES = Object.keys(ACCIDENT_HISTORY_GRADES) as AccidentHistoryGrade[];

/** The application's document slots (在线填报), each with the documents kind it must have and its label. */
export const APPLICATION_DOCUMENTS = {
  businessLicense: { kind: 'BUSINESS_LICENSE', label: '营业执照' },
  contract: { kind: 'CONTRACT', label: '项目合同或中标通知' },
  legalRepIdEmblem: { kind: 'LEGAL_REP_ID_EMBLEM', label: '法定代表人身份证国徽面' },
  legalRepIdPortrait: { kind: 'LEGAL_REP_ID_PORTRAIT', label: '法定代表人身份证人像面' },
  safetyLicense: { kind: 'SAFETY_LICENSE', label: '安全生产许可证' },
  qualification: { kind: 'QUALIFICATION', label: '施工企业资质' },
  agreement: { kind: 'AGREEMENT', label: '用户协议' },
} as const;
export type ApplicationDocumentSlot = keyof typeof APPLICATION_DOCUMENTS;
export const APPLICATION_DOCUMENT_SLOTS = Object.keys(APPLICATION_DOCUMENTS) as ApplicationDocumentSlot[];
export type ApplicationDocumentIds = Partial<Record<ApplicationDocumentSlot, string>>;

export const HISTORY_ACTIONS = {
  SAVED: '保存',
  SUBMITTED: '提交保单',
  APPROVED: '复审通过',
  REJECTED: '复审不通过',
  DECISION_CHANGED: '变更审核结论',
  WITHDRAWN: '撤回',
  ISSUED: '出单',
  REVIEW_OVERDUE: '复审超期',
  CONTACT_REVEALED: '查看完整联系电话',
} as const;
export type HistoryAction = keyof typeof HISTORY_ACTIONS;
