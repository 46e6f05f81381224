import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IClaim, IClaimChange, IClaimCorrection } from '../domain/claim.entity.ts';
import type { IClaimPolicy } from '../domain/policy.entity.ts';
import type { ClaimsContext } from '../context.ts';
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

export type AccidentCategoryOption = {
  __typename?: 'AccidentCategoryOption';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
  standard: Scalars['String']['output'];
};

/** 事故等级 (国务院493号令), from deaths, serious injuries and direct economic loss. */
export type AccidentGrade =
  /** 特别重大事故 */
  | 'EXTRAORDINARY'
  /** 一般事故 */
  | 'GENERAL'
  /** 较大事故 */
  | 'LARGER'
  /** 重大事故 */
  | 'MAJOR';

/**
 * 理赔 of one accident on one policy. Free texts (出险地点, 事故经过, 备注, notes, reasons) and the history may name people:
 * third-party platforms (API_CLIENT) read the figures, codes and states only.
 */
export type Claim = {
  __typename?: 'Claim';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 出险日期 */
  accidentDate: Scalars['Date']['output'];
  /** 出险地点 */
  accidentPlace: Scalars['String']['output'];
  brokerId?: Maybe<Scalars['ID']['output']>;
  categoryCode: Scalars['String']['output'];
  categoryLabel: Scalars['String']['output'];
  /** 事故类别: the standard (GB/T 6441-1986 …) and its code */
  categoryStandard: Scalars['String']['output'];
  /** 理赔编号, e.g. LP-20260305-000123 */
  claimNumber: Scalars['String']['output'];
  /** Every correction of an amount or count, newest first. */
  corrections: Array<ClaimCorrection>;
  createdAt: Scalars['DateTime']['output'];
  /** 死亡人数 */
  deathCount: Scalars['Int']['output'];
  /** 决定期限: acceptance plus the configured days (CLAIM_DECISION_DAYS). */
  decisionDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** 拒赔原因 */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** 事故经过 */
  description: Scalars['String']['output'];
  /** 直接经济损失 (元) as reported; null when not given (the grade then reads 估损金额). */
  directLossYuan?: Maybe<Scalars['String']['output']>;
  /** 项目所在县级行政区划代码 */
  divisionCode: Scalars['String']['output'];
  /** 估损金额 (元) */
  estimatedLossYuan: Scalars['String']['output'];
  /** 事故等级 (国务院493号令) */
  grade: AccidentGrade;
  gradeLabel: Scalars['String']['output'];
  /** Every transition, newest first. */
  history: Array<ClaimEvent>;
  id: Scalars['ID']['output'];
  /** 伤残人数 */
  injuredCount: Scalars['Int']['output'];
  insurerId: Scalars['ID']['output'];
  /** More than 30 days between 出险日期 and 提交日期 (allowed, flagged). */
  lateReported: Scalars['Boolean']['output'];
  /** Another claim on the same policy with the same 出险日期 and 事故类别 was reported before this one. */
  likelyDuplicate: Scalars['Boolean']['output'];
  organisationId: Scalars['ID']['output'];
  /** True while 已受理 past its decision deadline. */
  overdue: Scalars['Boolean']['output'];
  policyId: Scalars['ID']['output'];
  /** 保单号 */
  policyNumber: Scalars['String']['output'];
  projectCode: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  /** 项目名称, 项目代码 (from the policy) */
  projectName: Scalars['String']['output'];
  /** 备注 (at most 500 characters) */
  remark?: Maybe<Scalars['String']['output']>;
  /** Who entered it: ENTERPRISE (报案) or INSURER (新增理赔). */
  reportedBy: Scalars['String']['output'];
  /** 提交日期 */
  reportedDate: Scalars['Date']['output'];
  /** 已决金额 (元) */
  settledAmountYuan?: Maybe<Scalars['String']['output']>;
  /** 已决日期 */
  settledDate?: Maybe<Scalars['Date']['output']>;
  status: ClaimStatus;
  statusLabel: Scalars['String']['output'];
  supplementNote?: Maybe<Scalars['String']['output']>;
  /** An open request for 补充材料 and its note. */
  supplementRequested: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** 更正: one field of a claim changed, from → to, with the reason. */
export type ClaimCorrection = {
  __typename?: 'ClaimCorrection';
  actorUserId?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** injuredCount, deathCount, estimatedLossYuan, directLossYuan, settledAmountYuan */
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** In Chinese, e.g. 已决金额 */
  label: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  to?: Maybe<Scalars['String']['output']>;
};

/** One entry of a claim's history (audit): who did what, when, why. */
export type ClaimEvent = {
  __typename?: 'ClaimEvent';
  /** REPORTED, ACCEPTED, SUPPLEMENT_REQUESTED, SUPPLEMENT_PROVIDED, SETTLED, DECLINED, REOPENED, CORRECTED, DECISION_OVERDUE */
  action: Scalars['String']['output'];
  /** In Chinese, e.g. 受理 */
  actionLabel: Scalars['String']['output'];
  actorOrganisationId?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<ClaimStatus>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  toStatus?: Maybe<ClaimStatus>;
};

export type ClaimFilter = {
  /** 出险日期 from / to (inclusive) */
  accidentFrom?: InputMaybe<Scalars['Date']['input']>;
  accidentTo?: InputMaybe<Scalars['Date']['input']>;
  /** 行政区划代码 at any level (regulators: inside their jurisdiction). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<AccidentGrade>;
  insurerId?: InputMaybe<Scalars['ID']['input']>;
  /** 施工企业 (the insured enterprise) */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only 已受理 past the decision deadline. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  policyId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ClaimStatus>;
};

export type ClaimPage = {
  __typename?: 'ClaimPage';
  items: Array<Claim>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ClaimPageInput = {
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

/** The policy as claims knows it (from underwriting's events), with its claims. */
export type ClaimPolicy = {
  __typename?: 'ClaimPolicy';
  brokerId?: Maybe<Scalars['ID']['output']>;
  /** Newest first. */
  claims: Array<Claim>;
  cumulativeLimitYuan: Scalars['String']['output'];
  /** 每人死亡伤残限额, 每人医疗费用限额, 每次事故限额, 累计限额 (元) */
  deathDisabilityLimitYuan: Scalars['String']['output'];
  divisionCode: Scalars['String']['output'];
  effectiveDate: Scalars['Date']['output'];
  expiryDate: Scalars['Date']['output'];
  insurerId: Scalars['ID']['output'];
  medicalLimitYuan: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
  perAccidentLimitYuan: Scalars['String']['output'];
  policyId: Scalars['ID']['output'];
  policyNumber: Scalars['String']['output'];
  projectCode: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  projectName: Scalars['String']['output'];
  /** 累计金额 (元): the settled amounts of the policy's claims. */
  settledTotalYuan: Scalars['String']['output'];
};

export type ClaimSettings = {
  __typename?: 'ClaimSettings';
  /** The standard new claims are classified under. */
  categoryStandard: Scalars['String']['output'];
  /** Days after 受理 for the decision (已决 or 拒赔). */
  decisionDays: Scalars['Int']['output'];
  /** 备注 at most this many characters. */
  remarkMaxLength: Scalars['Int']['output'];
  /** Days after 出险日期 within which an accident must be reported (later: flagged). */
  reportingDays: Scalars['Int']['output'];
};

/** 理赔状态 (DOMAIN.md §5). */
export type ClaimStatus =
  /** 已受理 */
  | 'ACCEPTED'
  /** 拒赔 */
  | 'DECLINED'
  /** 已报案 */
  | 'REPORTED'
  /** 已决 */
  | 'SETTLED';

export type CorrectClaimInput = {
  deathCount?: InputMaybe<Scalars['Int']['input']>;
  directLossYuan?: InputMaybe<Scalars['String']['input']>;
  estimatedLossYuan?: InputMaybe<Scalars['String']['input']>;
  injuredCount?: InputMaybe<Scalars['Int']['input']>;
  /** 更正原因 */
  reason: Scalars['String']['input'];
  /** Only on a settled claim. */
  settledAmountYuan?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 受理 (the policy's insurer): REPORTED → ACCEPTED; the decision deadline starts. */
  acceptClaim: Claim;
  /**
   * 更正 (the policy's insurer): the amounts and counts of a claim change only here, each change recorded with its
   * reason; the grade is computed again and a settled amount checked against the limits again.
   */
  correctClaim: Claim;
  /** 拒赔 (the policy's insurer): REPORTED or ACCEPTED → DECLINED, with the reason. */
  declineClaim: Claim;
  /** The enterprise answers a request for 补充材料 with a note. */
  provideClaimSupplement: Claim;
  /** 重新受理 a settled claim (the policy's insurer): SETTLED → ACCEPTED, with the reason; a new decision deadline. */
  reopenClaim: Claim;
  /**
   * 报案 (the enterprise on its own policy) or 新增理赔 (the insurer on a policy it issued): a new claim, 已报案. An
   * accident reported more than 30 days after 出险日期 is accepted and flagged late; one on the same policy, day and
   * category as an earlier claim is accepted and flagged as a likely duplicate.
   */
  reportClaim: Claim;
  /** 补充材料: the insurer asks the enterprise for more material, with a note (REPORTED or ACCEPTED). */
  requestClaimSupplement: Claim;
  /**
   * 已决 (the policy's insurer): ACCEPTED → SETTLED with 已决金额 and 已决日期. Refused, with the figures, above the
   * per-person limits × persons, the per-accident limit or what is left of the policy's cumulative limit.
   */
  settleClaim: Claim;
};


export type MutationAcceptClaimArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCorrectClaimArgs = {
  id: Scalars['ID']['input'];
  input: CorrectClaimInput;
  version: Scalars['Int']['input'];
};


export type MutationDeclineClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationProvideClaimSupplementArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReopenClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReportClaimArgs = {
  input: ReportClaimInput;
};


export type MutationRequestClaimSupplementArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSettleClaimArgs = {
  id: Scalars['ID']['input'];
  input: SettleClaimInput;
  version: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** 事故类别 of a standard (default: the one new claims are classified under). */
  accidentCategories: Array<AccidentCategoryOption>;
  /** One claim, if the viewer may read it. */
  claim?: Maybe<Claim>;
  /**
   * 保单信息 › 理赔: the policy as claims knows it (项目名称, 项目代码, limits) with its claims and 累计金额, if the viewer
   * may read the policy.
   */
  claimPolicy?: Maybe<ClaimPolicy>;
  /** The rules of claims: the standard in use, the 30 days to report, the decision deadline. */
  claimSettings: ClaimSettings;
  /**
   * 理赔信息: claims the viewer may read — the enterprise its own, an insurer those on its policies, a broker those of
   * the policies naming it and of every insurer it partners with, regulators their jurisdiction, administrators all.
   */
  claims: ClaimPage;
};


export type QueryAccidentCategoriesArgs = {
  standard?: InputMaybe<Scalars['String']['input']>;
};


export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClaimPolicyArgs = {
  policyId: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  filter?: InputMaybe<ClaimFilter>;
  page?: InputMaybe<ClaimPageInput>;
};

export type ReportClaimInput = {
  /** 出险日期 */
  accidentDate: Scalars['Date']['input'];
  /** 出险地点 */
  accidentPlace: Scalars['String']['input'];
  /** 事故类别 code of the standard in use (claimSettings.categoryStandard) */
  categoryCode: Scalars['String']['input'];
  /** 死亡人数 */
  deathCount: Scalars['Int']['input'];
  /** 事故经过 */
  description: Scalars['String']['input'];
  /** 直接经济损失 (元), if known */
  directLossYuan?: InputMaybe<Scalars['String']['input']>;
  /** 估损金额 (元) */
  estimatedLossYuan: Scalars['String']['input'];
  /** 伤残人数 */
  injuredCount: Scalars['Int']['input'];
  policyId: Scalars['ID']['input'];
  /** 备注 (at most 500 characters) */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 提交日期: the insurer entering a claim may give the day it was reported to it (default today). */
  reportedDate?: InputMaybe<Scalars['Date']['input']>;
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

export type SettleClaimInput = {
  /** 已决金额 (元) */
  amountYuan: Scalars['String']['input'];
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 已决日期 */
  settledDate: Scalars['Date']['input'];
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
  Claim: Claim;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Claim:
    ( { __typename: 'Claim' }
    & GraphQLRecursivePick<FederationTypes['Claim'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccidentCategoryOption: ResolverTypeWrapper<AccidentCategoryOption>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccidentGrade: AccidentGrade;
  Claim: ResolverTypeWrapper<IClaim>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClaimCorrection: ResolverTypeWrapper<IClaimCorrection>;
  ClaimEvent: ResolverTypeWrapper<IClaimChange>;
  ClaimFilter: ClaimFilter;
  ClaimPage: ResolverTypeWrapper<Omit<ClaimPage, 'items'> & { items: Array<ResolversTypes['Claim']> }>;
  ClaimPageInput: ClaimPageInput;
  ClaimPolicy: ResolverTypeWrapper<IClaimPolicy>;
  ClaimSettings: ResolverTypeWrapper<ClaimSettings>;
  ClaimStatus: ClaimStatus;
  CorrectClaimInput: CorrectClaimInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportClaimInput: ReportClaimInput;
  Role: Role;
  SettleClaimInput: SettleClaimInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccidentCategoryOption: AccidentCategoryOption;
  String: Scalars['String']['output'];
  Claim: IClaim;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  ClaimCorrection: IClaimCorrection;
  ClaimEvent: IClaimChange;
  ClaimFilter: ClaimFilter;
  ClaimPage: Omit<ClaimPage, 'items'> & { items: Array<ResolversParentTypes['Claim']> };
  ClaimPageInput: ClaimPageInput;
  ClaimPolicy: IClaimPolicy;
  ClaimSettings: ClaimSettings;
  CorrectClaimInput: CorrectClaimInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  ReportClaimInput: ReportClaimInput;
  SettleClaimInput: SettleClaimInput;
};

export type AllowPendingPasswordChangeDirectiveArgs = { };

export type AllowPendingPasswordChangeDirectiveResolver<Result, Parent, ContextType = ClaimsContext, Args = AllowPendingPasswordChangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthDirectiveArgs = {
  requires: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = ClaimsContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = ClaimsContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccidentCategoryOptionResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['AccidentCategoryOption'] = ResolversParentTypes['AccidentCategoryOption']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim'], FederationReferenceType extends FederationReferenceTypes['Claim'] = FederationReferenceTypes['Claim']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Claim']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  accidentDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  accidentPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  brokerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  categoryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryStandard?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['ClaimCorrection']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deathCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decisionDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  directLossYuan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedLossYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['AccidentGrade'], ParentType, ContextType>;
  gradeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ClaimEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  injuredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  insurerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateReported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  likelyDuplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remark?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  settledAmountYuan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  settledDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplementNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplementRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimCorrectionResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['ClaimCorrection'] = ResolversParentTypes['ClaimCorrection']> = {
  actorUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimEventResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['ClaimEvent'] = ResolversParentTypes['ClaimEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actionLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganisationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
};

export type ClaimPageResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['ClaimPage'] = ResolversParentTypes['ClaimPage']> = {
  items?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimPolicyResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['ClaimPolicy'] = ResolversParentTypes['ClaimPolicy']> = {
  brokerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  cumulativeLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deathDisabilityLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  expiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  insurerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  medicalLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  perAccidentLimitYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settledTotalYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClaimSettingsResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['ClaimSettings'] = ResolversParentTypes['ClaimSettings']> = {
  categoryStandard?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decisionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remarkMaxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationAcceptClaimArgs, 'id' | 'version'>>;
  correctClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationCorrectClaimArgs, 'id' | 'input' | 'version'>>;
  declineClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationDeclineClaimArgs, 'id' | 'reason' | 'version'>>;
  provideClaimSupplement?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationProvideClaimSupplementArgs, 'id' | 'note' | 'version'>>;
  reopenClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationReopenClaimArgs, 'id' | 'reason' | 'version'>>;
  reportClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationReportClaimArgs, 'input'>>;
  requestClaimSupplement?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRequestClaimSupplementArgs, 'id' | 'note' | 'version'>>;
  settleClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationSettleClaimArgs, 'id' | 'input' | 'version'>>;
};

export type QueryResolvers<ContextType = ClaimsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accidentCategories?: Resolver<Array<ResolversTypes['AccidentCategoryOption']>, ParentType, ContextType, Partial<QueryAccidentCategoriesArgs>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claimPolicy?: Resolver<Maybe<ResolversTypes['ClaimPolicy']>, ParentType, ContextType, RequireFields<QueryClaimPolicyArgs, 'policyId'>>;
  claimSettings?: Resolver<ResolversTypes['ClaimSettings'], ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['ClaimPage'], ParentType, ContextType, Partial<QueryClaimsArgs>>;
};

export type Resolvers<ContextType = ClaimsContext> = {
  AccidentCategoryOption?: AccidentCategoryOptionResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimCorrection?: ClaimCorrectionResolvers<ContextType>;
  ClaimEvent?: ClaimEventResolvers<ContextType>;
  ClaimPage?: ClaimPageResolvers<ContextType>;
  ClaimPolicy?: ClaimPolicyResolvers<ContextType>;
  ClaimSettings?: ClaimSettingsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ClaimsContext> = {
  allowPendingPasswordChange?: AllowPendingPasswordChangeDirectiveResolver<any, any, ContextType>;
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
