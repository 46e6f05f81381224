// Rules of 系统管理 input: login names, which roles a user of each organisation type may hold, new organisations and
// API clients. Pure; each refusal names its input field.
import { badInput, isRole, type Role } from '@anze/auth';
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

export function checkRoles(
  org: Pick<IOrganisation, 'type'>,
  roles: Role[],
  jurisdiction: string | null | undefined,
): void {
  if (!roles.length) throw badInput('请至少选择一个角色', 'roles');
  const allowed = ROLES_BY_ORGANISATION[org.type];
  const wrong = roles.find((r) => !isRole(r) || !allowed.includes(r)) as string | undefined;
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

/** A new organisation's name and USCC, normalised; enterprises register themselves instead. */
export function validateOrganisation(input: OrganisationInput): { name: string; uscc: string } {
  const name = input.name.trim();
  const uscc = normaliseUscc(input.uscc);
  if (input.type === 'ENTERPRISE') throw badInput('施工企业请通过“注册”自行登记', 'type');
  if (!name) throw badInput('请填写单位名称', 'name');
  const problems: Array<[string, string | null]> = [
    ['divisionCode', checkDivisionCode(input.divisionCode)],
    ['uscc', checkUscc(uscc)],
    ['contactMobile', input.contactMobile ? checkMobile(input.contactMobile) : null],
    ['contactEmail', input.contactEmail ? checkEmail(input.contactEmail) : null],
  ];
  for (const [field, message] of problems) if (message) throw badInput(message, field);
  return { name, uscc };
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
export function validateNewUser(input: CreateUserInput): { username: string; displayName: string } {
  const username = input.username.trim();
  assertUsername(username);
  const displayName = input.displayName.trim();
  if (!displayName) throw badInput('请填写姓名', 'displayName');
  if (input.mobile && checkMobile(input.mobile)) throw badInput(checkMobile(input.mobile)!, 'mobile');
  return { username, displayName };
}

export interface ApiClientInput {
  name: string;
  scopes: string[];
  jurisdiction?: string | null;
}

export function validateApiClient(input: ApiClientInput): { name: string } {
  const name = input.name.trim();
  if (!name) throw badInput('请填写名称', 'name');
  if (!input.scopes.length) throw badInput('请至少选择一个权限范围', 'scopes');
  if (input.scopes.some((s) => !/^[a-z-]+:(read|write)$/.test(s)))
    throw badInput('权限范围格式应为 资源:read 或 资源:write', 'scopes');
  if (input.jurisdiction && checkDivisionCode(input.jurisdiction))
    throw badInput(checkDivisionCode(input.jurisdiction)!, 'jurisdiction');
  return { name };
}
