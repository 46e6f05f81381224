// 项目信息 list filters and sort, shared by the GraphQL list and the export so both show exactly the same rows.
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { badInput, NO_DIVISION } from '@anze/auth';
import { checkDivisionCode, jurisdictionPrefix } from '@anze/dictionaries';
import type { IProject } from './project.entity.ts';
import {
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  type ProjectCategory,
  type ProjectStatus,
} from './dictionaries.ts';
import { isCalendarDate, nextDay } from './dates.ts';
import type { ProjectScope } from './access.ts';

export interface ProjectFilter {
  divisionCode?: string | null;
  name?: string | null;
  unitName?: string | null;
  status?: ProjectStatus | null;
  category?: ProjectCategory | null;
  plannedStartFrom?: string | null;
  plannedStartTo?: string | null;
  plannedEndFrom?: string | null;
  plannedEndTo?: string | null;
  createdFrom?: string | null;
  createdTo?: string | null;
}

export const SORT_FIELDS = {
  CREATED_AT: 'createdAt',
  PLANNED_START: 'plannedStart',
  COST: 'costFen',
  NAME: 'name',
} as const;
export type ProjectSortField = keyof typeof SORT_FIELDS;

export interface ProjectSort {
  field: ProjectSortField;
  direction?: 'ASC' | 'DESC' | null;
}

export const PAGE_SIZES = [10, 20, 50];

/** 10 / 20 / 50 条/页; anything else is refused rather than silently changed. */
export function pageOf(input: { page?: number | null; pageSize?: number | null } | null | undefined) {
  const page = input?.page ?? 1;
  const pageSize = input?.pageSize ?? 10;
  if (!Number.isInteger(page) || page < 1) throw badInput('页码必须是正整数', 'page');
  if (!PAGE_SIZES.includes(pageSize)) throw badInput('每页条数只能是10、20或50', 'pageSize');
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

function like(term: string): string {
  return `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The division prefix of a filter code at any level, narrowed to the viewer's jurisdiction. */
function divisionPrefix(scopePrefix: string | null, filterCode: string | null | undefined): string | null {
  let wanted: string | null = null;
  const code = filterCode?.trim();
  if (code) {
    const problem = checkDivisionCode(code);
    if (problem) throw badInput(problem, 'divisionCode');
    wanted = jurisdictionPrefix(code);
  }
  if (scopePrefix === null) return wanted;
  if (!wanted || wanted.startsWith(scopePrefix)) return wanted ?? scopePrefix;
  // A province filter from a city regulator stays inside the city; anything outside finds nothing.
  return scopePrefix.startsWith(wanted) ? scopePrefix : NO_DIVISION;
}

function dateBound(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  if (!isCalendarDate(value)) throw badInput('日期格式错误，应为YYYY-MM-DD', field);
  return value;
}

function range(from: string | null, to: string | null): Record<string, string> | null {
  if (!from && !to) return null;
  return { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
}

export function projectWhere(
  scope: ProjectScope,
  filter: ProjectFilter | null | undefined,
): FilterQuery<IProject> {
  const f = filter ?? {};
  const and: Array<FilterQuery<IProject>> = [];
  if (scope.kind === 'organisation') and.push({ organisationId: scope.id });
  const prefix = divisionPrefix(scope.kind === 'division' ? scope.prefix : null, f.divisionCode);
  // A county is a whole code: equality lets the (division_code, status, created_at) index hand the newest rows over in
  // order (a LIKE range cannot promise one code, so PostgreSQL would sort every row of the county first).
  if (prefix) and.push({ divisionCode: prefix.length === 6 ? prefix : { $like: `${prefix}%` } });
  if (f.name?.trim()) and.push({ name: { $ilike: like(f.name.trim()) } });
  if (f.unitName?.trim()) {
    const term = like(f.unitName.trim());
    and.push({ $or: [{ constructorName: { $ilike: term } }, { ownerUnit: { $ilike: term } }] });
  }
  if (f.status) {
    if (!(f.status in PROJECT_STATUSES)) throw badInput('状态不正确', 'status');
    and.push({ status: f.status });
  }
  if (f.category) {
    if (!(f.category in PROJECT_CATEGORIES)) throw badInput('项目类别不正确', 'category');
    and.push({ category: f.category });
  }
  const start = range(
    dateBound(f.plannedStartFrom, 'plannedStartFrom'),
    dateBound(f.plannedStartTo, 'plannedStartTo'),
  );
  if (start) and.push({ plannedStart: start });
  const end = range(dateBound(f.plannedEndFrom, 'plannedEndFrom'), dateBound(f.plannedEndTo, 'plannedEndTo'));
  if (end) and.push({ plannedEnd: end });
  const createdFrom = dateBound(f.createdFrom, 'createdFrom');
  const createdTo = dateBound(f.createdTo, 'createdTo');
  // 登记时间 days are China Standard Time days (UTC+8, no daylight saving).
  if (createdFrom) and.push({ createdAt: { $gte: new Date(`${createdFrom}T00:00:00+08:00`) } });
  if (createdTo) and.push({ createdAt: { $lt: new Date(`${nextDay(createdTo)}T00:00:00+08:00`) } });
  return and.length === 0 ? {} : and.length === 1 ? and[0]! : { $and: and };
}

export function projectOrder(sort: ProjectSort | null | undefined): QueryOrderMap<IProject> {
  const key = sort?.field ?? 'CREATED_AT';
  const field = SORT_FIELDS[key];
  if (!field) throw badInput('排序字段不正确', 'sort');
  // Newest first by default; names, dates and amounts ascending unless asked otherwise.
  const direction = (sort?.direction ?? (key === 'CREATED_AT' ? 'DESC' : 'ASC')) === 'ASC' ? 'asc' : 'desc';
  // id breaks ties so pages never repeat or skip a row.
  return { [field]: direction, id: direction } as QueryOrderMap<IProject>;
}
