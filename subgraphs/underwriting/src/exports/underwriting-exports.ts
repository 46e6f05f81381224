// 导出 投保信息 and 批量导出 保单台帐: GET /exports/applications|ledger?format=xlsx|csv&<the list's filters>, scoped
// exactly like the lists (the same scope conditions). Rows come in keyset chunks, so 100 000 rows never sit in memory;
// phones stay masked in files as on screen.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, forbidden, hasRole, unauthenticated, maskPhone } from '@anze/auth';
import { assertSafeText, containsCondition, fenToWan, fenToYuan, labelOf } from '@anze/domain';
import { sendJson, type RouteContext } from '@anze/server-kit';
import { sendTable, type Cell } from '@anze/tabular';
import { scopeOf, scopeCondition, type UnderwritingScope } from '../domain/access.ts';
import { partnerInsurersOf } from '../domain/read-models.repository.ts';
import { InsuranceApplication, type IInsuranceApplication } from '../domain/application.entity.ts';
import { LedgerEntry, type ILedgerEntry } from '../domain/policy.entity.ts';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_VALUES,
  type ApplicationStatus,
} from '../domain/dictionaries.ts';
import { dateTimeIn, dayIn } from '../domain/calendar.ts';

const CHUNK = 1000;

function text(params: URLSearchParams, key: string): string | null {
  const v = params.get(key)?.trim();
  if (!v) return null;
  assertSafeText(v, key, labelOf(key));
  if (v.length > 200) throw badInput(`${labelOf(key)} 不能超过 200 个字符`, key);
  return v;
}

/** Rows of `entity` matching `where`, newest first, in keyset chunks (createdAt, id). */
async function* chunks<T extends { id: string; createdAt: Date }>(
  em: EntityManager,
  entity: typeof InsuranceApplication | typeof LedgerEntry,
  where: Record<string, unknown>,
): AsyncGenerator<T> {
  let last: T | null = null;
  for (;;) {
    // A row-value comparison, not `created_at < x or (created_at = x and id < y)`: with the OR, PostgreSQL walks the
    // (insurer_id, created_at) index from the newest row and filters every row already exported, so each chunk cost
    // more than the last (93 ms against 1.2 ms for a chunk 60,000 rows deep into 人保财险's 91,480-row 台帐, bench data).
    const after = last
      ? { [raw((a) => `(${a}.created_at, ${a}.id) < (?, ?)`, [last.createdAt, last.id])]: [] }
      : {};
    // Two entities share this loop; their common columns (createdAt, id) are all it orders and pages by.
    const rows = (await em.find(
      entity as typeof LedgerEntry,
      { $and: [where, after] } as never,
      {
        orderBy: { createdAt: 'desc', id: 'desc' },
        limit: CHUNK,
      } as never,
    )) as T[];
    em.clear();
    yield* rows;
    if (rows.length < CHUNK) return;
    last = rows[rows.length - 1]!;
  }
}

async function prepare(req: IncomingMessage, res: ServerResponse, ctx: RouteContext) {
  if (req.method !== 'GET') {
    sendJson(res, 405, { errors: [{ message: '仅支持GET请求' }] });
    return null;
  }
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  if (!hasRole(ctx.viewer, 'INSURER', 'BROKER', 'REGULATOR', 'PLATFORM_ADMIN')) throw forbidden('无权导出');
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const format = params.get('format') ?? 'xlsx';
  if (format !== 'xlsx' && format !== 'csv') throw badInput('导出格式只能是xlsx或csv', 'format');
  const scope: UnderwritingScope = await scopeOf(ctx.viewer, (b) => partnerInsurersOf(ctx.em, b));
  const timeZone = process.env.PLATFORM_TIME_ZONE || 'Asia/Shanghai';
  return {
    params,
    format: format as 'xlsx' | 'csv',
    scope,
    timeZone,
    day: dayIn(new Date(), timeZone).replace(/-/g, ''),
  };
}

