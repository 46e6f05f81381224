import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AnalyticsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date and time, ISO 8601 with offset. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** How far the statistics trail the events they are computed from. */
export type AnalyticsFreshness = {
  __typename?: 'AnalyticsFreshness';
  /**
   * How far the statistics trail the events, in seconds: 0 when no event waits for them; while events wait, the age
   * (now − occurredAt) of the oldest one not yet applied; when NATS cannot be asked, now − lastEventOccurredAt (the
   * statistics include everything up to then). The largest of the sources. Events not yet published by their producer
   * (NATS unavailable, still in its outbox) are not visible here.
   */
  lagSeconds?: Maybe<Scalars['Float']['output']>;
  /** When the statistics last changed. */
  lastAppliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** occurredAt of the newest event applied to the statistics. */
  lastEventOccurredAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Events in the stream not yet applied to the statistics: not yet delivered, or delivered and not acknowledged (being
   * applied, or held by a consumer that stopped, until they are delivered again); null when NATS cannot be asked.
   */
  pending?: Maybe<Scalars['Int']['output']>;
  sources: Array<AnalyticsSource>;
};

/** One consumed event source (a durable consumer). */
export type AnalyticsSource = {
  __typename?: 'AnalyticsSource';
  /** As AnalyticsFreshness.lagSeconds, for this source. */
  lagSeconds?: Maybe<Scalars['Float']['output']>;
  lastAppliedAt?: Maybe<Scalars['DateTime']['output']>;
  lastEventOccurredAt?: Maybe<Scalars['DateTime']['output']>;
  lastStreamSequence?: Maybe<Scalars['Float']['output']>;
  /** As AnalyticsFreshness.pending, for this source. */
  pending?: Maybe<Scalars['Int']['output']>;
  /** Durable consumer name, e.g. analytics_projects_project. */
  source: Scalars['String']['output'];
};

/** One division of a breakdown. A city's enterprise counts are not the sum of its counties': an enterprise counts once. */
export type DivisionMetrics = {
  __typename?: 'DivisionMetrics';
  /** 赔款金额 (元) */
  claimAmountYuan: Scalars['String']['output'];
  /** 出险笔数 */
  claimCount: Scalars['Int']['output'];
  divisionCode: Scalars['String']['output'];
  /** Short name, e.g. 南岗区. */
  divisionName: Scalars['String']['output'];
  enterprisesWithProjects: Scalars['Int']['output'];
  /** 投保比率 */
  insuranceRatio: Ratio;
  /** 投保笔数 */
  insuredProjects: Scalars['Int']['output'];
  level: StatisticsLevel;
  projectTotal: Scalars['Int']['output'];
  registeredEnterprises: Scalars['Int']['output'];
  registrationRatio: Ratio;
};

export type Query = {
  __typename?: 'Query';
  /** How current the statistics are. */
  analyticsFreshness: AnalyticsFreshness;
  /**
   * 监管统计 (DOMAIN.md §7) for a division and its breakdown one level down (provinces of the country, cities of a
   * province, counties of a city). divisionCode defaults to the viewer's jurisdiction (an administrator without one:
   * the whole country, 000000). Regulators only inside their jurisdiction.
   */
  regulatorMetrics: RegulatorMetrics;
};


export type QueryRegulatorMetricsArgs = {
  divisionCode?: InputMaybe<Scalars['String']['input']>;
};

/** An exact ratio, with a percentage rounded for display. */
export type Ratio = {
  __typename?: 'Ratio';
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** numerator / denominator × 100, rounded to two decimals; null when the denominator is 0. */
  percentage?: Maybe<Scalars['Float']['output']>;
};

