// 项目信息 rows read with plain SQL into plain objects rather than entities: a list page or an export only shows them,
// so the identity map, change-tracking snapshots and entity construction em.find() pays for every row are wasted
// (with the filter translation they were about half of the list's CPU per request, and about 3 s of a 100,000-row
// export: bench/README.md, projects benchmark). The columns are named as the entity's properties.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IProject } from './project.entity.ts';
import type { SqlCondition } from './project-query.ts';
import { CountCache } from './count-cache.ts';

// The ORM's pg type parsers leave dates and timestamps as text: 计划开工/竣工日期 are calendar days and stay text
// (YYYY-MM-DD); 登记时间 and the update time arrive as epoch milliseconds and become Dates.
const COLUMNS = `id, name, code, division_code as "divisionCode", detail_address as "detailAddress", longitude,
  latitude, cost_fen::text as "costFen", owner_unit as "ownerUnit", constructor_name as "constructorName",
  constructor_uscc as "constructorUscc", category, duration_days as "durationDays", planned_start as "plannedStart",
  planned_end as "plannedEnd", status, organisation_id as "organisationId",
  extract(epoch from created_at)::float8 * 1000 as "createdAt", extract(epoch from updated_at)::float8 * 1000 as "updatedAt",
  version`;

type RawProject = Omit<IProject, 'costFen' | 'createdAt' | 'updatedAt'> & {
  costFen: string;
  createdAt: number;
  updatedAt: number;
};

/** Converts in place: each row is a fresh object of the driver's. */
function projectOf(raw: RawProject): IProject {
  const p = raw as unknown as Record<keyof IProject, unknown>;
  p.costFen = BigInt(raw.costFen);
  p.createdAt = new Date(raw.createdAt);
  p.updatedAt = new Date(raw.updatedAt);
  return p as IProject;
}

function selectSql(where: SqlCondition, orderBy: string): string {
  return `select ${COLUMNS} from project where ${where.sql} order by ${orderBy}`;
}

/** Where 共 N 项 comes from (project-query.ts decides). */
export interface TotalSource {
  /** The per-county counts of these counties and status (`countByDivision`): exact and cheap, no count needed. */
  byDivision: SqlCondition | null;
  /** Otherwise the counties and status the rows lie in (`divisionAndStatus`), whose revision vouches for a remembered count; null: always count. */
  revisionOf: SqlCondition | null;
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
  where: SqlCondition,
  source: TotalSource,
  orderBy: string,
  limit: number,
  offset: number,
): Promise<{ items: IProject[]; total: number }> {
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
}

// Aliases differ from the column names: ORDER BY resolves a bare name to an output column first, and the sort must
// stay on the real created_at, not on its text.
const EXPORT_COLUMNS_SQL = `name, code, division_code as "divisionCode", detail_address as "detailAddress",
  owner_unit as "ownerUnit", constructor_name as "constructorName", constructor_uscc as "constructorUscc", category,
  (cost_fen::numeric / 100)::numeric(20, 2)::text as "costYuan", planned_start::text as "plannedStart",
  planned_end::text as "plannedEnd", duration_days as "durationDays", status,
  to_char((created_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD HH24:MI:SS') as "createdAt"`;

/** Every matching 导出 row from a PostgreSQL cursor, `chunkSize` rows per round trip, never all in memory. */
export function exportRows(
  em: EntityManager,
  where: SqlCondition,
  orderBy: string,
  chunkSize: number,
): AsyncIterable<ExportRow> {
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
