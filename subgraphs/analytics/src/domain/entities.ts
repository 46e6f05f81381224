import { eventEntities } from '@anze/events';
import {
  DivisionCounter,
  DivisionEnterprise,
  OrganisationFact,
  ProjectFact,
  ProjectionState,
} from './read-model.entity.ts';

export const entities = [
  ProjectFact,
  OrganisationFact,
  DivisionEnterprise,
  DivisionCounter,
  ProjectionState,
  ...eventEntities,
];
