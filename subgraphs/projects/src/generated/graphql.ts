import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IProject } from '../domain/project.entity.ts';
import type { IMajorHazardSource } from '../domain/major-hazard.entity.ts';
import type { IProjectChange } from '../domain/project-change.entity.ts';
import type { ProjectsContext } from '../context.ts';
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

export type FieldChange = {
  __typename?: 'FieldChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  /** The field's Chinese label. */
  label: Scalars['String']['output'];
  to?: Maybe<Scalars['String']['output']>;
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

export type MajorHazardInput = {
  controlMeasures: Scalars['String']['input'];
  location: Scalars['String']['input'];
  periodEnd: Scalars['Date']['input'];
  periodStart: Scalars['Date']['input'];
  responsiblePerson: Scalars['String']['input'];
  responsiblePhone: Scalars['String']['input'];
  type: MajorHazardType;
};

/** 重大危险源登记. */
export type MajorHazardSource = {
  __typename?: 'MajorHazardSource';
  /** 管控措施 */
  controlMeasures: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 部位 / 位置 */
  location: Scalars['String']['output'];
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  projectId: Scalars['ID']['output'];
  /** 责任人 */
  responsiblePerson: Scalars['String']['output'];
  /** 责任人电话; masked (138****1234) for everyone but the owning enterprise and platform administrators. */
  responsiblePhone: Scalars['String']['output'];
  type: MajorHazardType;
  typeLabel: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** 重大危险源类别. */
export type MajorHazardType =
  /** 深基坑工程 */
  | 'DEEP_EXCAVATION'
  /** 拆除工程 */
  | 'DEMOLITION'
  /** 高大模板工程 */
  | 'HIGH_FORMWORK'
  /** 起重吊装及安装拆卸工程 */
  | 'HOISTING'
  /** 其他 */
  | 'OTHER'
  /** 脚手架工程 */
  | 'SCAFFOLDING'
  /** 暗挖工程 */
  | 'UNDERGROUND_EXCAVATION';

export type MajorHazardTypeOption = {
  __typename?: 'MajorHazardTypeOption';
  label: Scalars['String']['output'];
  value: MajorHazardType;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 在建 ⇄ 停工, 在建/停工 → 竣工; 竣工 is final. */
  changeProjectStatus: Project;
  /** 新增项目: 施工企业 and its 统一社会信用代码 come from the enterprise's approved registration. */
  createProject: ProjectPayload;
  /** 重大危险源登记. */
  registerMajorHazard: MajorHazardSource;
  /** Removes a registration; the history of the project keeps what it was. */
  removeMajorHazard: Project;
  updateMajorHazard: MajorHazardSource;
  /** Edits a project; `version` is the one the form was loaded with (a stale version is refused). */
  updateProject: ProjectPayload;
};


export type MutationChangeProjectStatusArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ProjectStatus;
};


export type MutationCreateProjectArgs = {
  input: ProjectInput;
};


export type MutationRegisterMajorHazardArgs = {
  input: MajorHazardInput;
  projectId: Scalars['ID']['input'];
};


export type MutationRemoveMajorHazardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMajorHazardArgs = {
  id: Scalars['ID']['input'];
  input: MajorHazardInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: ProjectInput;
  version: Scalars['Int']['input'];
};

export type PageInput = {
  /** 1-based page number */
  page?: InputMaybe<Scalars['Int']['input']>;
  /** 10 / 20 / 50 条/页 */
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

/** 项目. Other subgraphs extend it (policy status, hazards, …). */
export type Project = {
  __typename?: 'Project';
  /** 项目地址: the division's full name, e.g. 黑龙江省哈尔滨市南岗区 */
  address: Scalars['String']['output'];
  /** 经纪公司: the policy's, else the open application's. */
  brokerId?: Maybe<Scalars['ID']['output']>;
  /** 项目类别 */
  category: ProjectCategory;
  categoryLabel: Scalars['String']['output'];
  /** 项目代码 (upper case) */
  code: Scalars['String']['output'];
  /** 施工企业 */
  constructorName: Scalars['String']['output'];
  /** 施工企业 统一社会信用代码 */
  constructorUscc: Scalars['String']['output'];
  /** 工程造价 in 分, exact (decimal digits). */
  costFen: Scalars['String']['output'];
  /** 工程造价 (元), exact decimal. */
  costYuan: Scalars['String']['output'];
  /** 登记时间 */
  createdAt: Scalars['DateTime']['output'];
  /** 详细地址 */
  detailAddress?: Maybe<Scalars['String']['output']>;
  /** 行政区划代码 (county level) */
  divisionCode: Scalars['String']['output'];
  /** 项目工期 (天) */
  durationDays: Scalars['Int']['output'];
  /** Change history, newest first (who changed what: not for insurers and brokers). */
  history: Array<ProjectChange>;
  id: Scalars['ID']['output'];
  /**
   * 投保状态, from underwriting's events: 已投保 once a policy is issued (a later renewal application does not change
   * it), otherwise the newest application's (撤回 → 未投保).
   */
  insuranceStatus: InsuranceStatus;
  /** 未投保 / 待复审 / 复审不通过 / 可出单 / 已投保 */
  insuranceStatusLabel: Scalars['String']['output'];
  /** 承保时间: when the policy was issued. */
  insuredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The premium lies outside its plan's plausible bounds (the insurer confirmed it at 出单): flagged next to 保费(元). */
  insuredPremiumImplausible: Scalars['Boolean']['output'];
  /** 保费 (元) of the policy, exact decimal. */
  insuredPremiumYuan?: Maybe<Scalars['String']['output']>;
  /** 保险机构: the policy's, else the open application's. */
  insurerId?: Maybe<Scalars['ID']['output']>;
  /** 保险机构 name (null until identity has announced it). */
  insurerName?: Maybe<Scalars['String']['output']>;
  /** 投资规模 (万元), exact decimal. */
  investmentWan: Scalars['String']['output'];
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Site coordinates, WGS-84. */
  longitude?: Maybe<Scalars['Float']['output']>;
  /** 重大危险源登记. */
  majorHazards: Array<MajorHazardSource>;
  /** 项目名称 */
  name: Scalars['String']['output'];
  /** The recording enterprise. */
  organisationId: Scalars['ID']['output'];
  /** 建设单位 */
  ownerUnit: Scalars['String']['output'];
  /** 计划竣工日期 */
  plannedEnd: Scalars['Date']['output'];
  /** 计划开工日期 */
  plannedStart: Scalars['Date']['output'];
  policyEnd?: Maybe<Scalars['Date']['output']>;
  /** 保单号 */
  policyNumber?: Maybe<Scalars['String']['output']>;
  /** 保险期间: 生效日期 and 终止日期 (after any 顺延). */
  policyStart?: Maybe<Scalars['Date']['output']>;
  status: ProjectStatus;
  /** 在建 / 停工 / 竣工 */
  statusLabel: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic concurrency: pass it back to updateProject. */
  version: Scalars['Int']['output'];
};

/** 项目类别. */
export type ProjectCategory =
  /** 房屋建筑工程 */
  | 'BUILDING'
  /** 公路工程 */
  | 'HIGHWAY'
  /** 市政公用工程 */
  | 'MUNICIPAL'
  /** 其他 */
  | 'OTHER'
  /** 港口与航道工程 */
  | 'PORT_WATERWAY'
  /** 电力工程 */
  | 'POWER'
  /** 铁路工程 */
  | 'RAILWAY'
  /** 水利水电工程 */
  | 'WATER_CONSERVANCY';

export type ProjectCategoryOption = {
  __typename?: 'ProjectCategoryOption';
  label: Scalars['String']['output'];
  value: ProjectCategory;
};

/** One audited change of a project or of one of its major hazard sources. */
export type ProjectChange = {
  __typename?: 'ProjectChange';
  /** CREATED, UPDATED, STATUS_CHANGED, HAZARD_REGISTERED, HAZARD_UPDATED, HAZARD_REMOVED */
  action: Scalars['String']['output'];
  actorOrganisationId?: Maybe<Scalars['String']['output']>;
  /** Who: user id (or client id) and organisation. */
  actorUserId?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  changes: Array<FieldChange>;
  id: Scalars['ID']['output'];
  /** The major hazard source concerned, for HAZARD_* actions. */
  majorHazardId?: Maybe<Scalars['ID']['output']>;
  /** 变更人: the user who made the change, resolved by identity for display (null for an API client). */
  operator?: Maybe<User>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type ProjectFilter = {
  category?: InputMaybe<ProjectCategory>;
  /** 登记时间 from / to (inclusive days). */
  createdFrom?: InputMaybe<Scalars['Date']['input']>;
  createdTo?: InputMaybe<Scalars['Date']['input']>;
  /** 行政区划代码 at any level (230000, 230100, 230103). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** 投保状态 */
  insuranceStatus?: InputMaybe<InsuranceStatus>;
  /** 项目名称 contains. */
  name?: InputMaybe<Scalars['String']['input']>;
  plannedEndFrom?: InputMaybe<Scalars['Date']['input']>;
  plannedEndTo?: InputMaybe<Scalars['Date']['input']>;
  plannedStartFrom?: InputMaybe<Scalars['Date']['input']>;
  plannedStartTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ProjectStatus>;
  /** 单位名称: 施工企业 or 建设单位 contains. */
  unitName?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectInput = {
  category: ProjectCategory;
  code: Scalars['String']['input'];
  /** 工程造价 in 元 as a decimal string (≤ 2 decimals); give this or investmentWan. */
  costYuan?: InputMaybe<Scalars['String']['input']>;
  detailAddress?: InputMaybe<Scalars['String']['input']>;
  /** County-level GB/T 2260 code. */
  divisionCode: Scalars['String']['input'];
  /** 项目工期 (天); derived from the dates when omitted. */
  durationDays?: InputMaybe<Scalars['Int']['input']>;
  /** 投资规模 in 万元 as a decimal string (≤ 6 decimals); give this or costYuan. */
  investmentWan?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** WGS-84; both or neither. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  ownerUnit: Scalars['String']['input'];
  plannedEnd: Scalars['Date']['input'];
  plannedStart: Scalars['Date']['input'];
};

export type ProjectPage = {
  __typename?: 'ProjectPage';
  items: Array<Project>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** What was saved, and what looks wrong but was not refused (template code, likely duplicate). */
export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  project: Project;
  warnings: Array<ProjectWarning>;
};

export type ProjectSort = {
  direction?: InputMaybe<SortDirection>;
  field: ProjectSortField;
};

export type ProjectSortField =
  | 'COST'
  | 'CREATED_AT'
  | 'NAME'
  | 'PLANNED_START';

/** 项目状态. */
export type ProjectStatus =
  /** 竣工 */
  | 'COMPLETED'
  /** 停工 */
  | 'SUSPENDED'
  /** 在建 */
  | 'UNDER_CONSTRUCTION';

export type ProjectWarning = {
  __typename?: 'ProjectWarning';
  /** TEMPLATE_CODE, DUPLICATE_CODE, DUPLICATE_NAME */
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 重大危险源 type dictionary. */
  majorHazardTypes: Array<MajorHazardTypeOption>;
  /** The signed-in enterprise's own projects (项目信息 of the enterprise menu). */
  myProjects: ProjectPage;
  /** One project, if the viewer may see it. */
  project?: Maybe<Project>;
  /** 项目类别 dictionary. */
  projectCategories: Array<ProjectCategoryOption>;
  /**
   * 项目信息 list. Regulators see their jurisdiction (division-code prefix), API clients theirs when set, platform
   * administrators everything, an enterprise only its own projects, an insurer or a broker the projects whose
   * application or policy names its organisation among the readers (the insurer, the named broker, the insurer's
   * partner brokers).
   */
  projects: ProjectPage;
};


export type QueryMyProjectsArgs = {
  filter?: InputMaybe<ProjectFilter>;
  page?: InputMaybe<PageInput>;
  sort?: InputMaybe<ProjectSort>;
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  filter?: InputMaybe<ProjectFilter>;
  page?: InputMaybe<PageInput>;
  sort?: InputMaybe<ProjectSort>;
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

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
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
  Project: Project;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  InsuranceStatus: InsuranceStatus;
  MajorHazardInput: MajorHazardInput;
  MajorHazardSource: ResolverTypeWrapper<IMajorHazardSource>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MajorHazardType: MajorHazardType;
  MajorHazardTypeOption: ResolverTypeWrapper<MajorHazardTypeOption>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInput: PageInput;
  Project: ResolverTypeWrapper<IProject>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ProjectCategory: ProjectCategory;
  ProjectCategoryOption: ResolverTypeWrapper<ProjectCategoryOption>;
  ProjectChange: ResolverTypeWrapper<IProjectChange>;
  ProjectFilter: ProjectFilter;
  ProjectInput: ProjectInput;
  ProjectPage: ResolverTypeWrapper<Omit<ProjectPage, 'items'> & { items: Array<ResolversTypes['Project']> }>;
  ProjectPayload: ResolverTypeWrapper<Omit<ProjectPayload, 'project'> & { project: ResolversTypes['Project'] }>;
  ProjectSort: ProjectSort;
  ProjectSortField: ProjectSortField;
  ProjectStatus: ProjectStatus;
  ProjectWarning: ResolverTypeWrapper<ProjectWarning>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  SortDirection: SortDirection;
  User: ResolverTypeWrapper<User>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FieldChange: FieldChange;
  String: Scalars['String']['output'];
  MajorHazardInput: MajorHazardInput;
  MajorHazardSource: IMajorHazardSource;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MajorHazardTypeOption: MajorHazardTypeOption;
  Mutation: Record<PropertyKey, never>;
  PageInput: PageInput;
  Project: IProject;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ProjectCategoryOption: ProjectCategoryOption;
  ProjectChange: IProjectChange;
  ProjectFilter: ProjectFilter;
  ProjectInput: ProjectInput;
  ProjectPage: Omit<ProjectPage, 'items'> & { items: Array<ResolversParentTypes['Project']> };
  ProjectPayload: Omit<ProjectPayload, 'project'> & { project: ResolversParentTypes['Project'] };
  ProjectSort: ProjectSort;
  ProjectWarning: ProjectWarning;
  Query: Record<PropertyKey, never>;
  User: User;
};

export type AllowPendingPasswordChangeDirectiveArgs = { };

export type AllowPendingPasswordChangeDirectiveResolver<Result, Parent, ContextType = ProjectsContext, Args = AllowPendingPasswordChangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthDirectiveArgs = {
  requires: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = ProjectsContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = ProjectsContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FieldChangeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MajorHazardSourceResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['MajorHazardSource'] = ResolversParentTypes['MajorHazardSource']> = {
  controlMeasures?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  responsiblePerson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsiblePhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MajorHazardType'], ParentType, ContextType>;
  typeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MajorHazardTypeOptionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['MajorHazardTypeOption'] = ResolversParentTypes['MajorHazardTypeOption']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['MajorHazardType'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeProjectStatus?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationChangeProjectStatusArgs, 'id' | 'status'>>;
  createProject?: Resolver<ResolversTypes['ProjectPayload'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  registerMajorHazard?: Resolver<ResolversTypes['MajorHazardSource'], ParentType, ContextType, RequireFields<MutationRegisterMajorHazardArgs, 'input' | 'projectId'>>;
  removeMajorHazard?: Resolver<ResolversTypes['Project'], ParentType, ContextType, RequireFields<MutationRemoveMajorHazardArgs, 'id'>>;
  updateMajorHazard?: Resolver<ResolversTypes['MajorHazardSource'], ParentType, ContextType, RequireFields<MutationUpdateMajorHazardArgs, 'id' | 'input' | 'version'>>;
  updateProject?: Resolver<ResolversTypes['ProjectPayload'], ParentType, ContextType, RequireFields<MutationUpdateProjectArgs, 'id' | 'input' | 'version'>>;
};

export type ProjectResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  brokerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ProjectCategory'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  constructorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  constructorUscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costFen?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costYuan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detailAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ProjectChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuranceStatus?: Resolver<ResolversTypes['InsuranceStatus'], ParentType, ContextType>;
  insuranceStatusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insuredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  insuredPremiumImplausible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insuredPremiumYuan?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  insurerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  insurerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  investmentWan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  longitude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  majorHazards?: Resolver<Array<ResolversTypes['MajorHazardSource']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plannedStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  policyEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  policyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policyStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectCategoryOptionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectCategoryOption'] = ResolversParentTypes['ProjectCategoryOption']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['ProjectCategory'], ParentType, ContextType>;
};

export type ProjectChangeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectChange'] = ResolversParentTypes['ProjectChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorOrganisationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  majorHazardId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectPageResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectPage'] = ResolversParentTypes['ProjectPage']> = {
  items?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectPayloadResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectPayload'] = ResolversParentTypes['ProjectPayload']> = {
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ProjectWarning']>, ParentType, ContextType>;
};

export type ProjectWarningResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectWarning'] = ResolversParentTypes['ProjectWarning']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  majorHazardTypes?: Resolver<Array<ResolversTypes['MajorHazardTypeOption']>, ParentType, ContextType>;
  myProjects?: Resolver<ResolversTypes['ProjectPage'], ParentType, ContextType, Partial<QueryMyProjectsArgs>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projectCategories?: Resolver<Array<ResolversTypes['ProjectCategoryOption']>, ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['ProjectPage'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
};

export type UserResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ProjectsContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FieldChange?: FieldChangeResolvers<ContextType>;
  MajorHazardSource?: MajorHazardSourceResolvers<ContextType>;
  MajorHazardTypeOption?: MajorHazardTypeOptionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectCategoryOption?: ProjectCategoryOptionResolvers<ContextType>;
  ProjectChange?: ProjectChangeResolvers<ContextType>;
  ProjectPage?: ProjectPageResolvers<ContextType>;
  ProjectPayload?: ProjectPayloadResolvers<ContextType>;
  ProjectWarning?: ProjectWarningResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ProjectsContext> = {
  allowPendingPasswordChange?: AllowPendingPasswordChangeDirectiveResolver<any, any, ContextType>;
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
