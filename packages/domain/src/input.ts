// The input layer: how a value a client sent becomes a value domain code may store. One set of rules for every
// subgraph — ids, text, sets, amounts, dates — each refusal a DomainError in Chinese that names the field. The server
// kit applies the character, id and size rules to every argument at the boundary (input-boundary.ts); services use
// these readers for what only they know (a field's limit, its dictionary, its range).
import { DomainError, badInput } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** An id that is not a UUID names no record: NOT_FOUND, with the field (PostgreSQL would refuse it as SQL text). */
export function readId(value: string, field: string, message = '记录不存在'): string {
  if (!isUuid(value)) throw new DomainError('NOT_FOUND', message, { field });
  return value.toLowerCase();
}

// C0 and C1 controls except tab, line feed and carriage return (PostgreSQL refuses U+0000 outright).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Bidirectional embeddings, overrides and isolates: they make text display other than it is stored (`\u202Efdp.exe`).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
// A surrogate half without its pair: not a character at all; jsonb refuses it and text columns store U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Characters that show nothing: a value made only of them (and spaces) is empty, though `trim()` keeps them.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u180E]/gu;

/** Why a string may not be stored as it is, or null: control characters, lone surrogates, bidi controls. */
export function unsafeCharacterProblem(value: string): string | null {
  if (LONE_SURROGATE.test(value) || CONTROL.test(value) || BIDI.test(value)) return '含有不允许的字符';
  return null;
}

/** Whether the string shows nothing: empty, spaces, or only zero-width characters. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

export function assertSafeText(value: string, field: string, label: string): void {
  const problem = unsafeCharacterProblem(value);
  if (problem) throw badInput(`${label} ${problem}`, field);
}

export interface TextRule {
  /** The input field (`input.contactName`), for the web app to place the message. */
  field: string;
  /** The field's Chinese name, as the form labels it (联系人). */
  label: string;
  /** The longest value accepted, in characters (code points), as the column allows. */
  max: number;
}

/** A required text: trimmed, not blank, safe characters, at most `max` characters. */
export function readText(value: string, rule: TextRule): string {
  const text = readOptionalText(value, rule);
  if (text === null) throw badInput(`请填写${rule.label}`, rule.field);
  return text;
}

/** An optional text: null when absent or blank, otherwise as readText. */
export function readOptionalText(value: string | null | undefined, rule: TextRule): string | null {
  if (value === null || value === undefined) return null;
  assertSafeText(value, rule.field, rule.label);
  const text = value.trim();
  if (isBlank(text)) return null;
  if ([...text].length > rule.max) throw badInput(`${rule.label} 不能超过 ${rule.max} 个字符`, rule.field);
  return text;
}

export interface SetRule<T extends string> extends TextRule {
  /** The allowed elements (a dictionary), or a test of each element. */
  allowed: ReadonlySet<T> | ((value: string) => value is T);
  /** Whether an empty set is refused. */
  required?: boolean;
}

/** A set-valued input: each element checked against its dictionary, duplicates removed, at most `max` elements. */
export function readSet<T extends string>(values: readonly string[], rule: SetRule<T>): T[] {
  const allowed = rule.allowed;
  const test = typeof allowed === 'function' ? allowed : (v: string): v is T => allowed.has(v as T);
  const set = new Set<T>();
  for (const value of values) {
    if (!test(value)) throw badInput(`${rule.label} 含有无效的值`, rule.field);
    set.add(value);
    if (set.size > rule.max) throw badInput(`${rule.label} 不能超过 ${rule.max} 项`, rule.field);
  }
  if (rule.required && set.size === 0) throw badInput(`请至少选择一项${rule.label}`, rule.field);
  return [...set];
}

// Digits with thousands separators only every three digits (1,234,567.89), or none at all; then any decimals.
const DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * A decimal number as people type amounts (`1,234,567.89`, `1234567.89`) without its separators, or null when it is
 * not one: `1,2,3,4` or `1,` are refused, not read as 1234 or 1. The caller bounds the decimals.
 */
