// Rules of 系统管理 input: login names, which roles a user of each organisation type may hold, new organisations and
// API clients. Pure; each refusal names its input field.
import { badInput, isRole, type Role } from '@anze/auth';
import { readOptionalText, readSet, readText } from '@anze/domain';
import { checkDivisionCode, checkEmail, checkMobile, checkUscc, normaliseUscc } from '@anze/dictionaries';
import type { IOrganisation, OrganisationType } from './organisation.entity.ts';

const USERNAME = /^[A-Za-z0-9_.@-]{3,64}$/;

export function assertUsername(username: string): void {
  if (!USERNAME.test(username)) throw badInput('登录名只能包含字母、数字和 _ . @ -，长度3到64位', 'username');
}

/** Which roles a user of each organisation type may hold. */
export const ROLES_BY_ORGANISATION: Readonly<Record<OrganisationType, readonly Role[]>> = {
  ENTERPRISE: ['ENTERPRISE'],
  INSURER: ['INSURER'],
  BROKER: ['BROKER'],
  PREVENTION_ORG: ['PREVENTION_ORG', 'EXPERT'],
  REGULATOR: ['REGULATOR'],
  PLATFORM: ['PLATFORM_ADMIN', 'AUDITOR'],
};

/** A user's roles as a set: each a known role, no duplicates (a client once stored 8,408 × INSURER). */
export function readRoles(roles: readonly string[]): Role[] {
  return readSet(roles, { field: 'roles', label: '角色', max: 8, allowed: isRole, required: true });
}

/** Checks the roles (a set: readRoles) against the organisation's type and the jurisdiction they need. */
export function checkRoles(
  org: Pick<IOrganisation, 'type'>,
  roles: Role[],
  jurisdiction: string | null | undefined,
): void {
  if (!roles.length) throw badInput('请至少选择一个角色', 'roles');
  const allowed = ROLES_BY_ORGANISATION[org.type];
  const wrong = roles.find((r) => !allowed.includes(r)) as string | undefined;
  if (wrong) throw badInput(`该单位的用户不能拥有角色 ${wrong}`, 'roles');
  if (roles.includes('REGULATOR')) {
    if (!jurisdiction) throw badInput('职能部门用户必须指定管辖区域', 'jurisdiction');
    const problem = checkDivisionCode(jurisdiction);
    if (problem) throw badInput(problem, 'jurisdiction');
  }
}

export interface OrganisationInput {
  type: OrganisationType;
  name: string;
  divisionCode: string;
  uscc: string;
  contactName?: string | null;
  contactMobile?: string | null;
  contactEmail?: string | null;
}

/** A new organisation's fields, trimmed, bounded by their columns and normalised; enterprises register themselves. */
export function validateOrganisation(input: OrganisationInput): OrganisationInput {
  if (input.type === 'ENTERPRISE') throw badInput('施工企业请通过“注册”自行登记', 'type');
  const name = readText(input.name, { field: 'name', label: '单位名称', max: 200 });
  const uscc = normaliseUscc(readText(input.uscc, { field: 'uscc', label: '统一社会信用代码', max: 18 }));
  const contactName = readOptionalText(input.contactName, { field: 'contactName', label: '联系人', max: 50 });
  const contactMobile = readOptionalText(input.contactMobile, {
    field: 'contactMobile',
    label: '联系人手机',
    max: 20,
  });
  const contactEmail = readOptionalText(input.contactEmail, {
    field: 'contactEmail',
    label: '联系邮箱',
    max: 254,
  });
  const problems: Array<[string, string | null]> = [
    ['divisionCode', checkDivisionCode(input.divisionCode)],
    ['uscc', checkUscc(uscc)],
    ['contactMobile', contactMobile ? checkMobile(contactMobile) : null],
    ['contactEmail', contactEmail ? checkEmail(contactEmail) : null],
  ];
  for (const [field, message] of problems) if (message) throw badInput(message, field);
  return {
    type: input.type,
    name,
    divisionCode: input.divisionCode,
    uscc,
    contactName,
    contactMobile,
    contactEmail,
  };
}

export interface CreateUserInput {
  organisationId: string;
  username: string;
  displayName: string;
  mobile?: string | null;
  roles: Role[];
  jurisdiction?: string | null;
}

/** The checks that need no organisation (roles are checked against it: checkRoles). */
export function validateNewUser(input: CreateUserInput): {
  username: string;
  displayName: string;
  mobile: string | null;
  roles: Role[];
} {
  const username = input.username.trim();
  assertUsername(username);
  const displayName = readText(input.displayName, { field: 'displayName', label: '姓名', max: 100 });
  const mobile = readOptionalText(input.mobile, { field: 'mobile', label: '手机号', max: 20 });
  if (mobile && checkMobile(mobile)) throw badInput(checkMobile(mobile)!, 'mobile');
  return { username, displayName, mobile, roles: readRoles(input.roles) };
}

export interface ApiClientInput {
  name: string;
  scopes: string[];
  jurisdiction?: string | null;
}

// 资源:read or 资源:write, the resource a lower-case word or hyphenated words (`projects`, `major-hazards`; not `-`).
const SCOPE = /^[a-z]+(?:-[a-z]+)*:(?:read|write)$/;
const isScope = (s: string): s is string => SCOPE.test(s);

export function validateApiClient(input: ApiClientInput): { name: string; scopes: string[] } {
  const name = readText(input.name, { field: 'name', label: '名称', max: 100 });
  if (!input.scopes.length) throw badInput('请至少选择一个权限范围', 'scopes');
  if (input.scopes.some((s) => !isScope(s)))
    throw badInput('权限范围格式应为 资源:read 或 资源:write', 'scopes');
  const scopes = readSet(input.scopes, { field: 'scopes', label: '权限范围', max: 32, allowed: isScope });
  if (input.jurisdiction && checkDivisionCode(input.jurisdiction))
    throw badInput(checkDivisionCode(input.jurisdiction)!, 'jurisdiction');
  return { name, scopes };
}
