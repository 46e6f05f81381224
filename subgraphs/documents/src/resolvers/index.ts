import { DateTimeScalar } from '@anze/server-kit';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { DocumentResolvers } from './Document.ts';
import { OrganisationResolvers } from './Organisation.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Document: DocumentResolvers,
  Organisation: OrganisationResolvers,
};