/** A division's numbers with the same numbers for each division one level down. */
export type RegulatorMetrics = {
  __typename?: 'RegulatorMetrics';
  /** Each division one level down, zeros included; empty for a county. */
  children: Array<DivisionMetrics>;
  /** 赔款金额 (保险公司输入理赔金额累计): sum of the 已决金额 entered on the claims here (a reopened claim keeps it until settled again), exact 元 with two decimals, e.g. 12345.60. */
  claimAmountYuan: Scalars['String']['output'];
  /**
   * 出险笔数 (保险公司标记出险次数累计): claims recorded on policies of projects here, whatever their state — a 拒赔
   * claim still records an accident.
   */
  claimCount: Scalars['Int']['output'];
  divisionCode: Scalars['String']['output'];
  /** Full name, e.g. 黑龙江省 哈尔滨市. */
  divisionName: Scalars['String']['output'];
  /** Distinct 施工企业 (by 统一社会信用代码) with valid projects here: 注册比率's denominator. */
  enterprisesWithProjects: Scalars['Int']['output'];
  freshness: AnalyticsFreshness;
  /** 投保比率 (承保比例) = insured valid projects / 项目总数 (在建 or 停工 projects with an issued policy). */
  insuranceRatio: Ratio;
  /** 投保笔数 (项目投保数量): projects with an issued policy, each once however many policies, whatever their status. */
  insuredProjects: Scalars['Int']['output'];
  level: StatisticsLevel;
  /** 项目总数: valid projects (在建 or 停工; 竣工 does not count). */
  projectTotal: Scalars['Int']['output'];
  /** Of those, the ones registered on the platform (approved ENTERPRISE organisations): 注册比率's numerator. */
  registeredEnterprises: Scalars['Int']['output'];
  /** 注册比率 */
  registrationRatio: Ratio;
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

export type StatisticsLevel =
  /** 地市级 */
  | 'CITY'
  /** 区县级 */
  | 'COUNTY'
  /** 全国 */
  | 'NATIONAL'
  /** 省级 */
  | 'PROVINCE';



export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AnalyticsFreshness: ResolverTypeWrapper<AnalyticsFreshness>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnalyticsSource: ResolverTypeWrapper<AnalyticsSource>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DivisionMetrics: ResolverTypeWrapper<DivisionMetrics>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Ratio: ResolverTypeWrapper<Ratio>;
  RegulatorMetrics: ResolverTypeWrapper<RegulatorMetrics>;
  Role: Role;
  StatisticsLevel: StatisticsLevel;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnalyticsFreshness: AnalyticsFreshness;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  AnalyticsSource: AnalyticsSource;
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  DivisionMetrics: DivisionMetrics;
  Query: Record<PropertyKey, never>;
  Ratio: Ratio;
  RegulatorMetrics: RegulatorMetrics;
  Boolean: Scalars['Boolean']['output'];
};

export type AllowPendingPasswordChangeDirectiveArgs = { };

export type AllowPendingPasswordChangeDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = AllowPendingPasswordChangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthDirectiveArgs = {
  requires: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnalyticsFreshnessResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsFreshness'] = ResolversParentTypes['AnalyticsFreshness']> = {
  lagSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastAppliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastEventOccurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['AnalyticsSource']>, ParentType, ContextType>;
};

export type AnalyticsSourceResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsSource'] = ResolversParentTypes['AnalyticsSource']> = {
  lagSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastAppliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastEventOccurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastStreamSequence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DivisionMetricsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DivisionMetrics'] = ResolversParentTypes['DivisionMetrics']> = {
  claimAmountYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterprisesWithProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  insuranceRatio?: Resolver<ResolversTypes['Ratio'], ParentType, ContextType>;
  insuredProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['StatisticsLevel'], ParentType, ContextType>;
  projectTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredEnterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationRatio?: Resolver<ResolversTypes['Ratio'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  analyticsFreshness?: Resolver<ResolversTypes['AnalyticsFreshness'], ParentType, ContextType>;
  regulatorMetrics?: Resolver<ResolversTypes['RegulatorMetrics'], ParentType, ContextType, Partial<QueryRegulatorMetricsArgs>>;
};

export type RatioResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Ratio'] = ResolversParentTypes['Ratio']> = {
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RegulatorMetricsResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['RegulatorMetrics'] = ResolversParentTypes['RegulatorMetrics']> = {
  children?: Resolver<Array<ResolversTypes['DivisionMetrics']>, ParentType, ContextType>;
  claimAmountYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterprisesWithProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freshness?: Resolver<ResolversTypes['AnalyticsFreshness'], ParentType, ContextType>;
  insuranceRatio?: Resolver<ResolversTypes['Ratio'], ParentType, ContextType>;
  insuredProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['StatisticsLevel'], ParentType, ContextType>;
  projectTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredEnterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationRatio?: Resolver<ResolversTypes['Ratio'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AnalyticsContext> = {
  AnalyticsFreshness?: AnalyticsFreshnessResolvers<ContextType>;
  AnalyticsSource?: AnalyticsSourceResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DivisionMetrics?: DivisionMetricsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Ratio?: RatioResolvers<ContextType>;
  RegulatorMetrics?: RegulatorMetricsResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = AnalyticsContext> = {
  allowPendingPasswordChange?: AllowPendingPasswordChangeDirectiveResolver<any, any, ContextType>;
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
