// 项目信息 list: one page of the rows a scope and a filter select, with 共 N 项. The same filter and sort rules as the
// export (project-query.ts); rows and totals come from project-rows.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IProject } from './project.entity.ts';
import type { ProjectScope } from './access.ts';
import {
  countByDivision,
  divisionAndStatus,
  pageOf,
  projectOrder,
  projectWhere,
  type ProjectFilter,
  type ProjectSort,
} from './project-query.ts';
import { projectPageAndTotal } from './project-rows.ts';
import type { CountCache } from './count-cache.ts';

export interface ProjectListQuery {
  filter?: ProjectFilter | null;
  sort?: ProjectSort | null;
  page?: { page?: number | null; pageSize?: number | null } | null;
}

export interface ProjectPage {
  items: IProject[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listProjects(
  em: EntityManager,
  counts: CountCache,
  scope: ProjectScope,
  q: ProjectListQuery,
): Promise<ProjectPage> {
  const { page, pageSize, limit, offset } = pageOf(q.page);
  const where = projectWhere(scope, q.filter);
  const byDivision = countByDivision(scope, q.filter);
  const revisionOf = byDivision ? null : divisionAndStatus(scope, q.filter);
  const { items, total } = await projectPageAndTotal(
    em,
    counts,
    where,
    { byDivision, revisionOf },
    projectOrder(q.sort),
    limit,
    offset,
  );
  return { items, total, page, pageSize };
}