export function plainDecimal(value: string): string | null {
  const text = value.trim();
  return DECIMAL.test(text) ? text.replaceAll(',', '') : null;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a day that exists (no 2025-02-30, no year 0000). */
export function isCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1) return false;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export interface PeriodRule {
  /** The fields of start and end (`input.periodStart`, `input.periodEnd`) and their labels. */
  startField: string;
  endField: string;
  label: string;
  /** The range the period must lie in (inclusive, YYYY-MM-DD), e.g. the project's planned period. */
  earliest: string;
  latest: string;
}

/** A period of calendar dates: start not after end, both inside [earliest, latest]. */
export function readPeriod(start: string, end: string, rule: PeriodRule): { start: string; end: string } {
  if (!isCalendarDate(start)) throw badInput('日期格式错误，应为YYYY-MM-DD', rule.startField);
  if (!isCalendarDate(end)) throw badInput('日期格式错误，应为YYYY-MM-DD', rule.endField);
  if (start > end) throw badInput(`${rule.label}的结束日期不能早于开始日期`, rule.endField);
  if (start < rule.earliest) throw badInput(`${rule.label}不能早于 ${rule.earliest}`, rule.startField);
  if (end > rule.latest) throw badInput(`${rule.label}不能晚于 ${rule.latest}`, rule.endField);
  return { start, end };
}

/** Chinese names of input fields, by field name, for refusals raised where only the schema is known. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '编号',
  ids: '编号',
  organisationId: '单位',
  ownerOrganisationId: '单位',
  userId: '用户',
  brokerId: '经纪公司',
  insurerId: '保险机构',
  projectId: '项目',
  challengeId: '挑战编号',
  name: '名称',
  code: '项目编号',
  divisionCode: '行政区划',
  detailAddress: '详细地址',
  costYuan: '工程造价',
  investmentWan: '投资规模',
  ownerUnit: '建设单位',
  category: '项目类别',
  plannedStart: '计划开工日期',
  plannedEnd: '计划竣工日期',
  longitude: '经度',
  latitude: '纬度',
  status: '状态',
  unitName: '单位名称',
  location: '部位',
  controlMeasures: '管控措施',
  responsiblePerson: '责任人',
  responsiblePhone: '责任人电话',
  uscc: '统一社会信用代码',
  registeredAddress: '注册地址',
  businessAddress: '经营地址',
  contactName: '联系人',
  contactMobile: '联系人手机',
  contactEmail: '联系人邮箱',
  legalRepresentative: '法定代表人',
  legalRepresentativeMobile: '法定代表人手机',
  businessScope: '经营范围',
  username: '登录名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  displayName: '姓名',
  mobile: '手机号',
  jurisdiction: '管辖区域',
  scopes: '权限范围',
  roles: '角色',
  reason: '原因',
  refreshToken: '刷新令牌',
  certificate: '证书',
  signature: '签名',
  clientId: '客户端编号',
  clientSecret: '客户端密钥',
  search: '搜索条件',
  subject: '主体',
  type: '类型',
  kinds: '文件类别',
};

/** The label of a field path (`profile.contactName` → 联系人); an unknown field is named by its path. */
export function labelOf(path: string): string {
  const leaf = path.slice(path.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
  return FIELD_LABELS[leaf] ?? `输入项 ${path}`;
}

/** A page of a list (page from 1, 1 to `maxPageSize` rows, default 10): anything else is refused, not clamped. */
export function readPage(
  input: { page?: number | null; pageSize?: number | null } | null | undefined,
  maxPageSize = 100,
): { page: number; pageSize: number; limit: number; offset: number } {
  const page = input?.page ?? 1;
  const pageSize = input?.pageSize ?? 10;
  if (!Number.isInteger(page) || page < 1) throw badInput('页码应为正整数', 'page.page');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize)
    throw badInput(`每页条数应在1至${maxPageSize}之间`, 'page.pageSize');
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

/**
 * "Contains" for a search term as a MikroORM condition: `$ilike` only when the term has letters with a case. Chinese
 * has none, and over Chinese names `like` is about 4 times as fast (`ilike` lower-cases every row it compares; the
 * projects subgraph measured 0.73 s against 0.18 s for 项目名称 “改造” over 500,000 projects), with the same
 * matches. `%`, `_` and `\` in the term match themselves.
 */
export function containsCondition(term: string): { $like: string } | { $ilike: string } {
  const pattern = `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  return term.toLowerCase() === term.toUpperCase() ? { $like: pattern } : { $ilike: pattern };
}
