// 重大危险源登记: the owning enterprise adds, edits and removes registrations of its projects; every change goes into
// the project's history (the phone masked there: history is read by regulators too) and is published.
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from '@anze/auth';
import type { IMajorHazardSource } from './major-hazard.entity.ts';
import type { IProject } from './project.entity.ts';
import { validateMajorHazard, type MajorHazardInput } from './major-hazard-rules.ts';
import { assertAcceptsMajorHazards } from './project-status.ts';
import { diff, majorHazardChanges, majorHazardSnapshot } from './history.ts';
import { assertOwner } from './access.ts';
import { findProject, isConcurrentUpdate } from './project.repository.ts';
import { addMajorHazard, findMajorHazard, removeMajorHazardRow } from './major-hazard.repository.ts';
import { recordChange } from './project-change.repository.ts';
import type { Actor } from './context.ts';

const STALE = '重大危险源登记已被修改，请刷新后重试';

async function ownedProject(a: Actor, em: EntityManager, projectId: string): Promise<IProject> {
  const project = await findProject(em, projectId);
  if (!project) throw notFound('项目不存在');
  assertOwner(a.viewer, project);
  return project;
}

async function ownedHazard(a: Actor, em: EntityManager, id: string) {
  const hazard = await findMajorHazard(em, id);
  if (!hazard) throw notFound('重大危险源登记不存在');
  const project = await ownedProject(a, em, hazard.projectId);
  return { hazard, project };
}

export async function registerMajorHazard(
  a: Actor,
  projectId: string,
  input: MajorHazardInput,
): Promise<IMajorHazardSource> {
  const project = await ownedProject(a, a.em, projectId);
  assertAcceptsMajorHazards(project.status);
  const data = validateMajorHazard(input, project);
  return a.em.transactional(async (em) => {
    const hazard = addMajorHazard(em, projectId, data);
    recordChange(em, a.viewer, {
      projectId,
      action: 'HAZARD_REGISTERED',
      majorHazardId: hazard.id,
      changes: diff({}, majorHazardSnapshot(hazard)),
    });
    a.publish(em, { type: 'major_hazard.registered', project, hazard }, a.viewer);
    return hazard;
  });
}

export async function updateMajorHazard(
  a: Actor,
  id: string,
  version: number,
  input: MajorHazardInput,
): Promise<IMajorHazardSource> {
  const { hazard: current, project: owner } = await ownedHazard(a, a.em, id);
  if (current.version !== version) throw conflict(STALE, 'version');
  const data = validateMajorHazard(input, owner);
  try {
    return await a.em.transactional(async (em) => {
      const { hazard, project } = await ownedHazard(a, em, id);
      if (hazard.version !== version) throw conflict(STALE, 'version');
      const before = { ...hazard };
      em.assign(hazard, data);
      const changes = majorHazardChanges(before, hazard);
      if (changes.length === 0) return hazard;
      recordChange(em, a.viewer, {
        projectId: project.id,
        action: 'HAZARD_UPDATED',
        majorHazardId: hazard.id,
        changes,
      });
      const changedFields = changes.map((c) => c.field.replace('majorHazard.', ''));
      a.publish(em, { type: 'major_hazard.updated', project, hazard, changedFields }, a.viewer);
      return hazard;
    });
  } catch (e) {
    if (isConcurrentUpdate(e)) throw conflict(STALE, 'version');
    throw e;
  }
}

export async function removeMajorHazard(a: Actor, id: string): Promise<IProject> {
  await ownedHazard(a, a.em, id);
  return a.em.transactional(async (em) => {
    const { hazard, project } = await ownedHazard(a, em, id);
    recordChange(em, a.viewer, {
      projectId: project.id,
      action: 'HAZARD_REMOVED',
      majorHazardId: hazard.id,
      changes: diff(majorHazardSnapshot(hazard), {}),
    });
    a.publish(em, { type: 'major_hazard.removed', project, hazard }, a.viewer);
    removeMajorHazardRow(em, hazard);
    return project;
  });
}
