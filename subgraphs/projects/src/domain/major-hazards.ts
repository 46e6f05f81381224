// 重大危险源登记: the owning enterprise adds, edits and removes registrations of its projects; every change goes into
// the project's history (the phone masked there: history is read by regulators too) and is evented.
import type { EntityManager } from '@mikro-orm/postgresql';
import { OptimisticLockError } from '@mikro-orm/core';
import { badInput, conflict, maskPhone, notFound } from '@anze/auth';
import { checkContactPhone } from '@anze/dictionaries';
import { MajorHazardSource, type IMajorHazardSource } from './major-hazard.entity.ts';
import { Project, type IProject } from './project.entity.ts';
import { MAJOR_HAZARD_TYPES, type MajorHazardType } from './dictionaries.ts';
import { isCalendarDate } from './dates.ts';
import { diff, recordChange } from './history.ts';
import { assertOwner } from './access.ts';
import type { Actor } from './context.ts';

export interface MajorHazardInput {
  type: MajorHazardType;
  location: string;
  controlMeasures: string;
  responsiblePerson: string;
  responsiblePhone: string;
  periodStart: string;
  periodEnd: string;
}

/** A project's registrations, by period (重大危险源登记 of 项目详情). */
export function majorHazardsOf(em: EntityManager, projectId: string): Promise<IMajorHazardSource[]> {
  return em.find(MajorHazardSource, { projectId }, { orderBy: { periodStart: 'asc', createdAt: 'asc' } });
}

function required(value: string | null | undefined, field: string, label: string, max: number): string {
  const v = value?.trim() ?? '';
  if (!v) throw badInput(`请填写${label}`, field);
  if (v.length > max) throw badInput(`${label}不能超过${max}个字符`, field);
  return v;
}

export function validateMajorHazard(input: MajorHazardInput): MajorHazardInput {
  if (!(input.type in MAJOR_HAZARD_TYPES)) throw badInput('请选择危险源类别', 'type');
  const location = required(input.location, 'location', '部位', 200);
  const controlMeasures = required(input.controlMeasures, 'controlMeasures', '管控措施', 2000);
  const responsiblePerson = required(input.responsiblePerson, 'responsiblePerson', '责任人', 50);
  const responsiblePhone = (input.responsiblePhone ?? '').trim();
  const phoneProblem = checkContactPhone(responsiblePhone);
  if (phoneProblem) throw badInput(phoneProblem, 'responsiblePhone');
  if (!isCalendarDate(input.periodStart)) throw badInput('开始日期格式错误，应为YYYY-MM-DD', 'periodStart');
  if (!isCalendarDate(input.periodEnd)) throw badInput('结束日期格式错误，应为YYYY-MM-DD', 'periodEnd');
  if (input.periodEnd < input.periodStart) throw badInput('结束日期不能早于开始日期', 'periodEnd');
  return { ...input, location, controlMeasures, responsiblePerson, responsiblePhone };
}

function snapshot(h: MajorHazardInput | IMajorHazardSource): Record<string, string | null> {
  return {
    'majorHazard.type': h.type,
    'majorHazard.location': h.location,
    'majorHazard.controlMeasures': h.controlMeasures,
    'majorHazard.responsiblePerson': h.responsiblePerson,
    'majorHazard.responsiblePhone': maskPhone(h.responsiblePhone),
    'majorHazard.periodStart': h.periodStart,
    'majorHazard.periodEnd': h.periodEnd,
  };
}

async function ownedProject(a: Actor, em: EntityManager, projectId: string): Promise<IProject> {
  const project = await em.findOne(Project, { id: projectId });
  if (!project) throw notFound('项目不存在');
  assertOwner(a.viewer, project);
  return project;
}

async function ownedHazard(a: Actor, em: EntityManager, id: string) {
  const hazard = await em.findOne(MajorHazardSource, { id });
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
  if (project.status === 'COMPLETED') throw conflict('项目已竣工，不能登记重大危险源');
  const data = validateMajorHazard(input);
  return a.em.transactional(async (em) => {
    const hazard = em.create(MajorHazardSource, { ...data, projectId });
    recordChange(em, a.viewer, {
      projectId,
      action: 'HAZARD_REGISTERED',
      majorHazardId: hazard.id,
      changes: diff({}, snapshot(hazard)),
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
  const { hazard: current } = await ownedHazard(a, a.em, id);
  if (current.version !== version) throw conflict('重大危险源登记已被修改，请刷新后重试', 'version');
  const data = validateMajorHazard(input);
  try {
    return await a.em.transactional(async (em) => {
      const { hazard, project } = await ownedHazard(a, em, id);
      if (hazard.version !== version) throw conflict('重大危险源登记已被修改，请刷新后重试', 'version');
      const before = snapshot(hazard);
      const rawBefore = { ...hazard };
      em.assign(hazard, data);
      // The masked phone may hide a change: compare the real values for the changed-field list.
      const changes = diff(before, snapshot(hazard));
      if (
        rawBefore.responsiblePhone !== hazard.responsiblePhone &&
        !changes.some((c) => c.field.endsWith('Phone'))
      ) {
        changes.push({
          field: 'majorHazard.responsiblePhone',
          from: before['majorHazard.responsiblePhone']!,
          to: snapshot(hazard)['majorHazard.responsiblePhone']!,
        });
      }
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
    if (e instanceof OptimisticLockError) throw conflict('重大危险源登记已被修改，请刷新后重试', 'version');
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
      changes: diff(snapshot(hazard), {}),
    });
    a.publish(em, { type: 'major_hazard.removed', project, hazard }, a.viewer);
    em.remove(hazard);
    return project;
  });
}
