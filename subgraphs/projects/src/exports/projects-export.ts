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
import { partyNames } from '../domain/party.repository.ts';
import { readScope } from '../domain/access.ts';
import {
  isSortField,
  projectCriteria,
  projectOrder,
  type ProjectFilter,
  type ProjectSort,
} from '../domain/project-query.ts';
import { INSURANCE_STATUSES, PROJECT_CATEGORIES, PROJECT_STATUSES } from '../domain/dictionaries.ts';

/** The columns and their widths. 施工企业 is the manual's 投保单位 (the enterprise that insures the project). */
const COLUMN_SPECS = [
  ['序号', 6],
  ['项目名称', 36],
  ['项目代码', 26],
  ['行政区划', 10],
  ['项目地址', 36],
  ['建设单位', 30],
  ['施工企业', 30],
  ['统一社会信用代码', 22],
  ['项目类别', 14],
  ['工程造价(元)', 18],
  ['投资规模(万元)', 16],
  ['计划开工日期', 14],
  ['计划竣工日期', 14],
  ['项目工期(天)', 12],
  ['状态', 8],
  ['投保状态', 10],
  ['保险机构', 30],
  ['保费(元)', 16],
  ['承保时间', 20],
  ['登记时间', 20],
] as const;

export const EXPORT_COLUMNS = COLUMN_SPECS.map(([header]) => header);

const COLUMNS = COLUMN_SPECS.map(([header, width]) => ({ header, width }));

/** Amounts XLSX writes as numbers Excel can sum (CSV keeps the exact text). */
const NUMERIC_COLUMNS = (['工程造价(元)', '投资规模(万元)', '保费(元)'] as const).map((c) =>
  EXPORT_COLUMNS.indexOf(c),
);

const FILTER_PARAMS = [
  'divisionCode',
  'name',
  'unitName',
  'status',
  'insuranceStatus',
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

/** 万元 as the list shows it: six decimals from SQL, trailing zeros trimmed down to two (1234.50). */
const TRAILING_ZEROS = /(\.\d\d\d*?)0+$/;

function row(p: ExportRow, index: number, insurers: Map<string, string>): Array<string | number> {
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
    p.investmentWan.replace(TRAILING_ZEROS, '$1'),
    p.plannedStart,
    p.plannedEnd,
    p.durationDays,
    PROJECT_STATUSES[p.status],
    INSURANCE_STATUSES[p.insuranceStatus],
    // An insurer identity has not announced by name yet: empty rather than an id no reader can use.
    p.insurerId ? (insurers.get(p.insurerId) ?? '') : '',
    p.premiumYuan ?? '',
    p.insuredAt ?? '',
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
  // A few hundred insurers and brokers at most: one read, then a lookup per row instead of a join per row.
  const insurers = await partyNames(ctx.em);
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
      const values = row(p, ++index, insurers);
      // Amounts as numbers Excel can sum: 工程造价 of at most 1000 亿元 with 2 decimals is 14 significant digits, in
      // 万元 with 6 decimals 15, which a double reproduces exactly. CSV keeps the exact text.
      if (format === 'xlsx')
        for (const i of NUMERIC_COLUMNS) if (values[i] !== '') values[i] = Number(values[i]);
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
