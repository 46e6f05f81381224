// Events the projects subgraph publishes, through the outbox in the transaction of the change. Version 1 payloads;
// the analytics subgraph and provincial systems read exactly these fields. No personal data: no person names, no
// phones (a major hazard's responsible person stays in this database).
import type { EntityManager } from '@mikro-orm/postgresql';
import { createEvent, recordEvent, type EventActor } from '@anze/events';
import type { Viewer } from '@anze/auth';
import type { IProject } from '../domain/project.entity.ts';
import type { IMajorHazardSource } from '../domain/major-hazard.entity.ts';
import type { ProjectStatus } from '../domain/dictionaries.ts';
import type {
  MajorHazardEventData,
  MajorHazardUpdatedData,
  ProjectEventData,
  ProjectStatusChangedData,
  ProjectsEventType,
  ProjectUpdatedData,
} from './catalogue.ts';

export type ProjectEventName = 'registered' | 'updated' | 'status_changed';
export type MajorHazardEventName = 'registered' | 'updated' | 'removed';

function actorOf(viewer: Viewer): EventActor | null {
  if (viewer.kind === 'user')
    return { userId: viewer.userId, organisationId: viewer.organisationId, roles: [...viewer.roles] };
  if (viewer.kind === 'client') return { roles: [...viewer.roles] };
  return null;
}

/** The project fields every project and major-hazard event carries (typed from the catalogue, catalogue.ts). */
export function projectPayload(p: IProject): ProjectEventData {
  return {
    projectId: p.id,
    code: p.code,
    name: p.name,
    divisionCode: p.divisionCode,
    category: p.category,
    costFen: p.costFen.toString(),
    constructorUscc: p.constructorUscc,
    constructorName: p.constructorName,
    organisationId: p.organisationId,
    status: p.status,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
  };
}

export function projectEvent(
  em: EntityManager,
  name: ProjectEventName,
  project: IProject,
  viewer: Viewer,
  extra: { changedFields?: string[]; from?: ProjectStatus; to?: ProjectStatus } = {},
): void {
  const base = projectPayload(project);
  let data: ProjectEventData | ProjectUpdatedData | ProjectStatusChangedData = base;
  if (name === 'updated') data = { ...base, changedFields: extra.changedFields ?? [] };
  if (name === 'status_changed') {
    if (!extra.from || !extra.to) throw new Error('projects.project.status_changed needs from and to');
    data = { ...base, from: extra.from, to: extra.to };
  }
  recordEvent(
    em,
    createEvent({
      type: `projects.project.${name}` satisfies ProjectsEventType,
      version: 1,
      divisionCode: project.divisionCode,
      actor: actorOf(viewer),
      aggregate: { type: 'project', id: project.id },
      data,
    }),
  );
}

export function majorHazardEvent(
  em: EntityManager,
  name: MajorHazardEventName,
  project: IProject,
  hazard: IMajorHazardSource,
  viewer: Viewer,
  changedFields?: string[],
): void {
  const base: MajorHazardEventData = {
    ...projectPayload(project),
    majorHazardId: hazard.id,
    hazardType: hazard.type,
    periodStart: hazard.periodStart,
    periodEnd: hazard.periodEnd,
  };
  const data: MajorHazardEventData | MajorHazardUpdatedData =
    name === 'updated' ? { ...base, changedFields: changedFields ?? [] } : base;
  recordEvent(
    em,
    createEvent({
      type: `projects.major_hazard.${name}` satisfies ProjectsEventType,
      version: 1,
      divisionCode: project.divisionCode,
      actor: actorOf(viewer),
      aggregate: { type: 'major_hazard', id: hazard.id },
      data,
    }),
  );
}
