// 导出 项目信息: GET /exports/projects?format=xlsx|csv&<the list's filters>, for regulators and administrators, scoped
// to the viewer's jurisdiction exactly like the list. Rows are streamed from a PostgreSQL cursor in chunks and written
// as they come by @anze/tabular's writers, which wait for a slow client, so 500 000 rows never sit in memory.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { badInput, forbidden, hasRole, unauthenticated } from '@anze/auth';
import { assertSafeText, isCalendarDate, labelOf } from '@anze/domain';
import { sendJson, type RouteContext } from '@anze/server-kit';
import { fullName } from '@anze/dictionaries';
import { createCsvWriter, createXlsxWriter, OutputClosedError, type RowWriter } from '@anze/tabular';
import { exportRows, type ExportRow } from '../domain/project.repository.ts';
import { readScope } from '../domain/access.ts';
import {
  isSortField,
  projectCriteria,
  projectOrder,
  type ProjectFilter,
  type ProjectSort,
} from '../domain/project-query.ts';
import { PROJECT_CATEGORIES, PROJECT_STATUSES } from '../domain/dictionaries.ts';

export const EXPORT_COLUMNS = [
  '序号',
  '项目名称',
  '项目代码',
  '行政区划',
  '项目地址',
  '建设单位',
  '施工企业',
  '统一社会信用代码',
  '项目类别',
  '工程造价(元)',
  '计划开工日期',
  '计划竣工日期',
  '项目工期(天)',
  '状态',
  '登记时间',
] as const;

const COLUMN_WIDTHS = [6, 36, 26, 10, 36, 30, 30, 22, 14, 18, 14, 14, 12, 8, 20];
const COLUMNS = EXPORT_COLUMNS.map((header, i) => ({ header, width: COLUMN_WIDTHS[i] }));

const FILTER_PARAMS = [
  'divisionCode',
  'name',
  'unitName',
  'status',
  'category',
  'plannedStartFrom',
  'plannedStartTo',
  'plannedEndFrom',
  'plannedEndTo',
  'createdFrom',
  'createdTo',
] as const;

const CHUNK = 500;

/** China Standard Time (UTC+8, no daylight saving): what the file is dated in (登记时间 comes formatted by SQL). */
function cst(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** 行政区划 full names without spaces, once per code: an export repeats the same few hundred codes. */
const divisionNames = new Map<string, string>();

function address(p: ExportRow): string {
  let division = divisionNames.get(p.divisionCode);
  if (division === undefined) {
    division = (fullName(p.divisionCode) ?? '').replace(/\s+/g, '');
    divisionNames.set(p.divisionCode, division);
  }
  return `${division}${p.detailAddress ?? ''}`;
}

function row(p: ExportRow, index: number): Array<string | number> {
  return [
    index,
    p.name,
    p.code,
    p.divisionCode,
    address(p),
    p.ownerUnit,
    p.constructorName,
    p.constructorUscc,
    PROJECT_CATEGORIES[p.category],
    p.costYuan,
    p.plannedStart,
    p.plannedEnd,
    p.durationDays,
    PROJECT_STATUSES[p.status],
    p.createdAt,
  ];
}

/** RFC 6266 / RFC 5987: an ASCII fallback and the UTF-8 name (项目信息-20261121.xlsx). */
export function contentDisposition(name: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function filterOf(params: URLSearchParams): { filter: ProjectFilter; sort: ProjectSort | null } {
  const filter: Record<string, string> = {};
  for (const key of FILTER_PARAMS) {
    const v = params.get(key);
    if (!v) continue;
    // The same rules as the projects query's arguments, which this URL bypasses: safe characters, bounded, real dates.
    assertSafeText(v, key, labelOf(key));
    if (v.length > 200) throw badInput(`${labelOf(key)} 不能超过 200 个字符`, key);
    if (/(?:From|To)$/.test(key) && !isCalendarDate(v)) throw badInput('日期格式错误，应为YYYY-MM-DD', key);
    filter[key] = v;
  }
  const sortField = params.get('sort');
  const direction = params.get('direction');
  let sort: ProjectSort | null = null;
  if (sortField) {
    if (!isSortField(sortField)) throw badInput('排序字段不正确', 'sort');
    sort = {
      field: sortField,
      direction: direction === 'ASC' ? 'ASC' : direction === 'DESC' ? 'DESC' : null,
    };
  }
  return { filter: filter as ProjectFilter, sort };
}

export async function exportProjects(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RouteContext,
): Promise<void> {
  if (req.method !== 'GET') return sendJson(res, 405, { errors: [{ message: '仅支持GET请求' }] });
  // Refusals are DomainErrors: the server kit answers them with the status of their code (401, 403, 400 + field).
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(ctx.viewer, 'REGULATOR', 'PLATFORM_ADMIN')) throw forbidden('无权导出项目信息');
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const format = params.get('format') ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') throw badInput('导出格式只能是xlsx或csv', 'format');
  const { filter, sort } = filterOf(params);
  const criteria = projectCriteria(readScope(ctx.viewer), filter);
  const order = projectOrder(sort);

  const day = cst(new Date()).slice(0, 10).replace(/-/g, '');
  res.writeHead(200, {
    'content-type':
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    'content-disposition': contentDisposition(`项目信息-${day}.${format}`, `projects-${day}.${format}`),
    'cache-control': 'no-store',
  });
  const rows = exportRows(ctx.em, criteria, order, CHUNK);
  let index = 0;
  let aborted = false;
  res.once('close', () => (aborted = !res.writableFinished));

  const writer: RowWriter =
    format === 'csv'
      ? createCsvWriter(res, { columns: COLUMNS })
      : createXlsxWriter(res, { sheetName: '项目信息', columns: COLUMNS });
  try {
    for await (const p of rows) {
      if (aborted) break;
      const values = row(p, ++index);
      // 工程造价 as a number Excel can sum: at most 1000 亿元 with 2 decimals is 14 significant digits, which a
      // double reproduces exactly. CSV keeps the exact text.
      if (format === 'xlsx') values[9] = Number(values[9]);
      // Waits while the client is behind, so rows are read from the cursor no faster than they are sent.
      await writer.addRow(values);
    }
    if (!aborted) await writer.end();
  } catch (error) {
    // The client went away while the writer waited for it; leaving the loop has closed the cursor.
    if (error instanceof OutputClosedError) aborted = true;
    else {
      // Cut the transfer rather than let a truncated file end like a complete one.
      res.destroy();
      throw error;
    }
  }
  ctx.log.info('projects exported', { format, rows: index, aborted });
}
