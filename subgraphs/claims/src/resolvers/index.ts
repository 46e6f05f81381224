import { DateScalar, DateTimeScalar } from '@anze/server-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import {
  ClaimCorrectionResolvers,
  ClaimEventResolvers,
  ClaimPolicyResolvers,
  ClaimResolvers,
} from './types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query,
  Mutation,
  Claim: ClaimResolvers,
  ClaimEvent: ClaimEventResolvers,
  ClaimCorrection: ClaimCorrectionResolvers,
  ClaimPolicy: ClaimPolicyResolvers,
};
