// 项目信息 list: one page of the rows a scope and a filter select, with 共 N 项. The same filter and sort rules as the
// export (project-query.ts); rows and totals come from project.repository.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IProject } from './project.entity.ts';
import type { ProjectScope } from './access.ts';
import {
  pageOf,
  projectCriteria,
  projectOrder,
  type ProjectFilter,
  type ProjectSort,
} from './project-query.ts';
import { projectPageAndTotal } from './project.repository.ts';
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
  const criteria = projectCriteria(scope, q.filter);
  const { items, total } = await projectPageAndTotal(
    em,
    counts,
    criteria,
    projectOrder(q.sort),
    limit,
    offset,
  );
  return { items, total, page, pageSize };
}
