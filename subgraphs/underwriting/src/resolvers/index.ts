import { DateScalar, DateTimeScalar } from '@anze/server-kit';
import type { Resolvers } from '../generated/graphql.ts';
import { Query } from './Query.ts';
import { Mutation } from './Mutation.ts';
import { ProjectInsuranceResolverMap, ProjectResolverMap } from './Project.ts';
import {
  ApplicationDocumentsResolvers,
  ApplicationEventResolvers,
  InsuranceApplicationResolvers,
  InsurancePlanResolvers,
  LedgerEntryResolvers,
  PolicyResolvers,
  PreventionFeeEntryResolvers,
  PreventionFeeLedgerResolvers,
  RateTierResolvers,
} from './types.ts';
import { EnterpriseAccidentResolvers } from './accidents.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query,
  Mutation,
  InsurancePlan: InsurancePlanResolvers,
  RateTier: RateTierResolvers,
  InsuranceApplication: InsuranceApplicationResolvers,
  ApplicationDocuments: ApplicationDocumentsResolvers,
  ApplicationEvent: ApplicationEventResolvers,
  Policy: PolicyResolvers,
  LedgerEntry: LedgerEntryResolvers,
  PreventionFeeLedger: PreventionFeeLedgerResolvers,
  PreventionFeeEntry: PreventionFeeEntryResolvers,
  Project: ProjectResolverMap,
  ProjectInsurance: ProjectInsuranceResolverMap,
  EnterpriseAccident: EnterpriseAccidentResolvers,
};
