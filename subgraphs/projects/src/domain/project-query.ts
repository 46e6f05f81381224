// 项目信息 list filters and sort, shared by the GraphQL list and the export so both show exactly the same rows. Pure
// rules: a filter is validated and turned into criteria inside the viewer's scope; project.repository.ts turns the
// criteria into SQL.
import { badInput, divisionFilterWithin } from '@anze/auth';
import { checkDivisionCode, jurisdictionPrefix } from '@anze/dictionaries';
import {
  INSURANCE_STATUSES,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  type InsuranceStatus,
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
  /** 投保状态 */
  insuranceStatus?: InsuranceStatus | null;
  category?: ProjectCategory | null;
  plannedStartFrom?: string | null;
  plannedStartTo?: string | null;
  plannedEndFrom?: string | null;
  plannedEndTo?: string | null;
  createdFrom?: string | null;
  createdTo?: string | null;
}

/** Sort keys of the API. */
export const SORT_FIELDS = ['CREATED_AT', 'PLANNED_START', 'COST', 'NAME'] as const;
export type ProjectSortField = (typeof SORT_FIELDS)[number];

export function isSortField(value: string): value is ProjectSortField {
  return (SORT_FIELDS as readonly string[]).includes(value);
}

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

/** Which projects a list or an export selects: a validated filter inside a scope. */
export interface ProjectCriteria {
  /** The viewer's own organisation's projects only (an enterprise). */
  organisationId: string | null;
  /** The projects naming this organisation among their readers only (an insurer or a broker). */
  readerOrganisationId: string | null;
  /** Division codes starting with this (a whole county code: that county); NO_DIVISION finds nothing. */
  divisionPrefix: string | null;
  /** 项目名称 contains. */
  name: string | null;
  /** 施工企业 or 建设单位 contains. */
  unitName: string | null;
  status: ProjectStatus | null;
  insuranceStatus: InsuranceStatus | null;
  category: ProjectCategory | null;
  plannedStartFrom: string | null;
  plannedStartTo: string | null;
  plannedEndFrom: string | null;
  plannedEndTo: string | null;
  /** 登记时间 from this instant, and before that one (China Standard Time days). */
  createdFrom: Date | null;
  createdBefore: Date | null;
}

/** The division prefix of a filter code at any level (230000 → 23), inside the scope (divisionFilterWithin). */
function divisionPrefix(scope: ProjectScope, filterCode: string | null | undefined): string | null {
  const code = filterCode?.trim();
  if (!code) return divisionFilterWithin(scope, null);
  const problem = checkDivisionCode(code);
  if (problem) throw badInput(problem, 'divisionCode');
  return divisionFilterWithin(scope, jurisdictionPrefix(code));
}

function dateBound(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  if (!isCalendarDate(value)) throw badInput('日期格式错误，应为YYYY-MM-DD', field);
  return value;
}

/** China Standard Time (UTC+8, no daylight saving) midnight of a day. */
function cstMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

function oneOf<T extends string>(value: T | null | undefined, known: object, message: string, field: string) {
  if (!value) return null;
  if (!(value in known)) throw badInput(message, field);
  return value;
}

/** Checked in the order of the form, so the first problem reported is the first field's. */
export function projectCriteria(
  scope: ProjectScope,
  filter: ProjectFilter | null | undefined,
): ProjectCriteria {
  const f = filter ?? {};
  const division = divisionPrefix(scope, f.divisionCode);
  const status = oneOf(f.status, PROJECT_STATUSES, '状态不正确', 'status');
  const insuranceStatus = oneOf(f.insuranceStatus, INSURANCE_STATUSES, '投保状态不正确', 'insuranceStatus');
  const category = oneOf(f.category, PROJECT_CATEGORIES, '项目类别不正确', 'category');
  const plannedStartFrom = dateBound(f.plannedStartFrom, 'plannedStartFrom');
  const plannedStartTo = dateBound(f.plannedStartTo, 'plannedStartTo');
  const plannedEndFrom = dateBound(f.plannedEndFrom, 'plannedEndFrom');
  const plannedEndTo = dateBound(f.plannedEndTo, 'plannedEndTo');
  const createdFrom = dateBound(f.createdFrom, 'createdFrom');
  const createdTo = dateBound(f.createdTo, 'createdTo');
  return {
    organisationId: scope.kind === 'organisation' ? scope.id : null,
    readerOrganisationId: scope.kind === 'reader' ? scope.id : null,
    divisionPrefix: division,
    name: f.name?.trim() || null,
    unitName: f.unitName?.trim() || null,
    status,
    insuranceStatus,
    category,
    plannedStartFrom,
    plannedStartTo,
    plannedEndFrom,
    plannedEndTo,
    createdFrom: createdFrom ? cstMidnight(createdFrom) : null,
    createdBefore: createdTo ? cstMidnight(nextDay(createdTo)) : null,
  };
}

/**
 * True when nothing but 行政区划 and 状态 narrows the criteria (the list as it opens, or filtered by those only) and
 * the viewer is not scoped to its own organisation or to the projects it reads as insurer or broker: 共 N 项 then
 * comes from the per-county counts.
 */
export function onlyDivisionAndStatus(c: ProjectCriteria): boolean {
  return (
    c.organisationId === null &&
    c.readerOrganisationId === null &&
    c.insuranceStatus === null &&
    c.name === null &&
    c.unitName === null &&
    c.category === null &&
    c.plannedStartFrom === null &&
    c.plannedStartTo === null &&
    c.plannedEndFrom === null &&
    c.plannedEndTo === null &&
    c.createdFrom === null &&
    c.createdBefore === null
  );
}

export interface ProjectOrder {
  field: ProjectSortField;
  direction: 'asc' | 'desc';
}

/** Newest first by default; names, dates and amounts ascending unless asked otherwise. */
export function projectOrder(sort: ProjectSort | null | undefined): ProjectOrder {
  const field = sort?.field ?? 'CREATED_AT';
  if (!isSortField(field)) throw badInput('排序字段不正确', 'sort');
  const direction = (sort?.direction ?? (field === 'CREATED_AT' ? 'DESC' : 'ASC')) === 'ASC' ? 'asc' : 'desc';
  return { field, direction };
}
