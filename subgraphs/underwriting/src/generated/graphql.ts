import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IInsurancePlan, RateTierRecord } from '../domain/plan.entity.ts';
import type { IInsuranceApplication, IApplicationChange } from '../domain/application.entity.ts';
import type { IPolicy, IPolicyExtension, ILedgerEntry, IPreventionFeeEntry } from '../domain/policy.entity.ts';
import type { PreventionFeeLedgerView } from '../domain/prevention-fee.ts';
import type { ApplicationDocumentIds } from '../domain/dictionaries.ts';
import type { IEnterpriseAccident } from '../domain/accident.entity.ts';
import type { ProjectRef } from '../resolvers/Project.ts';
import type { ProjectInsuranceView } from '../domain/project-insurance.ts';
import type { UnderwritingContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, YYYY-MM-DD (no time zone: 计划开工日期 is a day, not an instant). */
  Date: { input: string; output: string; }
  /** Date and time, ISO 8601 with offset. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The worst accident of the enterprise in the previous year, as the floating table reads it. */
export type AccidentHistoryGrade =
  /** 一般事故 */
  | 'GENERAL'
  /** 较大事故 */
  | 'LARGER'
  /** 重大及以上事故 */
  | 'MAJOR'
  /** 上一年度无事故 */
  | 'NONE';

/** The documents of an application (documents' ids; the gateway resolves them through documents). */
export type ApplicationDocuments = {
  __typename?: 'ApplicationDocuments';
  /** 用户协议 (signed, stamped, scanned PDF) */
  agreement?: Maybe<Document>;
  /** 营业执照 */
  businessLicense?: Maybe<Document>;
  /** 项目合同或中标通知 */
  contract?: Maybe<Document>;
  /** 法定代表人身份证国徽面 */
  legalRepIdEmblem?: Maybe<Document>;
  /** 法定代表人身份证人像面 */
  legalRepIdPortrait?: Maybe<Document>;
  /** 施工企业资质 */
  qualification?: Maybe<Document>;
  /** 安全生产许可证 */
  safetyLicense?: Maybe<Document>;
};

export type ApplicationDocumentsInput = {
  agreement?: InputMaybe<Scalars['ID']['input']>;
  businessLicense?: InputMaybe<Scalars['ID']['input']>;
  contract?: InputMaybe<Scalars['ID']['input']>;
  legalRepIdEmblem?: InputMaybe<Scalars['ID']['input']>;
  legalRepIdPortrait?: InputMaybe<Scalars['ID']['input']>;
  qualification?: InputMaybe<Scalars['ID']['input']>;
  safetyLicense?: InputMaybe<Scalars['ID']['input']>;
};

/** One entry of an application's history (audit): who did what, when, why. */
export type ApplicationEvent = {
  __typename?: 'ApplicationEvent';
  /** SAVED, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, ISSUED, REVIEW_OVERDUE, CONTACT_REVEALED */
  action: Scalars['String']['output'];
  /** In Chinese, e.g. 提交保单 */
  actionLabel: Scalars['String']['output'];
  actorOrganisationId?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<ApplicationStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  toStatus?: Maybe<ApplicationStatus>;
};

export type ApplicationFilter = {
  /** 行政区划代码 at any level (regulators: inside their jurisdiction). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 施工企业名称 contains */
  enterpriseName?: InputMaybe<Scalars['String']['input']>;
  insurerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only 待复审 past the deadline. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** 项目名称 contains */
  projectName?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};

export type ApplicationInput = {
  agreementAccepted: Scalars['Boolean']['input'];
  brokerId?: InputMaybe<Scalars['ID']['input']>;
  /** 联系电话 (mobile or landline) */
  contactPhone: Scalars['String']['input'];
  documents: ApplicationDocumentsInput;
  insurerId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};

export type ApplicationPage = {
  __typename?: 'ApplicationPage';
  items: Array<InsuranceApplication>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  /** 统计: per status over the same filter without its status. */
  statusCounts: Array<StatusCount>;
  total: Scalars['Int']['output'];
};

/** 投保状态 of an application. A project without an open application or policy is 未投保 (ProjectInsurance). */
export type ApplicationStatus =
  /** 复审通过 (可出单) */
  | 'APPROVED'
  /** 草稿 */
  | 'DRAFT'
  /** 已投保 */
  | 'ISSUED'
  /** 复审不通过 */
  | 'REJECTED'
  /** 待复审 */
  | 'SUBMITTED'
  /** 已撤回 */
  | 'WITHDRAWN';

export type Document = {
  __typename?: 'Document';
  id: Scalars['ID']['output'];
};

/** An accident of an enterprise as 事故 shows it (from claims' events; nothing about the persons but their numbers). */
export type EnterpriseAccident = {
  __typename?: 'EnterpriseAccident';
  /** 出险日期 */
  accidentDate: Scalars['Date']['output'];
  /** 事故类别 (its label in the claim's standard, e.g. GB/T 6441-1986 物体打击) */
  categoryLabel: Scalars['String']['output'];
  /** The claim's id in claims. */
  claimId: Scalars['ID']['output'];
  /** 理赔编号 */
  claimNumber: Scalars['String']['output'];
  deathCount: Scalars['Int']['output'];
  /** 事故等级 by 国务院493号令: GENERAL / LARGER / MAJOR / EXTRAORDINARY */
  grade: Scalars['String']['output'];
  /** 一般事故 / 较大事故 / 重大事故 / 特别重大事故 */
  gradeLabel: Scalars['String']['output'];
  injuredCount: Scalars['Int']['output'];
  policyNumber: Scalars['String']['output'];
  projectCode: Scalars['String']['output'];
  /** 理赔状态 (已报案 / 已受理 / 已决 …) */
  statusLabel: Scalars['String']['output'];
};

export type ExtendPolicyInput = {
  expiryDate: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
};

export type FloatingRate = {
  __typename?: 'FloatingRate';
  /** NONE (上一年度无事故), GENERAL (一般), LARGER (较大), MAJOR (重大及以上) */
  accidentGrade: AccidentHistoryGrade;
  label: Scalars['String']['output'];
  /** e.g. -0.10 */
  ratio: Scalars['String']['output'];
};

export type FloatingRateInput = {
  accidentGrade: AccidentHistoryGrade;
  ratio: Scalars['String']['input'];
};

/** 投保单 (在线填报). */
export type InsuranceApplication = {
  __typename?: 'InsuranceApplication';
  /**
   * 事故: the enterprise's accidents whose 出险日期 lies in the 12 months up to today (from claims), newest first; a
   * declined claim (拒赔) is not one. For the reviewing insurer and the brokers who see the application.
   */
  accidents: Array<EnterpriseAccident>;
  /** 我已阅读并同意《用户协议》 */
  agreementAccepted: Scalars['Boolean']['output'];
  brokerId?: Maybe<Scalars['ID']['output']>;
  /** 经纪公司 */
  brokerName?: Maybe<Scalars['String']['output']>;
  /** 联系电话, masked (138****1234) — revealApplicationContact shows it in full. */
  contactPhone: Scalars['String']['output'];
  costYuan: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 项目所在县级行政区划代码 */
  divisionCode: Scalars['String']['output'];
  /** The uploaded documents (营业执照 …, 用户协议), by their kind on the form. */
  documents: ApplicationDocuments;
  enterpriseName: Scalars['String']['output'];
  enterpriseUscc: Scalars['String']['output'];
  /** 浮动比例 set by the insurer (default 0) and why. */
  floatingRatio: Scalars['String']['output'];
  floatingReason?: Maybe<Scalars['String']['output']>;
  /** Every transition, newest first. */
  history: Array<ApplicationEvent>;
  id: Scalars['ID']['output'];
  /** True when the quote lies outside the plan's bounds. */
  implausible: Scalars['Boolean']['output'];
  insurerId: Scalars['ID']['output'];
  /** 保险机构 */
  insurerName: Scalars['String']['output'];
  investmentWan: Scalars['String']['output'];
  /** 施工企业 */
  organisationId: Scalars['ID']['output'];
  /** True while 待复审 past its deadline. */
  overdue: Scalars['Boolean']['output'];
  plan: InsurancePlan;
  /** The policy, once 已投保. */
  policy?: Maybe<Policy>;
  project: Project;
  projectCode: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** 项目名称, 项目代码, 投资规模 (万元), 工程造价 (元) as underwriting knows them (from projects' events). */
  projectName: Scalars['String']['output'];
  /** The floating table's row those accidents point to: their worst grade (上一年度无事故 without any). */
  proposedAccidentGrade: AccidentHistoryGrade;
  /** That row's 浮动比例 in the application's plan, e.g. 0.10. */
  proposedFloatingRatio: Scalars['String']['output'];
  /** 预计保费 (元) at the current floating ratio. */
  quoteYuan: Scalars['String']['output'];
  /** 复审期限: submittedAt plus the configured working days. */
  reviewDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** 审核意见 of the last review. */
  reviewOpinion?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ApplicationStatus;
  statusLabel: Scalars['String']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** 方案: one version of a plan of a province. */
export type InsurancePlan = {
  __typename?: 'InsurancePlan';
  /** A, B, C */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 累计限额 (元) */
  cumulativeLimitYuan: Scalars['String']['output'];
  /** 每人死亡伤残限额 (元), at least 400000.00 */
  deathDisabilityLimitYuan: Scalars['String']['output'];
  /** Free text shown on 方案详情 (保障范围, 说明). */
  description?: Maybe<Scalars['String']['output']>;
  effectiveFrom: Scalars['Date']['output'];
  /** Last day in force; null while open-ended. */
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  floatingCap: Scalars['String']['output'];
  /** Lowest and highest floating ratio an insurer may set, e.g. -0.30 and 0.30. */
  floatingFloor: Scalars['String']['output'];
  /** 浮动比例 by last year's accidents. */
  floatingRates: Array<FloatingRate>;
  id: Scalars['ID']['output'];
  /** The manual's short form, e.g. C:1000,60 (累计限额 1000万 / 每人 60万). */
  label: Scalars['String']['output'];
  /** 每人医疗费用限额 (元) */
  medicalLimitYuan: Scalars['String']['output'];
  /** 最低保费 (元) */
  minimumPremiumYuan: Scalars['String']['output'];
  /** 方案A */
  name: Scalars['String']['output'];
  /** 每次事故限额 (元) */
  perAccidentLimitYuan: Scalars['String']['output'];
  /** Premiums above this (元) need an explicit confirmation at 出单 and are flagged. */
  plausibleMaximumPremiumYuan: Scalars['String']['output'];
  /** 省级行政区划代码, e.g. 230000 */
  provinceCode: Scalars['String']['output'];
  /** 费率 by 工程造价 tier, ascending; the last tier has no upper bound. */
  rateTiers: Array<RateTier>;
  version: Scalars['Int']['output'];
};

export type InsurancePlanInput = {
  code: Scalars['String']['input'];
  cumulativeLimitYuan: Scalars['String']['input'];
  deathDisabilityLimitYuan: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  effectiveFrom: Scalars['Date']['input'];
  floatingCap: Scalars['String']['input'];
  floatingFloor: Scalars['String']['input'];
  floatingRates: Array<FloatingRateInput>;
  medicalLimitYuan: Scalars['String']['input'];
  minimumPremiumYuan: Scalars['String']['input'];
  name: Scalars['String']['input'];
  perAccidentLimitYuan: Scalars['String']['input'];
  plausibleMaximumPremiumYuan: Scalars['String']['input'];
  provinceCode: Scalars['String']['input'];
  rateTiers: Array<RateTierInput>;
};

/** 投保状态 of a project. */
export type InsuranceStatus =
  /** 可出单 */
  | 'APPROVED'
  /** 草稿 */
  | 'DRAFT'
  /** 已投保 */
  | 'INSURED'
  /** 复审不通过 */
  | 'REJECTED'
  /** 待复审 */
  | 'SUBMITTED'
  /** 未投保 */
  | 'UNINSURED';

export type IssuePolicyInput = {
  /** 我已阅读并同意《用户协议》 */
  agreementAccepted: Scalars['Boolean']['input'];
  agreementDocumentId: Scalars['ID']['input'];
  /** Confirms a premium outside the plan's bounds. */
  confirmImplausible?: InputMaybe<Scalars['Boolean']['input']>;
  effectiveDate: Scalars['Date']['input'];
  expiryDate: Scalars['Date']['input'];
  /** 建设单位名称, 项目名称, 项目代码: prefilled from the project. */
  ownerUnit: Scalars['String']['input'];
  /** Another version or plan than the application's (the insurer's correction); default the application's. */
  planId?: InputMaybe<Scalars['ID']['input']>;
  policyDocumentId: Scalars['ID']['input'];
  policyNumber: Scalars['String']['input'];
  premiumReason?: InputMaybe<Scalars['String']['input']>;
  /** 保费(元), prefilled with the quote; a different amount needs premiumReason. */
  premiumYuan: Scalars['String']['input'];
  projectCode: Scalars['String']['input'];
  projectName: Scalars['String']['input'];
};

/** 保单台帐 row, written when the policy is issued. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  brokerName?: Maybe<Scalars['String']['output']>;
  /** 联系方式, masked */
  contactPhone: Scalars['String']['output'];
  /** 创建时间 */
  createdAt: Scalars['DateTime']['output'];
  /** 单位名称 */
  enterpriseName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  implausible: Scalars['Boolean']['output'];
  insurerName: Scalars['String']['output'];
  /** 项目号 CB-YYYYMMDD-HHMMSS-XXXXXXX */
  ledgerNumber: Scalars['String']['output'];
  /** 参保方案, e.g. C:1000,60 */
  planLabel: Scalars['String']['output'];
  policyId: Scalars['ID']['output'];
  policyNumber: Scalars['String']['output'];
  /** 保费 (元) */
  premiumYuan: Scalars['String']['output'];
  projectName: Scalars['String']['output'];
};

export type LedgerFilter = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 单位名称 contains */
  enterpriseName?: InputMaybe<Scalars['String']['input']>;
  /** 项目名称 contains */
  projectName?: InputMaybe<Scalars['String']['input']>;
};

export type LedgerPage = {
  __typename?: 'LedgerPage';
  items: Array<LedgerEntry>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 顺延: extends an issued policy's 终止日期 (an endorsement with its history). */
  extendPolicy: Policy;
  /**
   * 提交 (出单), the addressed insurer on a 复审通过 application: the policy, its 台帐 row, the project's insurance status
   * and the events, in one transaction.
   */
  issuePolicy: Policy;
  /** 方案管理: a new version of a plan (a new code starts at version 1), effective from a date; the one it replaces ends the day before. */
  publishInsurancePlan: InsurancePlan;
  /** 事故预防费 spending entry on a policy (the issuing insurer); an entry beyond the budget is refused with the figures. */
  recordPreventionFee: PreventionFeeEntry;
  /** Ends a plan version (no new applications from that date); policies keep the version they were issued under. */
  retireInsurancePlan: InsurancePlan;
  /** 查看完整信息: the full 联系电话 of an application, recorded in its history. */
  revealApplicationContact: Scalars['String']['output'];
  /**
   * 审核 (the addressed insurer): 复审通过 / 复审不通过 with 审核意见 (required when rejecting). The floating ratio may be
   * set within the plan's range, with a reason. A decision already taken (复审通过, not yet issued) changes only with a
   * reason in the opinion.
   */
  reviewInsuranceApplication: InsuranceApplication;
  /**
   * 在线填报 保存: creates the draft of a project's application (id omitted) or saves a draft or a 复审不通过
   * application (id and the version the form was loaded with). At most one open application per project.
   */
  saveInsuranceApplication: InsuranceApplication;
  /** 提交保单: DRAFT or REJECTED → SUBMITTED (待复审). Every required document and 我已阅读并同意 are checked. */
  submitInsuranceApplication: InsuranceApplication;
  /** 退保 is not allowed (应急〔2025〕27号): always refused, with that reason. */
  surrenderPolicy: Policy;
  /** 撤回 while 待复审 (SUBMITTED → WITHDRAWN); a withdrawn application is closed, the project may apply again. */
  withdrawInsuranceApplication: InsuranceApplication;
};


export type MutationExtendPolicyArgs = {
  input: ExtendPolicyInput;
  policyId: Scalars['ID']['input'];
};


export type MutationIssuePolicyArgs = {
  applicationId: Scalars['ID']['input'];
  input: IssuePolicyInput;
  version: Scalars['Int']['input'];
};


export type MutationPublishInsurancePlanArgs = {
  input: InsurancePlanInput;
};


export type MutationRecordPreventionFeeArgs = {
  input: PreventionFeeInput;
  policyId: Scalars['ID']['input'];
};


export type MutationRetireInsurancePlanArgs = {
  id: Scalars['ID']['input'];
  lastDay: Scalars['Date']['input'];
};


export type MutationRevealApplicationContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewInsuranceApplicationArgs = {
  id: Scalars['ID']['input'];
  input: ReviewInput;
  version: Scalars['Int']['input'];
};


export type MutationSaveInsuranceApplicationArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: ApplicationInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSubmitInsuranceApplicationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSurrenderPolicyArgs = {
  policyId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawInsuranceApplicationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type PageInput = {
  /** 1-based page number */
  page?: InputMaybe<Scalars['Int']['input']>;
  /** 10 / 20 / 50 条/页 */
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

/** 保单. */
export type Policy = {
  __typename?: 'Policy';
  agreementDocument?: Maybe<Document>;
  application: InsuranceApplication;
  applicationId: Scalars['ID']['output'];
  brokerId?: Maybe<Scalars['ID']['output']>;
  brokerName?: Maybe<Scalars['String']['output']>;
  /** The period does not reach the project's 计划竣工日期. */
  coverageShort: Scalars['Boolean']['output'];
  divisionCode: Scalars['String']['output'];
  effectiveDate: Scalars['Date']['output'];
  enterpriseName: Scalars['String']['output'];
  /** 终止日期, after any 顺延 */
  expiryDate: Scalars['Date']['output'];
  /** 顺延 endorsements, oldest first. */
  extensions: Array<PolicyExtension>;
  id: Scalars['ID']['output'];
  /** True when the premium was confirmed above the plan's plausible maximum. */
  implausible: Scalars['Boolean']['output'];
  insurerId: Scalars['ID']['output'];
  insurerName: Scalars['String']['output'];
  /** 承保时间 */
  issuedAt: Scalars['DateTime']['output'];
  /** 保单台帐 项目号 */
  ledgerNumber: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
  /** 建设单位名称, 项目名称, 项目代码 as issued */
  ownerUnit: Scalars['String']['output'];
  /** The plan version issued under. */
  plan: InsurancePlan;
  /** 保单文件, 协议文件 */
  policyDocument?: Maybe<Document>;
  /** 保单号 (unique per insurer) */
  policyNumber: Scalars['String']['output'];
  /** Why the premium differs from the quote (null when it does not). */
  premiumReason?: Maybe<Scalars['String']['output']>;
  /** 保费 (元) */
  premiumYuan: Scalars['String']['output'];
  /** 事故预防费 budget = premium × the province's share. */
  preventionBudgetYuan: Scalars['String']['output'];
  preventionRemainingYuan: Scalars['String']['output'];
  preventionSpentYuan: Scalars['String']['output'];
  projectCode: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  quoteYuan: Scalars['String']['output'];
  /** 即将到期 and the project is still 在建 / 停工: 续保提醒. */
  renewalDue: Scalars['Boolean']['output'];
  status: PolicyStatus;
  statusLabel: Scalars['String']['output'];
};

export type PolicyExtension = {
  __typename?: 'PolicyExtension';
  actorUserId?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  fromExpiryDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  toExpiryDate: Scalars['Date']['output'];
};

export type PolicyFilter = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  enterpriseName?: InputMaybe<Scalars['String']['input']>;
  insurerId?: InputMaybe<Scalars['ID']['input']>;
  /** 保单号 exact */
  policyNumber?: InputMaybe<Scalars['String']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  projectName?: InputMaybe<Scalars['String']['input']>;
  /** 续保提醒 only */
  renewalDue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<PolicyStatus>;
};

export type PolicyPage = {
  __typename?: 'PolicyPage';
  items: Array<Policy>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** 保单状态, from the dates and the platform clock. */
export type PolicyStatus =
  /** 有效 */
  | 'ACTIVE'
  /** 已过期 */
  | 'EXPIRED'
  /** 即将到期 */
  | 'EXPIRING'
  /** 未生效 */
  | 'PENDING';

/** 预计保费: 工程造价 × 费率 × (1 + 浮动比例), at least the minimum, rounded half-up to 分. */
export type PremiumQuote = {
  __typename?: 'PremiumQuote';
  /** The computed premium before the minimum applies. */
  computedYuan: Scalars['String']['output'];
  costYuan: Scalars['String']['output'];
  floatingRatio: Scalars['String']['output'];
  /** True when the premium lies above the plan's plausible maximum. */
  implausible: Scalars['Boolean']['output'];
  /** True when the minimum premium applied. */
  minimumApplied: Scalars['Boolean']['output'];
  planId: Scalars['ID']['output'];
  premiumYuan: Scalars['String']['output'];
  rate: Scalars['String']['output'];
  rateLabel: Scalars['String']['output'];
};

export type PreventionFeeEntry = {
  __typename?: 'PreventionFeeEntry';
  actorUserId?: Maybe<Scalars['String']['output']>;
  amountYuan: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  evidence?: Maybe<Document>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  policyId: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** 服务项目 code 01–07 */
  serviceItem: Scalars['String']['output'];
  serviceItemLabel: Scalars['String']['output'];
};

export type PreventionFeeInput = {
  /** 元, ≤ 2 decimals */
  amountYuan: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  evidenceDocumentId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  serviceItem: Scalars['String']['input'];
};

export type PreventionFeeLedger = {
  __typename?: 'PreventionFeeLedger';
  /** 预算 = 保费 × share */
  budgetYuan: Scalars['String']['output'];
  entries: Array<PreventionFeeEntry>;
  policy: Policy;
  remainingYuan: Scalars['String']['output'];
  /** e.g. 0.15 */
  share: Scalars['String']['output'];
  spentYuan: Scalars['String']['output'];
};

export type PreventionFeeTotals = {
  __typename?: 'PreventionFeeTotals';
  budgetYuan: Scalars['String']['output'];
  policies: Scalars['Int']['output'];
  premiumYuan: Scalars['String']['output'];
  remainingYuan: Scalars['String']['output'];
  spentYuan: Scalars['String']['output'];
};

export type Project = {
  __typename?: 'Project';
  id: Scalars['ID']['output'];
  /** 投保状态 and the policy, for viewers who may read the project's application (null otherwise). */
  insurance?: Maybe<ProjectInsurance>;
};

export type ProjectInsurance = {
  __typename?: 'ProjectInsurance';
  /** The open application (or the one that was issued). */
  application?: Maybe<InsuranceApplication>;
  /** 填报 is offered: no open application and no policy in force that is not 即将到期, project 在建 or 停工. */
  canApply: Scalars['Boolean']['output'];
  /** The current policy. */
  policy?: Maybe<Policy>;
  status: InsuranceStatus;
  statusLabel: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One application, if the viewer may read it. */
  insuranceApplication?: Maybe<InsuranceApplication>;
  /**
   * 投保信息: applications the viewer may read — the enterprise its own (drafts included), an insurer those addressed
   * to it, a broker those naming it and those of every insurer it partners with, regulators their jurisdiction,
   * administrators all. Drafts are the enterprise's alone.
   */
  insuranceApplications: ApplicationPage;
  /** 方案详情 of one plan version. */
  insurancePlan?: Maybe<InsurancePlan>;
  /**
   * 方案: the plans in force in a province (default: the viewer's province, 230000 for a viewer without one) on a
   * date (default today), one version per plan code. `includeHistory` lists every version.
   */
  insurancePlans: Array<InsurancePlan>;
  /** 保单信息: issued policies the viewer may read (the same visibility as applications). */
  policies: PolicyPage;
  policy?: Maybe<Policy>;
  /** 保单台帐: one row per issued policy, newest first. */
  policyLedger: LedgerPage;
  /**
   * 预计保费: the premium of a project under a plan version, with the floating ratio given (default 0). The enterprise
   * for its own projects, the insurer and broker for projects whose application they may read.
   */
  premiumQuote: PremiumQuote;
  /** 事故预防费 of one policy: budget, entries, remaining. */
  preventionFeeLedger?: Maybe<PreventionFeeLedger>;
  /** 事故预防费 totals over the policies the viewer may read (the regulator's jurisdiction). */
  preventionFeeTotals: PreventionFeeTotals;
  /** 事故预防服务项目 (AQ 9010 practice), the items prevention fees are booked against. */
  preventionServiceItems: Array<ServiceItemOption>;
  /** The insurers an enterprise may address (registered, approved), with the brokers partnering with each. */
  underwritingInsurers: Array<UnderwritingInsurer>;
  /** Platform rules of underwriting (review deadline, 即将到期 window, prevention-fee share). */
  underwritingSettings: UnderwritingSettings;
};


export type QueryInsuranceApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInsuranceApplicationsArgs = {
  filter?: InputMaybe<ApplicationFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryInsurancePlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInsurancePlansArgs = {
  includeHistory?: InputMaybe<Scalars['Boolean']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPoliciesArgs = {
  filter?: InputMaybe<PolicyFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolicyLedgerArgs = {
  filter?: InputMaybe<LedgerFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryPremiumQuoteArgs = {
  floatingRatio?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};


export type QueryPreventionFeeLedgerArgs = {
  policyId: Scalars['ID']['input'];
};


export type QueryPreventionFeeTotalsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};

export type RateTier = {
  __typename?: 'RateTier';
  /** 费率 as a decimal fraction, e.g. 0.00065 (0.65‰) */
  rate: Scalars['String']['output'];
  /** e.g. 0.65‰ */
  rateLabel: Scalars['String']['output'];
  /** Upper bound of 工程造价 (元, inclusive); null for the last tier. */
  upToYuan?: Maybe<Scalars['String']['output']>;
};

export type RateTierInput = {
  rate: Scalars['String']['input'];
  upToYuan?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewDecision =
  /** 复审通过 */
  | 'APPROVE'
  /** 复审不通过 */
  | 'REJECT';

export type ReviewInput = {
  decision: ReviewDecision;
  /** 浮动比例 within the plan's floor and cap, e.g. -0.10; a ratio other than 0 needs floatingReason. */
  floatingRatio?: InputMaybe<Scalars['String']['input']>;
  floatingReason?: InputMaybe<Scalars['String']['input']>;
  /** 审核意见: required for 复审不通过 and when changing a decision. */
  opinion?: InputMaybe<Scalars['String']['input']>;
};

/** Platform roles (DOMAIN.md §2). */
export type Role =
  /** 第三方平台（客户端凭证） */
  | 'API_CLIENT'
  /** 审计员 */
  | 'AUDITOR'
  /** 经纪公司 */
  | 'BROKER'
  /** 建筑施工企业 */
  | 'ENTERPRISE'
  /** 事故预防专家 */
  | 'EXPERT'
  /** 保险机构 */
  | 'INSURER'
  /** 平台管理员 */
  | 'PLATFORM_ADMIN'
  /** 事故预防机构 */
  | 'PREVENTION_ORG'
  /** 职能部门（住建部门） */
  | 'REGULATOR';

export type ServiceItemOption = {
  __typename?: 'ServiceItemOption';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  status: ApplicationStatus;
};

export type UnderwritingBroker = {
  __typename?: 'UnderwritingBroker';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type UnderwritingInsurer = {
  __typename?: 'UnderwritingInsurer';
  /** Brokers partnering with this insurer. */
  brokers: Array<UnderwritingBroker>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type UnderwritingSettings = {
  __typename?: 'UnderwritingSettings';
  /** 即将到期 window in days */
  expiringDays: Scalars['Int']['output'];
  /** 事故预防费 share of the premium, e.g. 0.15 (at most 0.21) */
  preventionShare: Scalars['String']['output'];
  /** 复审期限 in working days */
  reviewWorkingDays: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  InsuranceApplication: InsuranceApplication;
  Policy: Policy;
  Project: Project;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  InsuranceApplication:
    ( { __typename: 'InsuranceApplication' }
    & GraphQLRecursivePick<FederationTypes['InsuranceApplication'], {"id":true}> );
  Policy:
    ( { __typename: 'Policy' }
    & GraphQLRecursivePick<FederationTypes['Policy'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccidentHistoryGrade: AccidentHistoryGrade;
  ApplicationDocuments: ResolverTypeWrapper<ApplicationDocumentIds>;
  ApplicationDocumentsInput: ApplicationDocumentsInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplicationEvent: ResolverTypeWrapper<IApplicationChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApplicationFilter: ApplicationFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApplicationInput: ApplicationInput;
  ApplicationPage: ResolverTypeWrapper<Omit<ApplicationPage, 'items'> & { items: Array<ResolversTypes['InsuranceApplication']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplicationStatus: ApplicationStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<Document>;
  EnterpriseAccident: ResolverTypeWrapper<IEnterpriseAccident>;
  ExtendPolicyInput: ExtendPolicyInput;
  FloatingRate: ResolverTypeWrapper<FloatingRate>;
  FloatingRateInput: FloatingRateInput;
  InsuranceApplication: ResolverTypeWrapper<IInsuranceApplication>;
  InsurancePlan: ResolverTypeWrapper<IInsurancePlan>;
  InsurancePlanInput: InsurancePlanInput;
  InsuranceStatus: InsuranceStatus;
  IssuePolicyInput: IssuePolicyInput;
  LedgerEntry: ResolverTypeWrapper<ILedgerEntry>;
  LedgerFilter: LedgerFilter;
  LedgerPage: ResolverTypeWrapper<Omit<LedgerPage, 'items'> & { items: Array<ResolversTypes['LedgerEntry']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInput: PageInput;
  Policy: ResolverTypeWrapper<IPolicy>;
  PolicyExtension: ResolverTypeWrapper<IPolicyExtension>;
  PolicyFilter: PolicyFilter;
  PolicyPage: ResolverTypeWrapper<Omit<PolicyPage, 'items'> & { items: Array<ResolversTypes['Policy']> }>;
  PolicyStatus: PolicyStatus;
  PremiumQuote: ResolverTypeWrapper<PremiumQuote>;
  PreventionFeeEntry: ResolverTypeWrapper<IPreventionFeeEntry>;
  PreventionFeeInput: PreventionFeeInput;
  PreventionFeeLedger: ResolverTypeWrapper<PreventionFeeLedgerView>;
  PreventionFeeTotals: ResolverTypeWrapper<PreventionFeeTotals>;
  Project: ResolverTypeWrapper<ProjectRef>;
  ProjectInsurance: ResolverTypeWrapper<ProjectInsuranceView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateTier: ResolverTypeWrapper<RateTierRecord>;
  RateTierInput: RateTierInput;
  ReviewDecision: ReviewDecision;
  ReviewInput: ReviewInput;
  Role: Role;
  ServiceItemOption: ResolverTypeWrapper<ServiceItemOption>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  UnderwritingBroker: ResolverTypeWrapper<UnderwritingBroker>;
  UnderwritingInsurer: ResolverTypeWrapper<UnderwritingInsurer>;
  UnderwritingSettings: ResolverTypeWrapper<UnderwritingSettings>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApplicationDocuments: ApplicationDocumentIds;
  ApplicationDocumentsInput: ApplicationDocumentsInput;
  ID: Scalars['ID']['output'];
  ApplicationEvent: IApplicationChange;
  String: Scalars['String']['output'];
  ApplicationFilter: ApplicationFilter;
  Boolean: Scalars['Boolean']['output'];
  ApplicationInput: ApplicationInput;
  ApplicationPage: Omit<ApplicationPage, 'items'> & { items: Array<ResolversParentTypes['InsuranceApplication']> };
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Document: Document;
  EnterpriseAccident: IEnterpriseAccident;
  ExtendPolicyInput: ExtendPolicyInput;
  FloatingRate: FloatingRate;
  FloatingRateInput: FloatingRateInput;
  InsuranceApplication: IInsuranceApplication;
  InsurancePlan: IInsurancePlan;
  InsurancePlanInput: InsurancePlanInput;
  IssuePolicyInput: IssuePolicyInput;
  LedgerEntry: ILedgerEntry;
  LedgerFilter: LedgerFilter;
  LedgerPage: Omit<LedgerPage, 'items'> & { items: Array<ResolversParentTypes['LedgerEntry']> };
  Mutation: Record<PropertyKey, never>;
  PageInput: PageInput;
  Policy: IPolicy;
  PolicyExtension: IPolicyExtension;
  PolicyFilter: PolicyFilter;
  PolicyPage: Omit<PolicyPage, 'items'> & { items: Array<ResolversParentTypes['Policy']> };
  PremiumQuote: PremiumQuote;
  PreventionFeeEntry: IPreventionFeeEntry;
  PreventionFeeInput: PreventionFeeInput;
  PreventionFeeLedger: PreventionFeeLedgerView;
  PreventionFeeTotals: PreventionFeeTotals;
  Project: ProjectRef;
  ProjectInsurance: ProjectInsuranceView;
  Query: Record<PropertyKey, never>;
  RateTier: RateTierRecord;
  RateTierInput: RateTierInput;
  ReviewInput: ReviewInput;
  ServiceItemOption: ServiceItemOption;
  StatusCount: StatusCount;
  UnderwritingBroker: UnderwritingBroker;
  UnderwritingInsurer: UnderwritingInsurer;
  UnderwritingSettings: UnderwritingSettings;
};

export type AllowPendingPasswordChangeDirectiveArgs = { };

export type AllowPendingPasswordChangeDirectiveResolver<Result, Parent, ContextType = UnderwritingContext, Args = AllowPendingPasswordChangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthDirectiveArgs = {
  requires: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = UnderwritingContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = UnderwritingContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplicationDocumentsResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['ApplicationDocuments'] = ResolversParentTypes['ApplicationDocuments']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  businessLicense?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  legalRepIdEmblem?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  legalRepIdPortrait?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  safetyLicense?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
};

export type ApplicationEventResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['ApplicationEvent'] = ResolversParentTypes['ApplicationEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganisationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ApplicationStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['ApplicationStatus']>, ParentType, ContextType>;
};

export type ApplicationPageResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['ApplicationPage'] = ResolversParentTypes['ApplicationPage']> = {
  items?: Resolver<Array<ResolversTypes['InsuranceApplication']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EnterpriseAccidentResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['EnterpriseAccident'] = ResolversParentTypes['EnterpriseAccident']> = {
  accidentDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  claimNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deathCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gradeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  injuredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  policyNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FloatingRateResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['FloatingRate'] = ResolversParentTypes['FloatingRate']> = {
  accidentGrade?: Resolver<ResolversTypes['AccidentHistoryGrade'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InsuranceApplicationResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['InsuranceApplication'] = ResolversParentTypes['InsuranceApplication'], FederationReferenceType extends FederationReferenceTypes['InsuranceApplication'] = FederationReferenceTypes['InsuranceApplication']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InsuranceApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accidents?: Resolver<Array<ResolversTypes['EnterpriseAccident']>, ParentType, ContextType>;
  agreementAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brokerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  brokerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['ApplicationDocuments'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterpriseUscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  floatingRatio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  floatingReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ApplicationEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implausible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insurerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  investmentWan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['InsurancePlan'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  projectCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedAccidentGrade?: Resolver<ResolversTypes['AccidentHistoryGrade'], ParentType, ContextType>;
  proposedFloatingRatio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewOpinion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InsurancePlanResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['InsurancePlan'] = ResolversParentTypes['InsurancePlan']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cumulativeLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deathDisabilityLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  floatingCap?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  floatingFloor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  floatingRates?: Resolver<Array<ResolversTypes['FloatingRate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medicalLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minimumPremiumYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perAccidentLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plausibleMaximumPremiumYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateTiers?: Resolver<Array<ResolversTypes['RateTier']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LedgerEntryResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = {
  brokerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implausible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insurerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ledgerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  premiumYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LedgerPageResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['LedgerPage'] = ResolversParentTypes['LedgerPage']> = {
  items?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  extendPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationExtendPolicyArgs, 'input' | 'policyId'>>;
  issuePolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationIssuePolicyArgs, 'applicationId' | 'input' | 'version'>>;
  publishInsurancePlan?: Resolver<ResolversTypes['InsurancePlan'], ParentType, ContextType, RequireFields<MutationPublishInsurancePlanArgs, 'input'>>;
  recordPreventionFee?: Resolver<ResolversTypes['PreventionFeeEntry'], ParentType, ContextType, RequireFields<MutationRecordPreventionFeeArgs, 'input' | 'policyId'>>;
  retireInsurancePlan?: Resolver<ResolversTypes['InsurancePlan'], ParentType, ContextType, RequireFields<MutationRetireInsurancePlanArgs, 'id' | 'lastDay'>>;
  revealApplicationContact?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MutationRevealApplicationContactArgs, 'id'>>;
  reviewInsuranceApplication?: Resolver<ResolversTypes['InsuranceApplication'], ParentType, ContextType, RequireFields<MutationReviewInsuranceApplicationArgs, 'id' | 'input' | 'version'>>;
  saveInsuranceApplication?: Resolver<ResolversTypes['InsuranceApplication'], ParentType, ContextType, RequireFields<MutationSaveInsuranceApplicationArgs, 'input'>>;
  submitInsuranceApplication?: Resolver<ResolversTypes['InsuranceApplication'], ParentType, ContextType, RequireFields<MutationSubmitInsuranceApplicationArgs, 'id' | 'version'>>;
  surrenderPolicy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType, RequireFields<MutationSurrenderPolicyArgs, 'policyId'>>;
  withdrawInsuranceApplication?: Resolver<ResolversTypes['InsuranceApplication'], ParentType, ContextType, RequireFields<MutationWithdrawInsuranceApplicationArgs, 'id'>>;
};

export type PolicyResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy'], FederationReferenceType extends FederationReferenceTypes['Policy'] = FederationReferenceTypes['Policy']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Policy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agreementDocument?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  application?: Resolver<ResolversTypes['InsuranceApplication'], ParentType, ContextType>;
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  brokerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  brokerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coverageShort?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enterpriseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['PolicyExtension']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implausible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insurerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ledgerNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['InsurancePlan'], ParentType, ContextType>;
  policyDocument?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  policyNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  premiumReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  premiumYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preventionBudgetYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preventionRemainingYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preventionSpentYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renewalDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PolicyStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyExtensionResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['PolicyExtension'] = ResolversParentTypes['PolicyExtension']> = {
  actorUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromExpiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toExpiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PolicyPageResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['PolicyPage'] = ResolversParentTypes['PolicyPage']> = {
  items?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PremiumQuoteResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['PremiumQuote'] = ResolversParentTypes['PremiumQuote']> = {
  computedYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  floatingRatio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  implausible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minimumApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  premiumYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PreventionFeeEntryResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['PreventionFeeEntry'] = ResolversParentTypes['PreventionFeeEntry']> = {
  actorUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amountYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  serviceItem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceItemLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PreventionFeeLedgerResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['PreventionFeeLedger'] = ResolversParentTypes['PreventionFeeLedger']> = {
  budgetYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['PreventionFeeEntry']>, ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
  remainingYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spentYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PreventionFeeTotalsResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['PreventionFeeTotals'] = ResolversParentTypes['PreventionFeeTotals']> = {
  budgetYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  premiumYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remainingYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spentYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurance?: Resolver<Maybe<ResolversTypes['ProjectInsurance']>, ParentType, ContextType>;
};

export type ProjectInsuranceResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['ProjectInsurance'] = ResolversParentTypes['ProjectInsurance']> = {
  application?: Resolver<Maybe<ResolversTypes['InsuranceApplication']>, ParentType, ContextType>;
  canApply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InsuranceStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  insuranceApplication?: Resolver<Maybe<ResolversTypes['InsuranceApplication']>, ParentType, ContextType, RequireFields<QueryInsuranceApplicationArgs, 'id'>>;
  insuranceApplications?: Resolver<ResolversTypes['ApplicationPage'], ParentType, ContextType, Partial<QueryInsuranceApplicationsArgs>>;
  insurancePlan?: Resolver<Maybe<ResolversTypes['InsurancePlan']>, ParentType, ContextType, RequireFields<QueryInsurancePlanArgs, 'id'>>;
  insurancePlans?: Resolver<Array<ResolversTypes['InsurancePlan']>, ParentType, ContextType, Partial<QueryInsurancePlansArgs>>;
  policies?: Resolver<ResolversTypes['PolicyPage'], ParentType, ContextType, Partial<QueryPoliciesArgs>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPolicyArgs, 'id'>>;
  policyLedger?: Resolver<ResolversTypes['LedgerPage'], ParentType, ContextType, Partial<QueryPolicyLedgerArgs>>;
  premiumQuote?: Resolver<ResolversTypes['PremiumQuote'], ParentType, ContextType, RequireFields<QueryPremiumQuoteArgs, 'planId' | 'projectId'>>;
  preventionFeeLedger?: Resolver<Maybe<ResolversTypes['PreventionFeeLedger']>, ParentType, ContextType, RequireFields<QueryPreventionFeeLedgerArgs, 'policyId'>>;
  preventionFeeTotals?: Resolver<ResolversTypes['PreventionFeeTotals'], ParentType, ContextType, Partial<QueryPreventionFeeTotalsArgs>>;
  preventionServiceItems?: Resolver<Array<ResolversTypes['ServiceItemOption']>, ParentType, ContextType>;
  underwritingInsurers?: Resolver<Array<ResolversTypes['UnderwritingInsurer']>, ParentType, ContextType>;
  underwritingSettings?: Resolver<ResolversTypes['UnderwritingSettings'], ParentType, ContextType>;
};

export type RateTierResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['RateTier'] = ResolversParentTypes['RateTier']> = {
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upToYuan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ServiceItemOptionResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['ServiceItemOption'] = ResolversParentTypes['ServiceItemOption']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusCountResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
};

export type UnderwritingBrokerResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['UnderwritingBroker'] = ResolversParentTypes['UnderwritingBroker']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnderwritingInsurerResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['UnderwritingInsurer'] = ResolversParentTypes['UnderwritingInsurer']> = {
  brokers?: Resolver<Array<ResolversTypes['UnderwritingBroker']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnderwritingSettingsResolvers<ContextType = UnderwritingContext, ParentType extends ResolversParentTypes['UnderwritingSettings'] = ResolversParentTypes['UnderwritingSettings']> = {
  expiringDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preventionShare?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = UnderwritingContext> = {
  ApplicationDocuments?: ApplicationDocumentsResolvers<ContextType>;
  ApplicationEvent?: ApplicationEventResolvers<ContextType>;
  ApplicationPage?: ApplicationPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  EnterpriseAccident?: EnterpriseAccidentResolvers<ContextType>;
  FloatingRate?: FloatingRateResolvers<ContextType>;
  InsuranceApplication?: InsuranceApplicationResolvers<ContextType>;
  InsurancePlan?: InsurancePlanResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LedgerPage?: LedgerPageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyExtension?: PolicyExtensionResolvers<ContextType>;
  PolicyPage?: PolicyPageResolvers<ContextType>;
  PremiumQuote?: PremiumQuoteResolvers<ContextType>;
  PreventionFeeEntry?: PreventionFeeEntryResolvers<ContextType>;
  PreventionFeeLedger?: PreventionFeeLedgerResolvers<ContextType>;
  PreventionFeeTotals?: PreventionFeeTotalsResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectInsurance?: ProjectInsuranceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateTier?: RateTierResolvers<ContextType>;
  ServiceItemOption?: ServiceItemOptionResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  UnderwritingBroker?: UnderwritingBrokerResolvers<ContextType>;
  UnderwritingInsurer?: UnderwritingInsurerResolvers<ContextType>;
  UnderwritingSettings?: UnderwritingSettingsResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = UnderwritingContext> = {
  allowPendingPasswordChange?: AllowPendingPasswordChangeDirectiveResolver<any, any, ContextType>;
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
