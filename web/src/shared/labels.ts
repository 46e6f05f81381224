// Chinese labels for the English GraphQL enums (UI wording from the manuals).
import type {
  AccidentHistoryGrade,
  ApplicationStatus,
  AuditResult,
  InsuranceStatus,
  MajorHazardType,
  OrganisationType,
  PolicyStatus,
  ProjectCategory,
  ProjectStatus,
  RegistrationStatus,
  Role,
} from '../gql/graphql.ts';

export const ROLE_LABELS: Record<Role, string> = {
  ENTERPRISE: '建筑施工企业',
  INSURER: '保险机构',
  BROKER: '经纪公司',
  PREVENTION_ORG: '事故预防机构',
  EXPERT: '事故预防专家',
  REGULATOR: '职能部门',
  PLATFORM_ADMIN: '平台管理员',
  AUDITOR: '审计员',
  API_CLIENT: '第三方平台',
};

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  ENTERPRISE: '建筑施工企业',
  INSURER: '保险机构',
  BROKER: '经纪公司',
  PREVENTION_ORG: '事故预防机构',
  REGULATOR: '职能部门',
  PLATFORM: '平台运营方',
};

export const REGISTRATION_STATUS: Record<RegistrationStatus, { label: string; color: string }> = {
  PENDING: { label: '审核中', color: 'processing' },
  APPROVED: { label: '已通过', color: 'success' },
  REJECTED: { label: '已驳回', color: 'error' },
};

export const AUDIT_RESULT: Record<AuditResult, { label: string; color: string }> = {
  SUCCESS: { label: '成功', color: 'success' },
  FAILURE: { label: '失败', color: 'error' },
};

/** 项目状态 (the server also sends statusLabel; this serves the 状态 filter and the tag colour). */
export const PROJECT_STATUS: Record<ProjectStatus, { label: string; color: string }> = {
  UNDER_CONSTRUCTION: { label: '在建', color: 'processing' },
  SUSPENDED: { label: '停工', color: 'warning' },
  COMPLETED: { label: '竣工', color: 'success' },
};

/** 项目类别 (the server's projectCategories dictionary says the same; this serves values that arrive as codes). */
export const PROJECT_CATEGORY_LABELS: Record<ProjectCategory, string> = {
  BUILDING: '房屋建筑工程',
  MUNICIPAL: '市政公用工程',
  HIGHWAY: '公路工程',
  WATER_CONSERVANCY: '水利水电工程',
  RAILWAY: '铁路工程',
  PORT_WATERWAY: '港口与航道工程',
  POWER: '电力工程',
  OTHER: '其他',
};

/** 重大危险源类别 (as the majorHazardTypes dictionary). */
export const MAJOR_HAZARD_TYPE_LABELS: Record<MajorHazardType, string> = {
  DEEP_EXCAVATION: '深基坑工程',
  HIGH_FORMWORK: '高大模板工程',
  SCAFFOLDING: '脚手架工程',
  HOISTING: '起重吊装及安装拆卸工程',
  DEMOLITION: '拆除工程',
  UNDERGROUND_EXCAVATION: '暗挖工程',
  OTHER: '其他',
};

/** 投保单 status (the server sends statusLabel too; this serves the filters and the tag colour). */
export const APPLICATION_STATUS: Record<ApplicationStatus, { label: string; color: string }> = {
  DRAFT: { label: '草稿', color: 'default' },
  SUBMITTED: { label: '待复审', color: 'processing' },
  APPROVED: { label: '复审通过', color: 'cyan' },
  REJECTED: { label: '复审不通过', color: 'error' },
  ISSUED: { label: '已投保', color: 'success' },
  WITHDRAWN: { label: '已撤回', color: 'default' },
};

/** 投保状态 of a project: the regulator's filter (未投保 / 待复审 / 复审不通过 / 可出单 / 已投保) and the enterprise's 草稿. */
export const INSURANCE_STATUS: Record<InsuranceStatus, { label: string; color: string }> = {
  UNINSURED: { label: '未投保', color: 'default' },
  DRAFT: { label: '草稿', color: 'default' },
  SUBMITTED: { label: '待复审', color: 'processing' },
  REJECTED: { label: '复审不通过', color: 'error' },
  APPROVED: { label: '可出单', color: 'cyan' },
  INSURED: { label: '已投保', color: 'success' },
};

/** 保单状态, from its dates and the platform clock. */
export const POLICY_STATUS: Record<PolicyStatus, { label: string; color: string }> = {
  PENDING: { label: '未生效', color: 'default' },
  ACTIVE: { label: '有效', color: 'success' },
  EXPIRING: { label: '即将到期', color: 'warning' },
  EXPIRED: { label: '已过期', color: 'error' },
};

/** The enterprise's worst accident of the previous year, as the plans' floating tables read it. */
export const ACCIDENT_HISTORY_GRADE_LABELS: Record<AccidentHistoryGrade, string> = {
  NONE: '上一年度无事故',
  GENERAL: '一般事故',
  LARGER: '较大事故',
  MAJOR: '重大及以上事故',
};
