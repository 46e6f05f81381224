// Persistence of 重大危险源登记.
import type { EntityManager } from '@mikro-orm/postgresql';
import { MajorHazardSource, type IMajorHazardSource } from './major-hazard.entity.ts';
import type { MajorHazardInput } from './major-hazard-rules.ts';

export function findMajorHazard(em: EntityManager, id: string): Promise<IMajorHazardSource | null> {
  return em.findOne(MajorHazardSource, { id });
}

/** A project's registrations, by period (重大危险源登记 of 项目详情). */
export function majorHazardsOf(em: EntityManager, projectId: string): Promise<IMajorHazardSource[]> {
  return em.find(MajorHazardSource, { projectId }, { orderBy: { periodStart: 'asc', createdAt: 'asc' } });
}

export function addMajorHazard(
  em: EntityManager,
  projectId: string,
  data: MajorHazardInput,
): IMajorHazardSource {
  return em.create(MajorHazardSource, { ...data, projectId });
}

export function removeMajorHazardRow(em: EntityManager, hazard: IMajorHazardSource): void {
  em.remove(hazard);
}
