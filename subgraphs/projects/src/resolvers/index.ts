import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { MajorHazardSourceResolvers, ProjectChangeResolvers, ProjectResolvers } from './Project.ts';
import { DateScalar, DateTime } from './scalars.ts';
import type { Resolvers } from '../generated/graphql.ts';

export const resolvers: Resolvers = {
  DateTime,
  Date: DateScalar,
  Query,
  Mutation,
  Project: ProjectResolvers,
  MajorHazardSource: MajorHazardSourceResolvers,
  ProjectChange: ProjectChangeResolvers,
};
