// What a domain operation needs besides its input: who acts, with which request-scoped EntityManager, and where the
// facts it establishes are published.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import type { IProject } from './project.entity.ts';
import type { IMajorHazardSource } from './major-hazard.entity.ts';
import type { ProjectStatus } from './dictionaries.ts';

/** What happened to a project or one of its major hazard sources, as the domain states it. */
export type ProjectFact =
  | { type: 'project.registered'; project: IProject }
  | { type: 'project.updated'; project: IProject; changedFields: string[] }
  | { type: 'project.status_changed'; project: IProject; from: ProjectStatus; to: ProjectStatus }
  | {
      type: 'major_hazard.registered' | 'major_hazard.removed';
      project: IProject;
      hazard: IMajorHazardSource;
    }
  | { type: 'major_hazard.updated'; project: IProject; hazard: IMajorHazardSource; changedFields: string[] };

/**
 * Publishes a fact in the unit of work of `em`, so it commits or rolls back with the change: the outbox writer of
 * events/project-events.ts. A port rather than an import, so that domain/ does not depend on events/.
 */
export type PublishFact = (em: EntityManager, fact: ProjectFact, viewer: Viewer) => void;

export interface Actor {
  em: EntityManager;
  viewer: Viewer;
  publish: PublishFact;
}
