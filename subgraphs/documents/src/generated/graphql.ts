import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IDocument } from '../domain/document.entity.ts';
import type { OrganisationRef } from '../resolvers/Organisation.ts';
import type { DocumentsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/**
 * An uploaded file (uploaded with POST /files through the gateway). Only returned to viewers who may read it; the URLs
 * are signed for them per request and valid for DOCUMENT_URL_SECONDS.
 */
export type Document = {
  __typename?: 'Document';
  /** Decided from the content: application/pdf, image/jpeg, image/png or image/webp */
  contentType: Scalars['String']['output'];
  /** The owner's 行政区划代码 at upload */
  divisionCode: Scalars['String']['output'];
  /** Relative signed link, e.g. /files/<id>?exp=…&sig=… */
  downloadUrl: Scalars['String']['output'];
  /** Original file name */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** 类别 in Chinese, e.g. 营业执照 */
  kindLabel: Scalars['String']['output'];
  ownerOrganisationId: Scalars['ID']['output'];
  /** SHA-256 of the content, hex */
  sha256: Scalars['String']['output'];
  /** Bytes */
  size: Scalars['Int']['output'];
  /** Relative signed link to a 320 px WebP thumbnail; null for PDFs */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  uploadedAt: Scalars['DateTime']['output'];
};

/** Kinds of uploaded files. */
export type DocumentKind =
  /** 协议文件 */
  | 'AGREEMENT'
  /** 营业执照 */
  | 'BUSINESS_LICENSE'
  /** 项目合同或中标通知 */
  | 'CONTRACT'
  /** 法人身份证国徽面 */
  | 'LEGAL_REP_ID_EMBLEM'
  /** 法人身份证人像面 */
  | 'LEGAL_REP_ID_PORTRAIT'
  /** 其他文件 */
  | 'OTHER'
  /** 现场照片 */
  | 'PHOTO'
  /** 保单文件 */
  | 'POLICY'
  /** 资质文件 */
  | 'QUALIFICATION'
  /** 报告 */
  | 'REPORT'
  /** 安全生产许可证 */
  | 'SAFETY_LICENSE';

export type Mutation = {
  __typename?: 'Mutation';
  /** 删除: the owner organisation only. The record is kept for audit; the file goes once nothing references it. */
  deleteDocument: Scalars['Boolean']['output'];
};


export type MutationDeleteDocumentArgs = {
  id: Scalars['ID']['input'];
};

export type Organisation = {
  __typename?: 'Organisation';
  /** The documents of this organisation the viewer may read, newest first. */
  documents: Array<Document>;
  id: Scalars['ID']['output'];
};


export type OrganisationDocumentsArgs = {
  kinds?: InputMaybe<Array<DocumentKind>>;
};

export type Query = {
  __typename?: 'Query';
  /** One document the viewer may read. */
  document?: Maybe<Document>;
  /**
   * An organisation's documents (企业信息 资料): the viewer's own organisation by default; regulators for organisations
   * of their jurisdiction, platform admins for any; others see only documents granted to them.
   */
  documents: Array<Document>;
  /**
   * 资料下载: a short-lived signed link (relative, `/files/archive?…`) to a ZIP of these documents; every one must be
   * readable by the viewer. `name` names the ZIP (default 资料).
   */
  documentsArchiveUrl: Scalars['String']['output'];
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  kinds?: InputMaybe<Array<DocumentKind>>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDocumentsArchiveUrlArgs = {
  ids: Array<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
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
  Document: Document;
  Organisation: Organisation;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Document: ResolverTypeWrapper<IDocument>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DocumentKind: DocumentKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Organisation: ResolverTypeWrapper<OrganisationRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  Document: IDocument;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  Organisation: OrganisationRef;
  Query: Record<PropertyKey, never>;
};

export type AllowPendingPasswordChangeDirectiveArgs = { };

export type AllowPendingPasswordChangeDirectiveResolver<Result, Parent, ContextType = DocumentsContext, Args = AllowPendingPasswordChangeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthDirectiveArgs = {
  requires: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = DocumentsContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = DocumentsContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thumbnailUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteDocument?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteDocumentArgs, 'id'>>;
};

export type OrganisationResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, Partial<OrganisationDocumentsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, Partial<QueryDocumentsArgs>>;
  documentsArchiveUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryDocumentsArchiveUrlArgs, 'ids'>>;
};

export type Resolvers<ContextType = DocumentsContext> = {
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = DocumentsContext> = {
  allowPendingPasswordChange?: AllowPendingPasswordChangeDirectiveResolver<any, any, ContextType>;
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
