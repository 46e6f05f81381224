import { eventEntities } from '@anze/events';
import {
  ClaimFact,
  DivisionCounter,
  DivisionEnterprise,
  OrganisationFact,
  ProjectFact,
  ProjectionState,
} from './read-model.entity.ts';

export const entities = [
  ProjectFact,
  OrganisationFact,
  ClaimFact,
  DivisionEnterprise,
  DivisionCounter,
  ProjectionState,
  ...eventEntities,
];
