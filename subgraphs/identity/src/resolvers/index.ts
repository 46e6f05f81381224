import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '@anze/auth';
import type { IAuditRecord } from '../domain/audit-record.entity.ts';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { OrganisationResolvers } from './Organisation.ts';
import { UserResolvers } from './User.ts';
import { ViewerResolvers } from './Viewer.ts';
import { DivisionResolvers } from './Division.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v as string).toISOString()),
  parseValue: (v) => parseDate(v),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDate(ast.value) : null),
});

function parseDate(v: unknown): Date {
  const d = new Date(String(v));
  if (Number.isNaN(d.getTime())) throw badInput('日期时间格式错误');
  return d;
}

export const resolvers: Resolvers = {
  DateTime,
  Query,
  Mutation,
  Organisation: OrganisationResolvers,
  User: UserResolvers,
  Viewer: ViewerResolvers,
  Division: DivisionResolvers,
  AuditRecord: { detail: (r: IAuditRecord) => (r.detail ? JSON.stringify(r.detail) : null) },
};
