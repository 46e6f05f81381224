import { DateTimeScalar } from '@anze/server-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Query } from './Query.ts';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query };
