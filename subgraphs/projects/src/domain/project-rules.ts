// Rules of 新增项目 / 编辑项目: input validation (everything is checked before anything is written; each refusal names
// the input field, extensions.field, so the form can show the message next to it), who may record projects, and the
// data-quality warnings a saved project gets.
import { badInput, forbidden } from '@anze/auth';
import type { IEnterprise } from './enterprise.entity.ts';
import { checkDivisionCode } from '@anze/dictionaries';
import { PROJECT_CATEGORIES, type ProjectCategory } from './dictionaries.ts';
import { parseCost } from './money.ts';
import { inclusiveDays, isCalendarDate } from './dates.ts';

export interface ProjectInput {
  name: string;
  code: string;
  divisionCode: string;
  detailAddress?: string | null;
  longitude?: number | null;
  latitude?: number | null;
  costYuan?: string | null;
  investmentWan?: string | null;
  ownerUnit: string;
  category: ProjectCategory;
  durationDays?: number | null;
  plannedStart: string;
  plannedEnd: string;
}

/** The validated, normalised project data that is stored. */
export interface ProjectData {
  name: string;
  code: string;
  divisionCode: string;
  detailAddress: string | null;
  longitude: number | null;
  latitude: number | null;
  costFen: bigint;
  ownerUnit: string;
  category: ProjectCategory;
  durationDays: number;
  plannedStart: string;
  plannedEnd: string;
}

// Letters, digits and '-', starting and ending with a letter or digit: covers the provincial formats seen in the
// manuals (2408-232723-04-01-996708, SZSG0207G240918001001001).
const CODE = /^[A-Z0-9](?:[A-Z0-9-]{1,62})[A-Z0-9]$/;
// A rough box around China (incl. the South China Sea islands), WGS-84: catches swapped or zero coordinates.
const CHINA = { minLon: 73.4, maxLon: 135.1, minLat: 3.8, maxLat: 53.6 };
/**
 * 项目工期 rule: calendar days from 计划开工日期 to 计划竣工日期, both counted (a project starting and ending on the
 * same day lasts 1 day). Contracts count either way (with or without the first day), so a difference of one day is
 * accepted as the same duration; anything further means the dates or the duration are wrong. Omitted → derived.
 */
export const DURATION_TOLERANCE_DAYS = 1;

function text(
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  required: boolean,
) {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) throw badInput(`请填写${label}`, field);
    return null;
  }
  if (v.length > max) throw badInput(`${label}不能超过${max}个字符`, field);
  return v;
}

function date(value: string, field: string, label: string): string {
  if (!isCalendarDate(value)) throw badInput(`${label}格式错误，应为YYYY-MM-DD`, field);
  const year = Number(value.slice(0, 4));
  if (year < 1949 || year > 2100) throw badInput(`${label}不合理，请核对`, field);
  return value;
}

