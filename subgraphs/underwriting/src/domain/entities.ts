import { eventEntities } from '@anze/events';
import { InsurancePlan } from './plan.entity.ts';
import { Party, Partnership } from './party.entity.ts';
import { InsuredProject } from './insured-project.entity.ts';
import { ApplicationChange, InsuranceApplication } from './application.entity.ts';
import { LedgerEntry, Policy, PolicyExtension, PreventionFeeEntry } from './policy.entity.ts';

export const entities = [
  InsurancePlan,
  Party,
  Partnership,
  InsuredProject,
  InsuranceApplication,
  ApplicationChange,
  Policy,
  PolicyExtension,
  LedgerEntry,
  PreventionFeeEntry,
  ...eventEntities,
];
