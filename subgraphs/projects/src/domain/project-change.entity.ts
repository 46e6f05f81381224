import { uuidv7 } from '@anze/events';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const CHANGE_ACTIONS = [
  'CREATED',
  'UPDATED',
  'STATUS_CHANGED',
  'HAZARD_REGISTERED',
  'HAZARD_UPDATED',
  'HAZARD_REMOVED',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export interface FieldChangeRecord {
  field: string;
  from: string | null;
  to: string | null;
}

/** Change history of a project (who, when, per field from → to); append-only. UUIDv7 ids sort by time. */
export const ProjectChange = defineEntity({
  name: 'ProjectChange',
  tableName: 'project_change',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    projectId: p.uuid(),
    action: p.enum(CHANGE_ACTIONS),
    at: p.datetime().onCreate(() => new Date()),
    actorUserId: p.string().length(64).nullable(),
    actorOrganisationId: p.string().length(64).nullable(),
    reason: p.string().length(500).nullable(),
    majorHazardId: p.uuid().nullable(),
    changes: p.json<FieldChangeRecord[]>(),
  },
  indexes: [{ properties: ['projectId', 'at'] }],
});
export type IProjectChange = InferEntity<typeof ProjectChange>;
