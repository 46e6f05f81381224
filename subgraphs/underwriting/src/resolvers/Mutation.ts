import type { MutationResolvers } from '../generated/graphql.ts';
import { actor } from './actor.ts';
import {
  reviewApplication,
  revealContact,
  saveApplication,
  submitApplication,
  withdrawApplication,
} from '../domain/applications.ts';
import { extendPolicy, issuePolicy, surrenderPolicy } from '../domain/policies.ts';
import { recordPreventionFee } from '../domain/prevention-fee.ts';
import { publishPlan, retirePlan } from '../domain/plans.ts';

export const Mutation: MutationResolvers = {
  saveInsuranceApplication: (_, a, ctx) => saveApplication(actor(ctx), a.id, a.version, a.input),
  submitInsuranceApplication: (_, a, ctx) => submitApplication(actor(ctx), a.id, a.version),
  withdrawInsuranceApplication: (_, a, ctx) => withdrawApplication(actor(ctx), a.id, a.reason),
  reviewInsuranceApplication: (_, a, ctx) => reviewApplication(actor(ctx), a.id, a.version, a.input),
  issuePolicy: (_, a, ctx) => issuePolicy(actor(ctx), a.applicationId, a.version, a.input),
  extendPolicy: (_, a, ctx) => extendPolicy(actor(ctx), a.policyId, a.input),
  surrenderPolicy: (_, a, ctx) => surrenderPolicy(actor(ctx), a.policyId),
  recordPreventionFee: (_, a, ctx) => recordPreventionFee(actor(ctx), a.policyId, a.input),
  revealApplicationContact: (_, a, ctx) => revealContact(actor(ctx), a.id),
  publishInsurancePlan: (_, a, ctx) => publishPlan(actor(ctx), a.input),
  retireInsurancePlan: (_, a, ctx) => retirePlan(actor(ctx), a.id, a.lastDay),
};
