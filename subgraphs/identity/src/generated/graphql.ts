import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IOrganisation } from '../domain/organisation.entity.ts';
import type { IUser } from '../domain/user.entity.ts';
import type { IAuditRecord } from '../domain/audit-record.entity.ts';
import type { IApiClient } from '../domain/session.entity.ts';
import type { ViewerView } from '../resolvers/Viewer.ts';
import type { Division as DivisionModel } from '@anze/dictionaries';
import type { IdentityContext } from '../context.ts';
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
  /** Date and time, ISO 8601 with offset. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ApiClient = {
  __typename?: 'ApiClient';
  clientId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Division code the client's data is limited to. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type ApiClientCredentials = {
  __typename?: 'ApiClientCredentials';
  client: ApiClient;
  /** Shown once. */
  clientSecret: Scalars['String']['output'];
};

export type ApiClientInput = {
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};

export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** First record whose hash does not match, if any. */
  firstBrokenSeq?: Maybe<Scalars['Int']['output']>;
  intact: Scalars['Boolean']['output'];
  recordsChecked: Scalars['Int']['output'];
  verifiedAt: Scalars['DateTime']['output'];
};

export type AuditFilter = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  result?: InputMaybe<AuditResult>;
  /** 主体: a login name or user:<id> finds every record of that account */
  subject?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Type prefix, e.g. auth.login */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** 时间 */
  at: Scalars['DateTime']['output'];
  detail?: Maybe<Scalars['String']['output']>;
  hash: Scalars['String']['output'];
  /** 客体: what was acted on */
  object?: Maybe<Scalars['String']['output']>;
  /** 结果 */
  result: AuditResult;
  seq: Scalars['Int']['output'];
  /** 主体: who acted: an account as `username (user:<id>)`, a name typed at a failed login, `client:<id>`, `cert:<serial>` or anonymous */
  subject: Scalars['String']['output'];
  /** 类型, e.g. auth.login.password */
  type: Scalars['String']['output'];
};

export type AuditRecordPage = {
  __typename?: 'AuditRecordPage';
  items: Array<AuditRecord>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type AuditResult =
  | 'FAILURE'
  | 'SUCCESS';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  /** Seconds until the access token expires. */
  expiresIn: Scalars['Int']['output'];
  mustChangePassword: Scalars['Boolean']['output'];
  refreshToken: Scalars['String']['output'];
  viewer: Viewer;
};

