// Persistence of projects: the entity reads and writes of the services, and the 项目信息 list and export in plain SQL.
//
// List and export rows are read with plain SQL into plain objects rather than entities: a list page or an export only
// shows them, so the identity map, change-tracking snapshots and entity construction em.find() pays for every row are
// wasted (with the filter translation they were about half of the list's CPU per request, and about 3 s of a
// 100,000-row export: bench/README.md, projects benchmark). The columns are named as the entity's properties.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { Project, type IProject, type ProjectInsuranceField } from './project.entity.ts';
import {
  onlyDivisionAndStatus,
  type ProjectCriteria,
  type ProjectOrder,
  type ProjectSortField,
} from './project-query.ts';
import { CountCache } from './count-cache.ts';
import type { InsuranceRegisters, ProjectInsurance } from './insurance.ts';
import type { InsuranceStatus } from './dictionaries.ts';

export function findProject(
  em: EntityManager,
  id: string,
  o: { lock?: boolean } = {},
): Promise<IProject | null> {
  return em.findOne(Project, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export function addProject(
  em: EntityManager,
  data: Omit<IProject, 'id' | 'createdAt' | 'updatedAt' | 'version' | ProjectInsuranceField>,
) {
  return em.create(Project, data);
}

/** Whether another project (or one of the organisation's, by name) already uses the code / the name. */
export async function duplicatesOf(
  em: EntityManager,
  p: { code: string; name: string; organisationId: string },
  exceptId?: string,
): Promise<{ sameCode: boolean; sameName: boolean }> {
  const notSelf = exceptId ? { id: { $ne: exceptId } } : {};
  const sameCode = (await em.count(Project, { code: p.code, ...notSelf })) > 0;
  const sameName =
    (await em.count(Project, { name: p.name, organisationId: p.organisationId, ...notSelf })) > 0;
  return { sameCode, sameName };
}

/**
 * The insurance registers of a project, its row locked for the rest of the transaction (the application and the
 * policy consumers, and their replicas, write the same row); null when projects does not know the project.
 */
export async function lockProjectInsurance(
  em: EntityManager,
  projectId: string,
): Promise<{ insurance: InsuranceRegisters | null } | null> {
  const [row] = await em.execute<Array<{ insurance: InsuranceRegisters | string | null }>>(
    'select insurance from project where id = ? for update',
    [projectId],
  );
  if (!row) return null;
  const insurance = typeof row.insurance === 'string' ? JSON.parse(row.insurance) : row.insurance;
  return { insurance: insurance as InsuranceRegisters | null };
}

/**
 * Writes a project's insurance columns. A plain UPDATE: `version` and `updated_at` belong to the enterprise's edits
 * (an insurance event must not make its open form stale); the statement triggers still raise the county's revision,
 * so a remembered 共 N 项 of an insurance filter is counted again.
 */
export async function saveProjectInsurance(
  em: EntityManager,
  projectId: string,
  i: ProjectInsurance,
): Promise<void> {
  await em.execute(
    `update project set insurance_status = ?, insurer_id = ?, broker_id = ?, insured_premium_fen = ?,
       insured_premium_implausible = ?, policy_number = ?, insured_at = ?, policy_start = ?, policy_end = ?, reader_organisation_ids = ?::uuid[],
       insurance = ?::jsonb
     where id = ?`,
    [
      i.insuranceStatus,
      i.insurerId,
      i.brokerId,
      i.insuredPremiumFen?.toString() ?? null,
      i.insuredPremiumImplausible,
      i.policyNumber,
      i.insuredAt,
      i.policyStart,
      i.policyEnd,
      `{${i.readerOrganisationIds.join(',')}}`,
      JSON.stringify(i.insurance),
      projectId,
    ],
    'run',
  );
}

/** A concurrent change won (the entity's version moved): the caller reports a conflict. */
export function isConcurrentUpdate(error: unknown): boolean {
  return error instanceof OptimisticLockError;
}

/** A WHERE clause with `?` placeholders and its values, in order. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** The columns the sort keys of the API order by. */
const SORT_COLUMNS: Record<ProjectSortField, string> = {
  CREATED_AT: 'created_at',
  PLANNED_START: 'planned_start',
  COST: 'cost_fen',
  NAME: 'name',
};

/** ORDER BY for an order; id breaks ties so pages never repeat or skip a row. */
export function orderByOf(o: ProjectOrder): string {
  return `${SORT_COLUMNS[o.field]} ${o.direction}, id ${o.direction}`;
}

/**
 * "Contains" for a search term: `ilike` only when the term has letters with a case. Chinese has none, and over
 * Chinese names `like` is about 4 times as fast (`ilike` lower-cases every row it compares: 0.73 s against 0.18 s
 * for 项目名称 “改造” over 500,000 projects), with the same matches.
 */
function contains(term: string): { op: 'like' | 'ilike'; pattern: string } {
  const pattern = `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return { op: term.toLowerCase() === term.toUpperCase() ? 'like' : 'ilike', pattern };
}

/**
 * The rows of some criteria, as SQL over the `project` table. Plain SQL rather than a MikroORM filter: building and
 * translating the filter object was about a quarter of the list's CPU per request (bench/README.md, projects
 * benchmark), and the list, its count and the export all run this on every request.
 */
export function whereOf(c: ProjectCriteria): SqlCondition {
  const and: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    and.push(sql);
    params.push(...values);
  };
  if (c.organisationId) add('organisation_id = ?', c.organisationId);
  // Containment, which the GIN index over the reader organisations answers (`? = any(…)` it cannot).
  if (c.readerOrganisationId) add('reader_organisation_ids @> array[?]::uuid[]', c.readerOrganisationId);
  const prefix = c.divisionPrefix;
  // A county is a whole code: equality lets the (division_code, status, created_at) index hand the newest rows over in
  // order (a LIKE range cannot promise one code, so PostgreSQL would sort every row of the county first).
  if (prefix) {
    if (prefix.length === 6) add('division_code = ?', prefix);
    else add('division_code like ?', `${prefix}%`);
  }
  if (c.name) {
    const { op, pattern } = contains(c.name);
    add(`name ${op} ?`, pattern);
  }
  if (c.unitName) {
    const { op, pattern } = contains(c.unitName);
    add(`(constructor_name ${op} ? or owner_unit ${op} ?)`, pattern, pattern);
  }
  if (c.status) add('status = ?', c.status);
  // Next to the division prefix in project_division_insurance_index, as the status is in its own index.
  if (c.insuranceStatus) add('insurance_status = ?', c.insuranceStatus);
  if (c.category) add('category = ?', c.category);
  if (c.plannedStartFrom) add('planned_start >= ?', c.plannedStartFrom);
  if (c.plannedStartTo) add('planned_start <= ?', c.plannedStartTo);
  if (c.plannedEndFrom) add('planned_end >= ?', c.plannedEndFrom);
  if (c.plannedEndTo) add('planned_end <= ?', c.plannedEndTo);
  if (c.createdFrom) add('created_at >= ?', c.createdFrom);
  if (c.createdBefore) add('created_at < ?', c.createdBefore);
  return { sql: and.length ? and.join(' and ') : 'true', params };
}

/**
 * The division and status conditions alone, on the columns project_division_count shares with project: the counties
 * and status every row lies in. Null for a viewer scoped to its own organisation or to the projects it reads (that
 * table knows no organisations).
 */
function divisionAndStatusOf(c: ProjectCriteria): SqlCondition | null {
  if (c.organisationId || c.readerOrganisationId) return null;
  return whereOf({
    ...c,
    insuranceStatus: null,
    name: null,
    unitName: null,
    category: null,
    plannedStartFrom: null,
    plannedStartTo: null,
    plannedEndFrom: null,
    plannedEndTo: null,
    createdFrom: null,
    createdBefore: null,
  });
}

// The ORM's pg type parsers leave dates and timestamps as text: 计划开工/竣工日期 are calendar days and stay text
// (YYYY-MM-DD); 登记时间 and the update time arrive as epoch milliseconds and become Dates.
const COLUMNS = `id, name, code, division_code as "divisionCode", detail_address as "detailAddress", longitude,
  latitude, cost_fen::text as "costFen", owner_unit as "ownerUnit", constructor_name as "constructorName",
  constructor_uscc as "constructorUscc", category, duration_days as "durationDays", planned_start as "plannedStart",
  planned_end as "plannedEnd", status, organisation_id as "organisationId",
  extract(epoch from created_at)::float8 * 1000 as "createdAt", extract(epoch from updated_at)::float8 * 1000 as "updatedAt",
  version, insurance_status as "insuranceStatus", insurer_id as "insurerId", broker_id as "brokerId",
  insured_premium_fen::text as "insuredPremiumFen", insured_premium_implausible as "insuredPremiumImplausible",
  policy_number as "policyNumber",
  extract(epoch from insured_at)::float8 * 1000 as "insuredAt", policy_start as "policyStart",
  policy_end as "policyEnd", reader_organisation_ids as "readerOrganisationIds"`;

type RawProject = Omit<
  IProject,
  'costFen' | 'createdAt' | 'updatedAt' | 'insuredPremiumFen' | 'insuredAt' | 'insurance'
> & {
  costFen: string;
  createdAt: number;
  updatedAt: number;
  insuredPremiumFen: string | null;
  insuredAt: number | null;
};

/** Converts in place: each row is a fresh object of the driver's. */
function projectOf(raw: RawProject): IProject {
  const p = raw as unknown as Record<keyof IProject, unknown>;
  p.costFen = BigInt(raw.costFen);
  p.createdAt = new Date(raw.createdAt);
  p.updatedAt = new Date(raw.updatedAt);
  p.insuredPremiumFen = raw.insuredPremiumFen === null ? null : BigInt(raw.insuredPremiumFen);
  p.insuredAt = raw.insuredAt === null ? null : new Date(raw.insuredAt);
  // The fold's registers are not shown: a list never reads them.
  p.insurance = null;
  return p as IProject;
}

function selectSql(where: SqlCondition, orderBy: string): string {
  return `select ${COLUMNS} from project where ${where.sql} order by ${orderBy}`;
}

/** Where 共 N 项 comes from. */
interface TotalSource {
  /** The per-county counts of these counties and status (onlyDivisionAndStatus): exact and cheap, no count needed. */
  byDivision: SqlCondition | null;
  /** Otherwise the counties and status the rows lie in, whose revision vouches for a remembered count; null: always count. */
  revisionOf: SqlCondition | null;
}

function totalSourceOf(c: ProjectCriteria): TotalSource {
  const divisionAndStatus = divisionAndStatusOf(c);
  return onlyDivisionAndStatus(c)
    ? { byDivision: divisionAndStatus, revisionOf: null }
    : { byDivision: null, revisionOf: divisionAndStatus };
}

/** What the one-row head of a list statement adds to each row. */
type Head = { total?: string | null; revision?: string | null };

/**
 * The page joined (left, so an empty page still brings the head) to a one-row head that carries 共 N 项 and/or the
 * revision: one round trip and one statement to parse and plan, and the head and the page see the same snapshot.
 */
async function pageWithHead(
  em: EntityManager,
  head: SqlCondition,
  where: SqlCondition,
  orderBy: string,
  limit: number,
  offset: number,
): Promise<{ head: Head; items: IProject[] }> {
  const rows = await em.execute<Array<RawProject & Head>>(
    `select h.*, p.* from (${head.sql}) h left join lateral (${selectSql(where, orderBy)} limit ? offset ?) p on true`,
    [...head.params, ...where.params, limit, offset],
  );
  const carried: Head = { total: rows[0]?.total, revision: rows[0]?.revision };
  const items: IProject[] = [];
  for (const row of rows) {
    // With an empty page the single row carries the head and nulls for the project columns.
    if (row.id == null) continue;
    delete row.total;
    delete row.revision;
    items.push(projectOf(row));
  }
  return { head: carried, items };
}

/** A one-row head of scalar subqueries: `select (…) as total, (…) as revision`. */
function headOf(columns: Partial<Record<keyof Head, SqlCondition>>): SqlCondition {
  const entries = Object.entries(columns) as Array<[keyof Head, SqlCondition]>;
  return {
    sql: `select ${entries.map(([name, c]) => `(${c.sql}) as ${name}`).join(', ')}`,
    params: entries.flatMap(([, c]) => c.params),
  };
}

/** A page of rows and 共 N 项, counting rows only when no per-county sum or remembered count can give it. */
export async function projectPageAndTotal(
  em: EntityManager,
  cache: CountCache,
  criteria: ProjectCriteria,
  order: ProjectOrder,
  limit: number,
  offset: number,
): Promise<{ items: IProject[]; total: number }> {
  const where = whereOf(criteria);
  const orderBy = orderByOf(order);
  const source = totalSourceOf(criteria);
  const page = (head: SqlCondition) => pageWithHead(em, head, where, orderBy, limit, offset);
  const count = { sql: `select count(*) from project where ${where.sql}`, params: where.params };
  if (source.byDivision || !source.revisionOf) {
    const total = source.byDivision
      ? {
          sql: `select coalesce(sum(projects), 0) from project_division_count where ${source.byDivision.sql}`,
          params: source.byDivision.params,
        }
      : count;
    const { head, items } = await page(headOf({ total }));
    return { items, total: Number(head.total ?? 0) };
  }
  const { sql, params } = source.revisionOf;
  const revision = {
    sql: `select coalesce(sum(revision), 0)::text from project_division_count where ${sql}`,
    params,
  };
  // Revision and count in one statement: the count is the one that revision vouches for.
  const revisionAndCount = headOf({ revision, total: count });
  const key = CountCache.keyOf(where);
  const remember = (counted: Head | undefined) => {
    const total = Number(counted?.total ?? 0);
    cache.set(key, { revision: String(counted?.revision), total });
    return total;
  };
  const known = cache.get(key);
  if (!known) {
    const { head, items } = await page(revisionAndCount);
    return { items, total: remember(head) };
  }
  const { head, items } = await page(headOf({ revision }));
  if (head.revision === known.revision) return { items, total: known.total };
  // A project of these counties was written since: count again.
  const [fresh] = await em.execute<Head[]>(revisionAndCount.sql, revisionAndCount.params);
  return { items, total: remember(fresh) };
}

/**
 * One 导出 row, formatted by PostgreSQL where it is only text: 工程造价 in 元 with two decimals (exact numeric
 * arithmetic), the planned dates as YYYY-MM-DD and 登记时间 in China Standard Time. An export reads 100,000 rows, and
 * building a BigInt and two Dates per row in JavaScript only to print them again was a visible share of it.
 */
export interface ExportRow {
  name: string;
  code: string;
  divisionCode: string;
  detailAddress: string | null;
  ownerUnit: string;
  constructorName: string;
  constructorUscc: string;
  category: IProject['category'];
  costYuan: string;
  plannedStart: string;
  plannedEnd: string;
  durationDays: number;
  status: IProject['status'];
  /** 登记时间, UTC+8 (China has no daylight saving), to the second. */
  createdAt: string;
  /** 投资规模 in 万元 with six decimals (exact: 1 分 is 0.000001 万元). */
  investmentWan: string;
  insuranceStatus: InsuranceStatus;
  /** 保险机构, by id (the export names it from `party`). */
  insurerId: string | null;
  /** 保费 in 元 with two decimals. */
  premiumYuan: string | null;
  /** 承保时间, UTC+8, to the second. */
  insuredAt: string | null;
}

// Aliases differ from the column names: ORDER BY resolves a bare name to an output column first, and the sort must
// stay on the real created_at, not on its text.
const EXPORT_COLUMNS_SQL = `name, code, division_code as "divisionCode", detail_address as "detailAddress",
  owner_unit as "ownerUnit", constructor_name as "constructorName", constructor_uscc as "constructorUscc", category,
  (cost_fen::numeric / 100)::numeric(20, 2)::text as "costYuan", planned_start::text as "plannedStart",
  planned_end::text as "plannedEnd", duration_days as "durationDays", status,
  to_char((created_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD HH24:MI:SS') as "createdAt",
  (cost_fen::numeric / 1000000)::numeric(24, 6)::text as "investmentWan", insurance_status as "insuranceStatus",
  insurer_id as "insurerId", (insured_premium_fen::numeric / 100)::numeric(20, 2)::text as "premiumYuan",
  to_char((insured_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD HH24:MI:SS') as "insuredAt"`;

/** Every matching 导出 row from a PostgreSQL cursor, `chunkSize` rows per round trip, never all in memory. */
export function exportRows(
  em: EntityManager,
  criteria: ProjectCriteria,
  order: ProjectOrder,
  chunkSize: number,
): AsyncIterable<ExportRow> {
  const where = whereOf(criteria);
  const orderBy = orderByOf(order);
  return em
    .getConnection()
    .stream<ExportRow>(
      `select ${EXPORT_COLUMNS_SQL} from project where ${where.sql} order by ${orderBy}`,
      where.params,
      undefined,
      undefined,
      chunkSize,
    );
}
