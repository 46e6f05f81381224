// 项目信息 rows read with plain SQL into plain objects rather than entities: a list page or an export only shows them,
// so the identity map, change-tracking snapshots and entity construction em.find() pays for every row are wasted
// (with the filter translation they were about half of the list's CPU per request, and about 3 s of a 100,000-row
// export: bench/README.md, projects benchmark). The columns are named as the entity's properties.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IProject } from './project.entity.ts';
import type { SqlCondition } from './project-query.ts';

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

/**
 * A page of rows and 共 N 项 in one statement: the count as a one-row subquery, the page joined to it (left, so an
 * empty page still brings the count). One round trip and one statement to parse and plan instead of two; the count and
 * the page also see the same snapshot. `byDivision` (from `countByDivision`) sums the per-county counts instead of
 * counting rows.
 */
export async function projectPageAndTotal(
  em: EntityManager,
  where: SqlCondition,
  byDivision: SqlCondition | null,
  orderBy: string,
  limit: number,
  offset: number,
): Promise<{ items: IProject[]; total: number }> {
  const count = byDivision
    ? `select coalesce(sum(projects), 0) as total from project_division_count where ${byDivision.sql}`
    : `select count(*) as total from project where ${where.sql}`;
  // With an empty page the single row carries the count and nulls for the project columns.
  const rows = await em.execute<Array<RawProject & { total?: string }>>(
    `select c.total, p.* from (${count}) c left join lateral (${selectSql(where, orderBy)} limit ? offset ?) p on true`,
    [...(byDivision ?? where).params, ...where.params, limit, offset],
  );
  const total = Number(rows[0]?.total ?? 0);
  const items: IProject[] = [];
  for (const row of rows) {
    if (row.id == null) continue;
    delete row.total;
    items.push(projectOf(row));
  }
  return { items, total };
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
