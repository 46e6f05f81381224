// 项目信息: 新增项目, 编辑, 状态变更. State machine (status):
//   UNDER_CONSTRUCTION(在建) ⇄ SUSPENDED(停工); UNDER_CONSTRUCTION | SUSPENDED → COMPLETED(竣工); COMPLETED is final
//   (a finished project that restarts is a new project with its own code and insurance).
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { badInput, conflict, forbidden, notFound, type Viewer } from '@anze/auth';
import { Project, type IProject } from './project.entity.ts';
import { Enterprise } from './enterprise.entity.ts';
import { PROJECT_STATUSES, type ProjectStatus } from './dictionaries.ts';
import { isTemplateCode, validateProject, type ProjectData, type ProjectInput } from './project-rules.ts';
import { fenToYuan } from './money.ts';
import { diff, recordChange } from './history.ts';
import { assertOwner } from './access.ts';
import type { Actor } from './context.ts';

export interface ProjectWarning {
  code: 'TEMPLATE_CODE' | 'DUPLICATE_CODE' | 'DUPLICATE_NAME';
  message: string;
  field: string;
}

export interface ProjectResult {
  project: IProject;
  warnings: ProjectWarning[];
}

const TRANSITIONS: Record<ProjectStatus, readonly ProjectStatus[]> = {
  UNDER_CONSTRUCTION: ['SUSPENDED', 'COMPLETED'],
  SUSPENDED: ['UNDER_CONSTRUCTION', 'COMPLETED'],
  COMPLETED: [],
};

export function assertTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (from === to) throw conflict(`项目已是“${PROJECT_STATUSES[to]}”状态`, 'status');
  if (!TRANSITIONS[from].includes(to)) {
    throw conflict(`项目当前为“${PROJECT_STATUSES[from]}”，不能变更为“${PROJECT_STATUSES[to]}”`, 'status');
  }
}

function organisationOf(viewer: Viewer): string {
  if (viewer.kind !== 'user') throw forbidden('只有建筑施工企业可以登记项目');
  return viewer.organisationId;
}

/** The enterprise must be known from identity's events and 已通过 before it records projects. */
async function approvedEnterprise(em: EntityManager, organisationId: string) {
  const enterprise = await em.findOne(Enterprise, { organisationId });
  if (!enterprise) throw forbidden('未找到本企业的注册信息，企业注册审核通过后方可新增项目');
  if (enterprise.registrationStatus !== 'APPROVED') {
    const state = enterprise.registrationStatus === 'PENDING' ? '审核中' : '已驳回';
    throw forbidden(`企业注册${state}，企业注册审核通过后方可新增项目`);
  }
  return enterprise;
}

/** Data-quality warnings: saved anyway, shown to the user. */
async function warningsFor(
  em: EntityManager,
  data: ProjectData,
  organisationId: string,
  exceptId?: string,
): Promise<ProjectWarning[]> {
  const warnings: ProjectWarning[] = [];
  if (isTemplateCode(data.code)) {
    warnings.push({
      code: 'TEMPLATE_CODE',
      field: 'code',
      message: `“${data.code}”是建设工程施工合同示范文本的编号，不是项目代码，请填写投资项目在线审批监管平台赋予的项目代码`,
    });
  }
  const notSelf = exceptId ? { id: { $ne: exceptId } } : {};
  if (await em.count(Project, { code: data.code, ...notSelf })) {
    warnings.push({
      code: 'DUPLICATE_CODE',
      field: 'code',
      message: `项目代码${data.code}已被其他项目使用，请核对是否重复登记`,
    });
  }
  if (await em.count(Project, { name: data.name, organisationId, ...notSelf })) {
    warnings.push({
      code: 'DUPLICATE_NAME',
      field: 'name',
      message: `本企业已登记名为“${data.name}”的项目，请核对是否重复登记`,
    });
  }
  return warnings;
}

/** What history shows for a project: every stored field rendered as text. */
export function snapshot(
  p: Pick<
    IProject,
    | 'name'
    | 'code'
    | 'divisionCode'
    | 'detailAddress'
    | 'longitude'
    | 'latitude'
    | 'costFen'
    | 'ownerUnit'
    | 'constructorName'
    | 'constructorUscc'
    | 'category'
    | 'durationDays'
    | 'plannedStart'
    | 'plannedEnd'
  >,
): Record<string, string | null> {
  return {
    name: p.name,
    code: p.code,
    divisionCode: p.divisionCode,
    detailAddress: p.detailAddress ?? null,
    longitude: p.longitude == null ? null : String(p.longitude),
    latitude: p.latitude == null ? null : String(p.latitude),
    costYuan: fenToYuan(p.costFen),
    ownerUnit: p.ownerUnit,
    constructorName: p.constructorName,
    constructorUscc: p.constructorUscc,
    category: p.category,
    durationDays: String(p.durationDays),
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
  };
}

export async function createProject(a: Actor, input: ProjectInput): Promise<ProjectResult> {
  const organisationId = organisationOf(a.viewer);
  const enterprise = await approvedEnterprise(a.em, organisationId);
  const data = validateProject(input);
  const warnings = await warningsFor(a.em, data, organisationId);
  const project = await a.em.transactional(async (em) => {
    const p = em.create(Project, {
      ...data,
      constructorName: enterprise.name,
      constructorUscc: enterprise.uscc,
      status: 'UNDER_CONSTRUCTION',
      organisationId,
    });
    recordChange(em, a.viewer, {
      projectId: p.id,
      action: 'CREATED',
      changes: diff({}, { ...snapshot(p), status: p.status }),
    });
    a.publish(em, { type: 'project.registered', project: p }, a.viewer);
    return p;
  });
  return { project, warnings };
}

async function ownedProject(a: Actor, id: string, em: EntityManager = a.em, lock = false): Promise<IProject> {
  const project = await em.findOne(Project, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
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
  if (current.version !== version) throw conflict('项目信息已被修改，请刷新后重试', 'version');
  const data = validateProject(input);
  const warnings = await warningsFor(a.em, data, current.organisationId, id);
  try {
    const project = await a.em.transactional(async (em) => {
      const p = await ownedProject(a, id, em, true);
      if (p.version !== version) throw conflict('项目信息已被修改，请刷新后重试', 'version');
      // 施工企业 follows the enterprise's registration (e.g. a renamed company), never the form.
      const enterprise = await em.findOne(Enterprise, { organisationId: p.organisationId });
      const before = snapshot(p);
      em.assign(p, {
        ...data,
        ...(enterprise ? { constructorName: enterprise.name, constructorUscc: enterprise.uscc } : {}),
      });
      const changes = diff(before, snapshot(p));
      if (changes.length === 0) return p;
      recordChange(em, a.viewer, { projectId: p.id, action: 'UPDATED', changes });
      a.publish(
        em,
        { type: 'project.updated', project: p, changedFields: changes.map((c) => c.field) },
        a.viewer,
      );
      return p;
    });
    return { project, warnings };
  } catch (e) {
    if (e instanceof OptimisticLockError) throw conflict('项目信息已被修改，请刷新后重试', 'version');
    throw e;
  }
}

export async function changeProjectStatus(
  a: Actor,
  id: string,
  status: ProjectStatus,
  reason: string | null | undefined,
): Promise<IProject> {
  const why = reason?.trim() || null;
  if (why && why.length > 500) throw badInput('原因不能超过500个字符', 'reason');
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