export type CertificateChallenge = {
  __typename?: 'CertificateChallenge';
  /** Base64 random bytes to sign. */
  challenge: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type CertificateLoginInput = {
  algorithm: SignatureAlgorithm;
  /** PEM or base64 DER of the signer's certificate. */
  certificate: Scalars['String']['input'];
  challengeId: Scalars['ID']['input'];
  /** Base64 signature over the challenge bytes. */
  signature: Scalars['String']['input'];
};

export type ClientToken = {
  __typename?: 'ClientToken';
  accessToken: Scalars['String']['output'];
  expiresIn: Scalars['Int']['output'];
  scopes: Array<Scalars['String']['output']>;
};

/** An organisation's contact details in full (revealContact). */
export type ContactDetails = {
  __typename?: 'ContactDetails';
  /** 联系邮箱 */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** 联系人手机 */
  contactMobile?: Maybe<Scalars['String']['output']>;
  /** 法人手机 */
  legalRepresentativeMobile?: Maybe<Scalars['String']['output']>;
  organisationId: Scalars['ID']['output'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** Required for REGULATOR: province, city or county code. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  roles: Array<Role>;
  username: Scalars['String']['input'];
};

export type Division = {
  __typename?: 'Division';
  children: Array<Division>;
  code: Scalars['String']['output'];
  /** 省/市/县 joined, e.g. 黑龙江省 哈尔滨市 南岗区. */
  fullName: Scalars['String']['output'];
  level: DivisionLevel;
  name: Scalars['String']['output'];
  parentCode?: Maybe<Scalars['String']['output']>;
};

export type DivisionLevel =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

export type EnterpriseProfileInput = {
  businessAddress: Scalars['String']['input'];
  businessScope: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactMobile: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  divisionCode: Scalars['String']['input'];
  legalRepresentative: Scalars['String']['input'];
  legalRepresentativeMobile: Scalars['String']['input'];
  name: Scalars['String']['input'];
  registeredAddress: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};

export type EnterpriseRegistrationInput = {
  password: Scalars['String']['input'];
  profile: EnterpriseProfileInput;
  /** Login name of the enterprise's first user (defaults to the USCC when empty). */
  username?: InputMaybe<Scalars['String']['input']>;
};

export type IssuedAccount = {
  __typename?: 'IssuedAccount';
  /** Shown once; must be changed at first login. */
  initialPassword: Scalars['String']['output'];
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 审核 通过. */
  approveRegistration: Organisation;
  /** 修改密码; required before anything else when mustChangePassword is set. */
  changePassword: AuthPayload;
  /** Registers a third-party platform; the secret is shown once. */
  createApiClient: ApiClientCredentials;
  /** Creates a non-enterprise organisation (insurer, broker, prevention org, regulator department). */
  createOrganisation: Organisation;
  /** Issues an account; the initial password must be changed at first login. */
  createUser: IssuedAccount;
  /** Client-credentials grant for third-party platforms: a short-lived token limited to the client's scopes. */
  issueClientToken: ClientToken;
  /** CA证书登录 step 2: the certificate and the signature over the challenge. Refused for roles SIGN_IN_POLICY gives another method. */
  loginWithCertificate: AuthPayload;
  /**
   * 密码登录, for the roles SIGN_IN_POLICY lets sign in with a password (default REGULATOR). Roles signing in with
   * password + certificate (default PLATFORM_ADMIN, AUDITOR) must add secondFactor: a challenge from
   * requestCertificateChallenge signed with a CA certificate bound to the same account; without it the right password is
   * answered with code SECOND_FACTOR_REQUIRED. Roles signing in with the certificate (default ENTERPRISE, INSURER, BROKER,
   * PREVENTION_ORG, EXPERT) are refused after the right password with 该账号须使用数字证书（CA）登录. A second factor that
   * fails counts towards the lockout. The payload's viewer is the account that signed in.
   */
  loginWithPassword: AuthPayload;
  /** Revokes the session of this refresh token. */
  logout: Scalars['Boolean']['output'];
  /** Rotates the refresh token; a reused one revokes the whole session. */
  refreshSession: AuthPayload;
  /** 注册: an enterprise registers itself and its first user; status becomes 审核中. */
  registerEnterprise: RegistrationReceipt;
  /** 审核 驳回, with the reason shown to the enterprise. */
  rejectRegistration: Organisation;
  /** CA证书登录 step 1: a random single-use challenge to sign. */
  requestCertificateChallenge: CertificateChallenge;
  resetPassword: IssuedAccount;
  /**
   * 查看完整信息 (PIPL): an organisation's contact details in full, which every other answer masks. Platform
   * administrators for any organisation, its own users for their organisation; each call is audited
   * (pipl.contact.revealed: who, whose record, which fields). Others: FORBIDDEN (audited too).
   */
  revealContact: ContactDetails;
  /** 查看完整信息 of a user's mobile: platform administrators, and the user; audited like revealContact. */
  revealUserContact: UserContactDetails;
  revokeApiClient: ApiClient;
  /** Broker–insurer partnership (经纪公司 — 合作保险公司). */
  setPartnership: Organisation;
  setUserEnabled: User;
  setUserRoles: User;
  unlockUser: User;
  /** 进入编辑 / 保存 on 企业信息; after 已驳回 this also resubmits for review. 统一社会信用代码 never changes, 企业名称 not after 已通过 (BAD_USER_INPUT naming the field). */
  updateEnterpriseProfile: Organisation;
};


export type MutationApproveRegistrationArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateApiClientArgs = {
  input: ApiClientInput;
};


export type MutationCreateOrganisationArgs = {
  input: OrganisationInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationIssueClientTokenArgs = {
  clientId: Scalars['String']['input'];
  clientSecret: Scalars['String']['input'];
};


export type MutationLoginWithCertificateArgs = {
  input: CertificateLoginInput;
};


export type MutationLoginWithPasswordArgs = {
  password: Scalars['String']['input'];
  secondFactor?: InputMaybe<CertificateLoginInput>;
  username: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterEnterpriseArgs = {
  input: EnterpriseRegistrationInput;
};


export type MutationRejectRegistrationArgs = {
  organisationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevealContactArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationRevealUserContactArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPartnershipArgs = {
  active: Scalars['Boolean']['input'];
  brokerId: Scalars['ID']['input'];
  insurerId: Scalars['ID']['input'];
};


export type MutationSetUserEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetUserRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationUnlockUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUpdateEnterpriseProfileArgs = {
  input: EnterpriseProfileInput;
};

export type Organisation = {
  __typename?: 'Organisation';
  /** 主要经营地址 */
  businessAddress?: Maybe<Scalars['String']['output']>;
  /** 经营范围 */
  businessScope?: Maybe<Scalars['String']['output']>;
  /** 联系邮箱, masked for every role (z***@example.com); in full through revealContact */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** 联系人手机, masked for every role (138****1234); in full through revealContact */
  contactMobile?: Maybe<Scalars['String']['output']>;
  /** 联系人姓名 */
  contactName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  division?: Maybe<Division>;
  /** 行政区划代码 */
  divisionCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 法人姓名 */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** 法人手机, masked for every role; in full through revealContact */
  legalRepresentativeMobile?: Maybe<Scalars['String']['output']>;
  /** 企业名称 */
  name: Scalars['String']['output'];
  /** Insurers this broker partners with, or brokers partnering with this insurer. */
  partners: Array<Organisation>;
  /** 工商注册地址 */
  registeredAddress?: Maybe<Scalars['String']['output']>;
  registrationStatus: RegistrationStatus;
  /** 驳回原因 */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  type: OrganisationType;
  updatedAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 */
  uscc: Scalars['String']['output'];
};

export type OrganisationFilter = {
  /** Division code prefix filter (inside the viewer's jurisdiction). */
  divisionCode?: InputMaybe<Scalars['String']['input']>;
  /** Matches 企业名称 or 统一社会信用代码. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RegistrationStatus>;
  type?: InputMaybe<OrganisationType>;
};

export type OrganisationInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactMobile?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  divisionCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  type: OrganisationType;
  uscc: Scalars['String']['input'];
};

export type OrganisationPage = {
  __typename?: 'OrganisationPage';
  items: Array<Organisation>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  /** 共 N 项 */
  total: Scalars['Int']['output'];
};

export type OrganisationType =
  /** 经纪公司 */
  | 'BROKER'
  /** 建筑施工企业 */
  | 'ENTERPRISE'
  /** 保险机构 */
  | 'INSURER'
  /** 平台运营方 */
  | 'PLATFORM'
  /** 事故预防机构 */
  | 'PREVENTION_ORG'
  /** 职能部门 */
  | 'REGULATOR';

export type PageInput = {
  /** 1-based page number */
  page?: InputMaybe<Scalars['Int']['input']>;
  /** 10 / 20 / 50 条/页 */
  pageSize?: InputMaybe<Scalars['Int']['input']>;
};

export type PasswordPolicy = {
  __typename?: 'PasswordPolicy';
  description: Scalars['String']['output'];
  idleTimeoutSeconds: Scalars['Int']['output'];
  lockoutSeconds: Scalars['Int']['output'];
  lockoutThreshold: Scalars['Int']['output'];
  minLength: Scalars['Int']['output'];
  requiredClasses: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  apiClients: Array<ApiClient>;
  /** Recomputes the hash chain over the whole audit log. */
  auditChainVerification: AuditChainVerification;
  /** Audit log (审计日志), newest first. */
  auditRecords: AuditRecordPage;
  /** The audit types recorded so far (e.g. auth.login.password), sorted: the choices of the 类型 filter. */
  auditTypes: Array<Scalars['String']['output']>;
  division?: Maybe<Division>;
  /** GB/T 2260 administrative divisions (行政区划). Without parent: the provinces. */
  divisions: Array<Division>;
  /** Insurers an enterprise may choose, with the brokers partnering with each. */
  insurers: Array<Organisation>;
  /** The signed-in user's own organisation (企业信息). */
  myOrganisation?: Maybe<Organisation>;
  /** One organisation; regulators only inside their jurisdiction. */
  organisation?: Maybe<Organisation>;
  /** Organisations (注册审核 uses status PENDING); regulators see their jurisdiction only. */
  organisations: OrganisationPage;
  /** Current password rules, shown on 修改密码 and 注册. */
  passwordPolicy: PasswordPolicy;
  users: UserPage;
  /** The signed-in user and their organisation; null when anonymous. */
  viewer?: Maybe<Viewer>;
};


export type QueryAuditRecordsArgs = {
  filter?: InputMaybe<AuditFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryDivisionArgs = {
  code: Scalars['String']['input'];
};


export type QueryDivisionsArgs = {
  parent?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  filter?: InputMaybe<OrganisationFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryUsersArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};

/** What the anonymous registrant may see of its own new registration. */
export type RegistrationReceipt = {
  __typename?: 'RegistrationReceipt';
  name: Scalars['String']['output'];
  organisationId: Scalars['ID']['output'];
  registrationStatus: RegistrationStatus;
  uscc: Scalars['String']['output'];
  /** Login name of the first user. */
  username: Scalars['String']['output'];
};

export type RegistrationStatus =
  /** 已通过 */
  | 'APPROVED'
  /** 审核中 */
  | 'PENDING'
  /** 已驳回 */
  | 'REJECTED';

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

export type SignatureAlgorithm =
  | 'ECDSA_P256_SHA256'
  | 'RSA_PKCS1_SHA256'
  | 'RSA_PSS_SHA256'
  | 'SM2_SM3';

/**
 * An account. Administrators see everything; others reach a user only as themselves (viewer.user) or as the operator of
 * a record another subgraph shows them (projects' 变更记录 ProjectChange.operator), and read its name and roles only.
 */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Regulators: the division code of their jurisdiction. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  lockedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Masked for every role (138****1234); in full through revealUserContact */
  mobile?: Maybe<Scalars['String']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  organisation?: Maybe<Organisation>;
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

/** A user's contact details in full (revealUserContact). */
export type UserContactDetails = {
  __typename?: 'UserContactDetails';
  mobile?: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  page: Scalars['Int']['output'];
  pageSize: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Describes only the caller itself (or the account that just signed in); its user and organisation stay guarded. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Seconds of inactivity after which the session ends. */
  idleTimeoutSeconds: Scalars['Int']['output'];
  /** Division code the viewer may see (regulators: their jurisdiction). */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  organisation?: Maybe<Organisation>;
  roles: Array<Role>;
  user?: Maybe<User>;
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
  Organisation: Organisation;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApiClient: ResolverTypeWrapper<IApiClient>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiClientCredentials: ResolverTypeWrapper<Omit<ApiClientCredentials, 'client'> & { client: ResolversTypes['ApiClient'] }>;
  ApiClientInput: ApiClientInput;
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditFilter: AuditFilter;
  AuditRecord: ResolverTypeWrapper<IAuditRecord>;
  AuditRecordPage: ResolverTypeWrapper<Omit<AuditRecordPage, 'items'> & { items: Array<ResolversTypes['AuditRecord']> }>;
  AuditResult: AuditResult;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  CertificateChallenge: ResolverTypeWrapper<CertificateChallenge>;
  CertificateLoginInput: CertificateLoginInput;
  ClientToken: ResolverTypeWrapper<ClientToken>;
  ContactDetails: ResolverTypeWrapper<ContactDetails>;
  CreateUserInput: CreateUserInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Division: ResolverTypeWrapper<DivisionModel>;
  DivisionLevel: DivisionLevel;
  EnterpriseProfileInput: EnterpriseProfileInput;
  EnterpriseRegistrationInput: EnterpriseRegistrationInput;
  IssuedAccount: ResolverTypeWrapper<Omit<IssuedAccount, 'user'> & { user: ResolversTypes['User'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organisation: ResolverTypeWrapper<IOrganisation>;
  OrganisationFilter: OrganisationFilter;
  OrganisationInput: OrganisationInput;
  OrganisationPage: ResolverTypeWrapper<Omit<OrganisationPage, 'items'> & { items: Array<ResolversTypes['Organisation']> }>;
  OrganisationType: OrganisationType;
  PageInput: PageInput;
  PasswordPolicy: ResolverTypeWrapper<PasswordPolicy>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegistrationReceipt: ResolverTypeWrapper<RegistrationReceipt>;
  RegistrationStatus: RegistrationStatus;
  Role: Role;
  SignatureAlgorithm: SignatureAlgorithm;
  User: ResolverTypeWrapper<IUser>;
  UserContactDetails: ResolverTypeWrapper<UserContactDetails>;
  UserPage: ResolverTypeWrapper<Omit<UserPage, 'items'> & { items: Array<ResolversTypes['User']> }>;
  Viewer: ResolverTypeWrapper<ViewerView>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApiClient: IApiClient;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ApiClientCredentials: Omit<ApiClientCredentials, 'client'> & { client: ResolversParentTypes['ApiClient'] };
  ApiClientInput: ApiClientInput;
  AuditChainVerification: AuditChainVerification;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AuditFilter: AuditFilter;
  AuditRecord: IAuditRecord;
  AuditRecordPage: Omit<AuditRecordPage, 'items'> & { items: Array<ResolversParentTypes['AuditRecord']> };
  AuthPayload: Omit<AuthPayload, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  CertificateChallenge: CertificateChallenge;
  CertificateLoginInput: CertificateLoginInput;
  ClientToken: ClientToken;
  ContactDetails: ContactDetails;
  CreateUserInput: CreateUserInput;
  DateTime: Scalars['DateTime']['output'];
  Division: DivisionModel;
  EnterpriseProfileInput: EnterpriseProfileInput;
  EnterpriseRegistrationInput: EnterpriseRegistrationInput;
  IssuedAccount: Omit<IssuedAccount, 'user'> & { user: ResolversParentTypes['User'] };
  Mutation: Record<PropertyKey, never>;
  Organisation: IOrganisation;
  OrganisationFilter: OrganisationFilter;
  OrganisationInput: OrganisationInput;
  OrganisationPage: Omit<OrganisationPage, 'items'> & { items: Array<ResolversParentTypes['Organisation']> };
  PageInput: PageInput;
  PasswordPolicy: PasswordPolicy;
  Query: Record<PropertyKey, never>;
  RegistrationReceipt: RegistrationReceipt;
  User: IUser;
  UserContactDetails: UserContactDetails;
  UserPage: Omit<UserPage, 'items'> & { items: Array<ResolversParentTypes['User']> };
  Viewer: ViewerView;
};

export type AllowPendingPasswordChangeDirectiveArgs = { };

export type AllowPendingPasswordChangeDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = AllowPendingPasswordChangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthDirectiveArgs = {
  requires: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApiClientResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiClientCredentialsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ApiClientCredentials'] = ResolversParentTypes['ApiClientCredentials']> = {
  client?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType>;
  clientSecret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChainVerificationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = {
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  intact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AuditRecordResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<ResolversTypes['AuditResult'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditRecordPageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuditRecordPage'] = ResolversParentTypes['AuditRecordPage']> = {
  items?: Resolver<Array<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type CertificateChallengeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CertificateChallenge'] = ResolversParentTypes['CertificateChallenge']> = {
  challenge?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ClientTokenResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ClientToken'] = ResolversParentTypes['ClientToken']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactDetailsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = {
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactMobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalRepresentativeMobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DivisionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = {
  children?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DivisionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IssuedAccountResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['IssuedAccount'] = ResolversParentTypes['IssuedAccount']> = {
  initialPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveRegistration?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationApproveRegistrationArgs, 'organisationId'>>;
  changePassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createApiClient?: Resolver<ResolversTypes['ApiClientCredentials'], ParentType, ContextType, RequireFields<MutationCreateApiClientArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['IssuedAccount'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  issueClientToken?: Resolver<ResolversTypes['ClientToken'], ParentType, ContextType, RequireFields<MutationIssueClientTokenArgs, 'clientId' | 'clientSecret'>>;
  loginWithCertificate?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginWithCertificateArgs, 'input'>>;
  loginWithPassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginWithPasswordArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  registerEnterprise?: Resolver<ResolversTypes['RegistrationReceipt'], ParentType, ContextType, RequireFields<MutationRegisterEnterpriseArgs, 'input'>>;
  rejectRegistration?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationRejectRegistrationArgs, 'organisationId' | 'reason'>>;
  requestCertificateChallenge?: Resolver<ResolversTypes['CertificateChallenge'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['IssuedAccount'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'userId'>>;
  revealContact?: Resolver<ResolversTypes['ContactDetails'], ParentType, ContextType, RequireFields<MutationRevealContactArgs, 'organisationId'>>;
  revealUserContact?: Resolver<ResolversTypes['UserContactDetails'], ParentType, ContextType, RequireFields<MutationRevealUserContactArgs, 'userId'>>;
  revokeApiClient?: Resolver<ResolversTypes['ApiClient'], ParentType, ContextType, RequireFields<MutationRevokeApiClientArgs, 'id'>>;
  setPartnership?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationSetPartnershipArgs, 'active' | 'brokerId' | 'insurerId'>>;
  setUserEnabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserEnabledArgs, 'enabled' | 'userId'>>;
  setUserRoles?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRolesArgs, 'roles' | 'userId'>>;
  unlockUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUnlockUserArgs, 'userId'>>;
  updateEnterpriseProfile?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateEnterpriseProfileArgs, 'input'>>;
};

export type OrganisationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  businessAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  businessScope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactMobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalRepresentative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalRepresentativeMobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  registeredAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationStatus?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OrganisationType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrganisationPageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['OrganisationPage'] = ResolversParentTypes['OrganisationPage']> = {
  items?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PasswordPolicyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PasswordPolicy'] = ResolversParentTypes['PasswordPolicy']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idleTimeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lockoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lockoutThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredClasses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiClients?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  auditChainVerification?: Resolver<ResolversTypes['AuditChainVerification'], ParentType, ContextType>;
  auditRecords?: Resolver<ResolversTypes['AuditRecordPage'], ParentType, ContextType, Partial<QueryAuditRecordsArgs>>;
  auditTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<Maybe<ResolversTypes['Division']>, ParentType, ContextType, RequireFields<QueryDivisionArgs, 'code'>>;
  divisions?: Resolver<Array<ResolversTypes['Division']>, ParentType, ContextType, Partial<QueryDivisionsArgs>>;
  insurers?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  myOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationPage'], ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  passwordPolicy?: Resolver<ResolversTypes['PasswordPolicy'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['UserPage'], ParentType, ContextType, Partial<QueryUsersArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RegistrationReceiptResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegistrationReceipt'] = ResolversParentTypes['RegistrationReceipt']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registrationStatus?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserContactDetailsResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserContactDetails'] = ResolversParentTypes['UserContactDetails']> = {
  mobile?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserPageResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['UserPage'] = ResolversParentTypes['UserPage']> = {
  items?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  idleTimeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = IdentityContext> = {
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientCredentials?: ApiClientCredentialsResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordPage?: AuditRecordPageResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CertificateChallenge?: CertificateChallengeResolvers<ContextType>;
  ClientToken?: ClientTokenResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Division?: DivisionResolvers<ContextType>;
  IssuedAccount?: IssuedAccountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationPage?: OrganisationPageResolvers<ContextType>;
  PasswordPolicy?: PasswordPolicyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegistrationReceipt?: RegistrationReceiptResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserContactDetails?: UserContactDetailsResolvers<ContextType>;
  UserPage?: UserPageResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = IdentityContext> = {
  allowPendingPasswordChange?: AllowPendingPasswordChangeDirectiveResolver<any, any, ContextType>;
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