export function validateProject(input: ProjectInput): ProjectData {
  const name = text(input.name, 'name', '项目名称', 200, true)!;
  const code = (input.code ?? '').trim().toUpperCase();
  if (!code) throw badInput('请填写项目代码', 'code');
  if (!CODE.test(code))
    throw badInput('项目代码只能包含字母、数字和“-”，长度3到64位，且不能以“-”开头或结尾', 'code');

  const divisionCode = (input.divisionCode ?? '').trim();
  const divisionProblem = checkDivisionCode(divisionCode, { level: 'COUNTY' });
  if (divisionProblem) throw badInput(divisionProblem, 'divisionCode');
  const detailAddress = text(input.detailAddress, 'detailAddress', '详细地址', 300, false);

  const lon = input.longitude ?? null;
  const lat = input.latitude ?? null;
  if ((lon === null) !== (lat === null)) {
    throw badInput('经度和纬度需同时填写', lon === null ? 'longitude' : 'latitude');
  }
  if (lon !== null && (!Number.isFinite(lon) || lon < CHINA.minLon || lon > CHINA.maxLon)) {
    throw badInput('项目经度不在中国境内，请核对（WGS-84，东经73.4°–135.1°）', 'longitude');
  }
  if (lat !== null && (!Number.isFinite(lat) || lat < CHINA.minLat || lat > CHINA.maxLat)) {
    throw badInput('项目纬度不在中国境内，请核对（WGS-84，北纬3.8°–53.6°）', 'latitude');
  }

  const cost = parseCost(input);
  if ('error' in cost) throw badInput(cost.error, cost.field);
  const ownerUnit = text(input.ownerUnit, 'ownerUnit', '建设单位', 200, true)!;
  if (!(input.category in PROJECT_CATEGORIES)) throw badInput('请选择项目类别', 'category');

  const plannedStart = date(input.plannedStart, 'plannedStart', '计划开工日期');
  const plannedEnd = date(input.plannedEnd, 'plannedEnd', '计划竣工日期');
  if (plannedEnd < plannedStart) throw badInput('计划竣工日期不能早于计划开工日期', 'plannedEnd');
  const days = inclusiveDays(plannedStart, plannedEnd);
  let durationDays = days;
  if (input.durationDays !== null && input.durationDays !== undefined) {
    if (!Number.isInteger(input.durationDays) || input.durationDays < 1) {
      throw badInput('项目工期应为正整数（天）', 'durationDays');
    }
    if (Math.abs(input.durationDays - days) > DURATION_TOLERANCE_DAYS) {
      throw badInput(
        `项目工期（${input.durationDays}天）与计划开工、竣工日期不符，按日期应为${days}天`,
        'durationDays',
      );
    }
    durationDays = input.durationDays;
  }
  return {
    name,
    code,
    divisionCode,
    detailAddress,
    longitude: lon,
    latitude: lat,
    costFen: cost.fen,
    ownerUnit,
    category: input.category,
    durationDays,
    plannedStart,
    plannedEnd,
  };
}

/** GF-YYYY-NNNN: the number of a national model construction contract (示范文本), not a project code. */
export function isTemplateCode(code: string): boolean {
  return /^GF-\d{4}-\d{4}$/i.test(code);
}

/** The enterprise must be known from identity's events and 已通过 before it records projects. */
export function assertMayRecordProjects(
  enterprise: Pick<IEnterprise, 'registrationStatus'> | null,
): asserts enterprise is Pick<IEnterprise, 'registrationStatus'> {
  if (!enterprise) throw forbidden('未找到本企业的注册信息，企业注册审核通过后方可新增项目');
  if (enterprise.registrationStatus !== 'APPROVED') {
    const state = enterprise.registrationStatus === 'PENDING' ? '审核中' : '已驳回';
    throw forbidden(`企业注册${state}，企业注册审核通过后方可新增项目`);
  }
}

export interface ProjectWarning {
  code: 'TEMPLATE_CODE' | 'DUPLICATE_CODE' | 'DUPLICATE_NAME';
  message: string;
  field: string;
}

/** Data-quality warnings: the project is saved anyway, the user is shown them. */
export function projectWarnings(
  data: Pick<ProjectData, 'code' | 'name'>,
  duplicates: { sameCode: boolean; sameName: boolean },
): ProjectWarning[] {
  const warnings: ProjectWarning[] = [];
  if (isTemplateCode(data.code)) {
    warnings.push({
      code: 'TEMPLATE_CODE',
      field: 'code',
      message: `“${data.code}”是建设工程施工合同示范文本的编号，不是项目代码，请填写投资项目在线审批监管平台赋予的项目代码`,
    });
  }
  if (duplicates.sameCode) {
    warnings.push({
      code: 'DUPLICATE_CODE',
      field: 'code',
      message: `项目代码${data.code}已被其他项目使用，请核对是否重复登记`,
    });
  }
  if (duplicates.sameName) {
    warnings.push({
      code: 'DUPLICATE_NAME',
      field: 'name',
      message: `本企业已登记名为“${data.name}”的项目，请核对是否重复登记`,
    });
  }
  return warnings;
}
