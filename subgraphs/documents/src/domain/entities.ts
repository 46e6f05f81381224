import { eventEntities } from '@anze/events';
import { Document } from './document.entity.ts';

export const entities = [Document, ...eventEntities];
