import type { MutationResolvers } from '../generated/graphql.ts';
import { actor } from './actor.ts';
import {
  acceptClaim,
  correctClaim,
  declineClaim,
  provideSupplement,
  reopenClaim,
  reportClaim,
  requestSupplement,
  settleClaim,
} from '../domain/claims.ts';

export const Mutation: MutationResolvers = {
  reportClaim: (_, a, ctx) => reportClaim(actor(ctx), a.input),
  acceptClaim: (_, a, ctx) => acceptClaim(actor(ctx), a.id, a.version),
  requestClaimSupplement: (_, a, ctx) => requestSupplement(actor(ctx), a.id, a.version, a.note),
  provideClaimSupplement: (_, a, ctx) => provideSupplement(actor(ctx), a.id, a.version, a.note),
  settleClaim: (_, a, ctx) => settleClaim(actor(ctx), a.id, a.version, a.input),
  declineClaim: (_, a, ctx) => declineClaim(actor(ctx), a.id, a.version, a.reason),
  reopenClaim: (_, a, ctx) => reopenClaim(actor(ctx), a.id, a.version, a.reason),
  correctClaim: (_, a, ctx) => correctClaim(actor(ctx), a.id, a.version, a.input),
};