const APPLICATION_COLUMNS = [
  ['序号', 6],
  ['项目名称', 36],
  ['项目代码', 26],
  ['施工企业', 30],
  ['方案', 8],
  ['投资规模(万元)', 16],
  ['预计保费(元)', 16],
  ['联系电话', 14],
  ['投保状态', 12],
  ['提交时间', 20],
  ['复审期限', 20],
  ['超期', 6],
].map(([header, width]) => ({ header: header as string, width: width as number }));

export async function exportApplications(req: IncomingMessage, res: ServerResponse, ctx: RouteContext) {
  const p = await prepare(req, res, ctx);
  if (!p) return;
  const status = p.params.get('status');
  if (status && !APPLICATION_STATUS_VALUES.includes(status as ApplicationStatus))
    throw badInput('投保状态不正确', 'status');
  const enterpriseName = text(p.params, 'enterpriseName');
  const projectName = text(p.params, 'projectName');
  const where = {
    $and: [
      scopeCondition(p.scope, { draftsColumn: true }),
      ...(status ? [{ status }] : []),
      ...(enterpriseName ? [{ enterpriseName: containsCondition(enterpriseName) }] : []),
      ...(projectName ? [{ projectName: containsCondition(projectName) }] : []),
    ],
  };
  let n = 0;
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const a of chunks<IInsuranceApplication>(ctx.em, InsuranceApplication, where))
      yield [
        ++n,
        a.projectName,
        a.projectCode,
        a.enterpriseName,
        a.planCode,
        p!.format === 'xlsx' ? Number(fenToWan(a.costFen)) : fenToWan(a.costFen),
        p!.format === 'xlsx' ? Number(fenToYuan(a.quoteFen)) : fenToYuan(a.quoteFen),
        maskPhone(a.contactPhone) ?? '',
        APPLICATION_STATUSES[a.status],
        a.submittedAt ? dateTimeIn(a.submittedAt, p!.timeZone) : '',
        a.reviewDueAt ? dateTimeIn(a.reviewDueAt, p!.timeZone) : '',
        a.status === 'SUBMITTED' && a.overdue ? '是' : '',
      ];
  }
  const result = await sendTable(res, {
    format: p.format,
    fileName: `投保信息-${p.day}`,
    asciiFileName: `applications-${p.day}`,
    sheetName: '投保信息',
    columns: APPLICATION_COLUMNS,
    rows: rows(),
  });
  ctx.log.info('applications exported', { format: p.format, ...result });
}

export const LEDGER_COLUMNS = [
  ['项目号', 30],
  ['创建时间', 20],
  ['单位名称', 30],
  ['项目名称', 36],
  ['联系方式', 14],
  ['参保方案', 12],
  ['保单号', 26],
  ['保费', 16],
  ['保险机构', 24],
  ['经纪公司', 24],
].map(([header, width]) => ({ header: header as string, width: width as number }));

export async function exportLedger(req: IncomingMessage, res: ServerResponse, ctx: RouteContext) {
  const p = await prepare(req, res, ctx);
  if (!p) return;
  const enterpriseName = text(p.params, 'enterpriseName');
  const projectName = text(p.params, 'projectName');
  const where = {
    $and: [
      scopeCondition(p.scope),
      ...(enterpriseName ? [{ enterpriseName: containsCondition(enterpriseName) }] : []),
      ...(projectName ? [{ projectName: containsCondition(projectName) }] : []),
    ],
  };
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const e of chunks<ILedgerEntry>(ctx.em, LedgerEntry, where))
      yield [
        e.ledgerNumber,
        dateTimeIn(e.createdAt, p!.timeZone),
        e.enterpriseName,
        e.projectName,
        maskPhone(e.contactPhone) ?? '',
        e.planLabel,
        e.policyNumber,
        p!.format === 'xlsx' ? Number(fenToYuan(e.premiumFen)) : fenToYuan(e.premiumFen),
        e.insurerName,
        e.brokerName ?? '',
      ];
  }
  const result = await sendTable(res, {
    format: p.format,
    fileName: `保单台帐-${p.day}`,
    asciiFileName: `policy-ledger-${p.day}`,
    sheetName: '保单台帐',
    columns: LEDGER_COLUMNS,
    rows: rows(),
  });
  ctx.log.info('ledger exported', { format: p.format, ...result });
}
