// Events the projects subgraph publishes, through the outbox in the transaction of the change: each fact of the
// domain (domain/context.ts) becomes its catalogue event. Version 1 payloads; the analytics subgraph and provincial
// systems read exactly these fields. No personal data: no person names, no phones (a major hazard's responsible person
// stays in this database).
import { createEvent, recordEvent, type EventAggregate } from '@anze/events';
import { actorOf } from '@anze/auth';
import type { IProject } from '../domain/project.entity.ts';
import type { IMajorHazardSource } from '../domain/major-hazard.entity.ts';
import type { ProjectFact, PublishFact } from '../domain/context.ts';
import type {
  MajorHazardEventData,
  MajorHazardUpdatedData,
  ProjectEventData,
  ProjectStatusChangedData,
  ProjectsEventType,
  ProjectUpdatedData,
} from './catalogue.ts';

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

function hazardPayload(project: ProjectEventData, hazard: IMajorHazardSource): MajorHazardEventData {
  return {
    ...project,
    majorHazardId: hazard.id,
    hazardType: hazard.type,
    periodStart: hazard.periodStart,
    periodEnd: hazard.periodEnd,
  };
}

/** The aggregate and the payload of a fact's event, each payload checked against its catalogue type. */
function eventOf(fact: ProjectFact): { aggregate: EventAggregate; data: unknown } {
  const project = projectPayload(fact.project);
  const ofProject = { type: 'project', id: fact.project.id };
  switch (fact.type) {
    case 'project.registered':
      return { aggregate: ofProject, data: project };
    case 'project.updated':
      return {
        aggregate: ofProject,
        data: { ...project, changedFields: fact.changedFields } satisfies ProjectUpdatedData,
      };
    case 'project.status_changed':
      return {
        aggregate: ofProject,
        data: { ...project, from: fact.from, to: fact.to } satisfies ProjectStatusChangedData,
      };
    case 'major_hazard.registered':
    case 'major_hazard.removed':
      return {
        aggregate: { type: 'major_hazard', id: fact.hazard.id },
        data: hazardPayload(project, fact.hazard),
      };
    case 'major_hazard.updated':
      return {
        aggregate: { type: 'major_hazard', id: fact.hazard.id },
        data: {
          ...hazardPayload(project, fact.hazard),
          changedFields: fact.changedFields,
        } satisfies MajorHazardUpdatedData,
      };
  }
}

export const publishProjectFact: PublishFact = (em, fact, viewer) => {
  recordEvent(
    em,
    createEvent({
      type: `projects.${fact.type}` satisfies ProjectsEventType,
      version: 1,
      divisionCode: fact.project.divisionCode,
      actor: actorOf(viewer),
      ...eventOf(fact),
    }),
  );
};
