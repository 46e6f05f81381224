// Reads and writes of applications and their history; the list filters and counts on local columns.
import { LockMode, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import {
  ApplicationChange,
  InsuranceApplication,
  type IApplicationChange,
  type IInsuranceApplication,
} from './application.entity.ts';
import { APPLICATION_STATUS_VALUES, type ApplicationStatus, type HistoryAction } from './dictionaries.ts';
import { scopeCondition, type UnderwritingScope } from './access.ts';
import { containsCondition } from '@anze/domain';

export function findApplication(
  em: EntityManager,
  id: string,
  o: { lock?: boolean } = {},
): Promise<IInsuranceApplication | null> {
  return em.findOne(InsuranceApplication, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export function applicationsOfProjects(
  em: EntityManager,
  projectIds: readonly string[],
): Promise<IInsuranceApplication[]> {
  return em.find(
    InsuranceApplication,
    { projectId: { $in: [...projectIds] } },
    { orderBy: { createdAt: 'desc' } },
  );
}

export function openApplicationOf(
  em: EntityManager,
  projectId: string,
): Promise<IInsuranceApplication | null> {
  return em.findOne(InsuranceApplication, {
    projectId,
    status: { $in: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] },
  });
}

export function addApplication(
  em: EntityManager,
  data: Omit<IInsuranceApplication, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
): IInsuranceApplication {
  return em.create(InsuranceApplication, data);
}

export function isOpenApplicationConflict(e: unknown): boolean {
  return e instanceof UniqueConstraintViolationException && /one_open_per_project/.test(String(e.message));
}

export function isConcurrentUpdate(e: unknown): boolean {
  return e instanceof OptimisticLockError;
}

export function recordHistory(
  em: EntityManager,
  viewer: Viewer,
  entry: {
    applicationId: string;
    action: HistoryAction;
    fromStatus?: ApplicationStatus | null;
    toStatus?: ApplicationStatus | null;
    note?: string | null;
  },
): void {
  em.create(ApplicationChange, {
    applicationId: entry.applicationId,
    action: entry.action,
    actorUserId:
      viewer.kind === 'user' ? viewer.userId : viewer.kind === 'client' ? `client:${viewer.clientId}` : null,
    actorOrganisationId: viewer.kind === 'user' ? viewer.organisationId : null,
    fromStatus: entry.fromStatus ?? null,
    toStatus: entry.toStatus ?? null,
    note: entry.note ?? null,
  });
}

export function historyOf(em: EntityManager, applicationId: string): Promise<IApplicationChange[]> {
  return em.find(ApplicationChange, { applicationId }, { orderBy: { at: 'desc' } });
}

export interface ApplicationListFilter {
  enterpriseName?: string | null;
  projectName?: string | null;
  status?: ApplicationStatus | null;
  overdue?: boolean | null;
  divisionPrefix?: string | null;
  insurerId?: string | null;
  projectId?: string | null;
}

function conditionOf(scope: UnderwritingScope, f: ApplicationListFilter, withStatus: boolean) {
  const c: Record<string, unknown>[] = [scopeCondition(scope, { draftsColumn: true })];
  if (f.enterpriseName) c.push({ enterpriseName: containsCondition(f.enterpriseName) });
  if (f.projectName) c.push({ projectName: containsCondition(f.projectName) });
  if (f.divisionPrefix) c.push({ divisionCode: { $like: `${f.divisionPrefix}%` } });
  if (f.insurerId) c.push({ insurerId: f.insurerId });
  if (f.projectId) c.push({ projectId: f.projectId });
  if (f.overdue) c.push({ overdue: true, status: 'SUBMITTED' });
  if (withStatus && f.status) c.push({ status: f.status });
  return { $and: c };
}

export async function listApplications(
  em: EntityManager,
  scope: UnderwritingScope,
  f: ApplicationListFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: IInsuranceApplication[]; total: number }> {
  const [items, total] = await em.findAndCount(InsuranceApplication, conditionOf(scope, f, true), {
    orderBy: { createdAt: 'desc', id: 'desc' },
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items, total };
}

/** 统计: how many applications per status under the same filter without its status. */
export async function statusCounts(
  em: EntityManager,
  scope: UnderwritingScope,
  f: ApplicationListFilter,
): Promise<Map<ApplicationStatus, number>> {
  const rows = await em
    .createQueryBuilder(InsuranceApplication, 'a')
    .select(['a.status', raw('count(*) as n')])
    .where(conditionOf(scope, f, false))
    .groupBy('a.status')
    .execute<Array<{ status: ApplicationStatus; n: string }>>('all');
  const counts = new Map<ApplicationStatus, number>(APPLICATION_STATUS_VALUES.map((s) => [s, 0]));
  for (const r of rows) counts.set(r.status, Number(r.n));
  return counts;
}
