// Persistence of the change history: entries are appended in the transaction of the change, read newest first.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import {
  ProjectChange,
  type ChangeAction,
  type FieldChangeRecord,
  type IProjectChange,
} from './project-change.entity.ts';

export function recordChange(
  em: EntityManager,
  viewer: Viewer,
  entry: {
    projectId: string;
    action: ChangeAction;
    changes: FieldChangeRecord[];
    reason?: string | null;
    majorHazardId?: string | null;
  },
): void {
  em.create(ProjectChange, {
    projectId: entry.projectId,
    action: entry.action,
    changes: entry.changes,
    reason: entry.reason ?? null,
    majorHazardId: entry.majorHazardId ?? null,
    actorUserId:
      viewer.kind === 'user' ? viewer.userId : viewer.kind === 'client' ? `client:${viewer.clientId}` : null,
    actorOrganisationId: viewer.kind === 'user' ? viewer.organisationId : null,
    at: new Date(),
  });
}

/** A project's history, newest first (项目变更记录). */
export function projectHistory(em: EntityManager, projectId: string): Promise<IProjectChange[]> {
  return em.find(ProjectChange, { projectId }, { orderBy: { at: 'desc', id: 'desc' } });
}
