import { DateTimeScalar } from '@anze/server-kit';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { OrganisationResolvers } from './Organisation.ts';
import { UserResolvers } from './User.ts';
import { ViewerResolvers } from './Viewer.ts';
import { DivisionResolvers } from './Division.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Organisation: OrganisationResolvers,
  User: UserResolvers,
  Viewer: ViewerResolvers,
  Division: DivisionResolvers,
  AuditRecord: { detail: (r) => (r.detail ? JSON.stringify(r.detail) : null) },
};
