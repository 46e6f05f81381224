// 项目信息: 新增项目, 编辑, 状态变更. The services: who may, in which transaction, what history records and what is
// published; the rules they apply are pure (project-rules.ts, project-status.ts, history.ts), the reads and writes
// are project.repository.ts's.
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, forbidden, notFound, type Viewer } from '@anze/auth';
import type { IProject } from './project.entity.ts';
import type { ProjectStatus } from './dictionaries.ts';
import {
  assertMayRecordProjects,
  projectWarnings,
  validateProject,
  type ProjectInput,
  type ProjectWarning,
} from './project-rules.ts';
import { assertTransition, statusChangeReason } from './project-status.ts';
import { diff, projectSnapshot } from './history.ts';
import { assertOwner } from './access.ts';
import { addProject, duplicatesOf, findProject, isConcurrentUpdate } from './project.repository.ts';
import { findEnterprise } from './enterprise.repository.ts';
import { recordChange } from './project-change.repository.ts';
import type { Actor } from './context.ts';

export interface ProjectResult {
  project: IProject;
  warnings: ProjectWarning[];
}

const STALE = '项目信息已被修改，请刷新后重试';

function organisationOf(viewer: Viewer): string {
  if (viewer.kind !== 'user') throw forbidden('只有建筑施工企业可以登记项目');
  return viewer.organisationId;
}

export async function createProject(a: Actor, input: ProjectInput): Promise<ProjectResult> {
  const organisationId = organisationOf(a.viewer);
  const enterprise = await findEnterprise(a.em, organisationId);
  assertMayRecordProjects(enterprise);
  const data = validateProject(input);
  const warnings = projectWarnings(data, await duplicatesOf(a.em, { ...data, organisationId }));
  const project = await a.em.transactional(async (em) => {
    const p = addProject(em, {
      ...data,
      constructorName: enterprise.name,
      constructorUscc: enterprise.uscc,
      status: 'UNDER_CONSTRUCTION',
      organisationId,
    });
    recordChange(em, a.viewer, {
      projectId: p.id,
      action: 'CREATED',
      changes: diff({}, { ...projectSnapshot(p), status: p.status }),
    });
    a.publish(em, { type: 'project.registered', project: p }, a.viewer);
    return p;
  });
  return { project, warnings };
}

async function ownedProject(a: Actor, id: string, em: EntityManager = a.em, lock = false): Promise<IProject> {
  const project = await findProject(em, id, { lock });
  if (!project) throw notFound('项目不存在');
  assertOwner(a.viewer, project);
  return project;
}

export async function updateProject(
  a: Actor,
  id: string,
  version: number,
  input: ProjectInput,
): Promise<ProjectResult> {
  const current = await ownedProject(a, id);
  if (current.version !== version) throw conflict(STALE, 'version');
  const data = validateProject(input);
  const warnings = projectWarnings(
    data,
    await duplicatesOf(a.em, { ...data, organisationId: current.organisationId }, id),
  );
  try {
    const project = await a.em.transactional(async (em) => {
      const p = await ownedProject(a, id, em, true);
      if (p.version !== version) throw conflict(STALE, 'version');
      // 施工企业 follows the enterprise's registration (e.g. a renamed company), never the form.
      const enterprise = await findEnterprise(em, p.organisationId);
      const before = projectSnapshot(p);
      em.assign(p, {
        ...data,
        ...(enterprise ? { constructorName: enterprise.name, constructorUscc: enterprise.uscc } : {}),
      });
      const changes = diff(before, projectSnapshot(p));
      if (changes.length === 0) return p;
      recordChange(em, a.viewer, { projectId: p.id, action: 'UPDATED', changes });
      const changedFields = changes.map((c) => c.field);
      a.publish(em, { type: 'project.updated', project: p, changedFields }, a.viewer);
      return p;
    });
    return { project, warnings };
  } catch (e) {
    if (isConcurrentUpdate(e)) throw conflict(STALE, 'version');
    throw e;
  }
}

export async function changeProjectStatus(
  a: Actor,
  id: string,
  status: ProjectStatus,
  reason: string | null | undefined,
): Promise<IProject> {
  const why = statusChangeReason(reason);
  await ownedProject(a, id);
  return a.em.transactional(async (em) => {
    const p = await ownedProject(a, id, em, true);
    const from = p.status;
    assertTransition(from, status);
    p.status = status;
    recordChange(em, a.viewer, {
      projectId: p.id,
      action: 'STATUS_CHANGED',
      changes: [{ field: 'status', from, to: status }],
      reason: why,
    });
    a.publish(em, { type: 'project.status_changed', project: p, from, to: status }, a.viewer);
    return p;
  });
}
