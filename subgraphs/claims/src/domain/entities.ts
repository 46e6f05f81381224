import { eventEntities } from '@anze/events';
import { Claim, ClaimChange, ClaimCorrection } from './claim.entity.ts';
import { ClaimPolicy, Partnership } from './policy.entity.ts';

export const entities = [ClaimPolicy, Partnership, Claim, ClaimChange, ClaimCorrection, ...eventEntities];
