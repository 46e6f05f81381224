import { eventEntities } from '@anze/events';
import { Project } from './project.entity.ts';
import { ProjectDivisionCount } from './project-division-count.entity.ts';
import { ProjectChange } from './project-change.entity.ts';
import { MajorHazardSource } from './major-hazard.entity.ts';
import { Enterprise } from './enterprise.entity.ts';
import { Party } from './party.entity.ts';

export const entities = [
  Project,
  ProjectDivisionCount,
  ProjectChange,
  MajorHazardSource,
  Enterprise,
  Party,
  ...eventEntities,
];
