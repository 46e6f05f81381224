import { eventEntities } from '@anze/events';
import { InsurancePlan } from './plan.entity.ts';
import { KnownDocument, Party, Partnership } from './party.entity.ts';
import { InsuredProject } from './insured-project.entity.ts';
import { ApplicationChange, InsuranceApplication } from './application.entity.ts';
import { LedgerEntry, Policy, PolicyExtension, PreventionFeeEntry } from './policy.entity.ts';
import { EnterpriseAccident } from './accident.entity.ts';

export const entities = [
  InsurancePlan,
  Party,
  Partnership,
  KnownDocument,
  InsuredProject,
  InsuranceApplication,
  ApplicationChange,
  Policy,
  PolicyExtension,
  LedgerEntry,
  PreventionFeeEntry,
  EnterpriseAccident,
  ...eventEntities,
];
