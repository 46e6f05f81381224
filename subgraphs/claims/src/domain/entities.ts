import { eventEntities } from '@anze/events';
import { Claim, ClaimChange, ClaimCorrection } from './claim.entity.ts';
import { ClaimPolicy } from './policy.entity.ts';
import { Partnership } from './read-models.repository.ts';

export const entities = [ClaimPolicy, Partnership, Claim, ClaimChange, ClaimCorrection, ...eventEntities];
