// 系统管理: organisations, accounts, roles, partnerships and API clients — platform administrators only.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { badInput, conflict, isRole, notFound, unauthenticated, type Role } from '@anze/auth';
import { checkDivisionCode, checkEmail, checkMobile, checkUscc, normaliseUscc } from '@anze/dictionaries';
import {
  Organisation,
  Partnership,
  type IOrganisation,
  type OrganisationType,
} from './organisation.entity.ts';
import { User, type IUser } from './user.entity.ts';
import { ApiClient, Session } from './session.entity.ts';
import { appendAudit } from './audit.ts';
import { organisationEvent, userEvent } from './events.ts';
import { generateInitialPassword, hashPassword, passwordMatches } from './password.ts';
import { signAccessToken } from './keys.ts';
import { subjectOf, type Actor, type IdentityDeps } from './context.ts';

/** Which roles a user of each organisation type may hold. */
const ROLES_BY_ORGANISATION: Record<OrganisationType, readonly Role[]> = {
  ENTERPRISE: ['ENTERPRISE'],
  INSURER: ['INSURER'],
  BROKER: ['BROKER'],
  PREVENTION_ORG: ['PREVENTION_ORG', 'EXPERT'],
  REGULATOR: ['REGULATOR'],
  PLATFORM: ['PLATFORM_ADMIN', 'AUDITOR'],
};

export interface OrganisationInput {
  type: OrganisationType;
  name: string;
  divisionCode: string;
  uscc: string;
  contactName?: string | null;
  contactMobile?: string | null;
  contactEmail?: string | null;
}

export async function createOrganisation(a: Actor, input: OrganisationInput): Promise<IOrganisation> {
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
  return a.em.transactional(async (em) => {
    if (await em.count(Organisation, { uscc })) throw conflict('该统一社会信用代码已存在', 'uscc');
    const org = em.create(Organisation, {
      type: input.type,
      name,
      divisionCode: input.divisionCode,
      uscc,
      contactName: input.contactName ?? null,
      contactMobile: input.contactMobile ?? null,
      contactEmail: input.contactEmail ?? null,
      // Organisations created by the platform operator need no review.
      registrationStatus: 'APPROVED',
      reviewedAt: new Date(),
    });
    await em.flush();
    organisationEvent(em, 'registered', org, a.viewer);
    await appendAudit(em, {
      type: 'organisation.created',
      subject: subjectOf(a.viewer),
      object: `organisation:${org.id}`,
      result: 'SUCCESS',
      detail: { type: org.type, name },
    });
    return org;
  });
}

export interface CreateUserInput {
  organisationId: string;
  username: string;
  displayName: string;
  mobile?: string | null;
  roles: Role[];
  jurisdiction?: string | null;
}

function checkRoles(org: IOrganisation, roles: Role[], jurisdiction: string | null | undefined): void {
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

export async function createUser(
  a: Actor,
  input: CreateUserInput,
): Promise<{ user: IUser; initialPassword: string }> {
  const username = input.username.trim();
  if (!/^[A-Za-z0-9_.@-]{3,64}$/.test(username))
    throw badInput('登录名只能包含字母、数字和 _ . @ -，长度3到64位', 'username');
  if (!input.displayName.trim()) throw badInput('请填写姓名', 'displayName');
  if (input.mobile && checkMobile(input.mobile)) throw badInput(checkMobile(input.mobile)!, 'mobile');
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return a.em.transactional(async (em) => {
    const org = await em.findOne(Organisation, { id: input.organisationId });
    if (!org) throw notFound('单位不存在');
    checkRoles(org, input.roles, input.jurisdiction);
    if (await em.count(User, { username })) throw conflict('该登录名已被使用', 'username');
    const user = em.create(User, {
      organisationId: org.id,
      username,
      displayName: input.displayName.trim(),
      mobile: input.mobile ?? null,
      roles: input.roles,
      jurisdiction: input.roles.includes('REGULATOR') ? (input.jurisdiction ?? null) : null,
      passwordHash,
      // Accounts issued by someone else must choose their own password at first login.
      mustChangePassword: true,
    });
    await em.flush();
    userEvent(
      em,
      'created',
      { ...user, jurisdiction: user.jurisdiction ?? null },
      org.divisionCode,
      a.viewer,
    );
    await appendAudit(em, {
      type: 'account.created',
      subject: subjectOf(a.viewer),
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail: { username, roles: input.roles, jurisdiction: user.jurisdiction },
    });
    return { user, initialPassword };
  });
}

async function changeUser(
  a: Actor,
  userId: string,
  type: string,
  change: (
    user: IUser,
    org: IOrganisation,
    em: EntityManager,
  ) => Promise<Record<string, unknown> | void> | Record<string, unknown> | void,
): Promise<IUser> {
  return a.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound('用户不存在');
    const org = await em.findOneOrFail(Organisation, { id: user.organisationId });
    const detail = (await change(user, org, em)) ?? null;
    await em.flush();
    await appendAudit(em, {
      type,
      subject: subjectOf(a.viewer),
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail,
    });
    return user;
  });
}

export function setUserRoles(a: Actor, userId: string, roles: Role[]): Promise<IUser> {
  return changeUser(a, userId, 'account.roles.changed', (user, org, em) => {
    checkRoles(org, roles, user.jurisdiction);
    const before = user.roles;
    user.roles = roles;
    userEvent(
      em,
      'roles_changed',
      { ...user, jurisdiction: user.jurisdiction ?? null },
      org.divisionCode,
      a.viewer,
    );
    return { before, after: roles };
  });
}

export function setUserEnabled(a: Actor, userId: string, enabled: boolean): Promise<IUser> {
  return changeUser(a, userId, enabled ? 'account.enabled' : 'account.disabled', async (user, org, em) => {
    user.enabled = enabled;
    userEvent(
      em,
      enabled ? 'enabled' : 'disabled',
      { ...user, jurisdiction: user.jurisdiction ?? null },
      org.divisionCode,
      a.viewer,
    );
    if (!enabled) {
      await em.nativeUpdate(
        Session,
        { userId: user.id, revokedAt: null },
        { revokedAt: new Date(), revokeReason: 'disabled' },
      );
    }
  });
}

export function unlockUser(a: Actor, userId: string): Promise<IUser> {
  return changeUser(a, userId, 'account.unlocked', (user) => {
    user.lockedUntil = null;
    user.failedAttempts = 0;
  });
}

export async function resetPassword(
  a: Actor,
  userId: string,
): Promise<{ user: IUser; initialPassword: string }> {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const user = await changeUser(a, userId, 'account.password.reset', (u) => {
    u.passwordHash = passwordHash;
    u.mustChangePassword = true;
    u.failedAttempts = 0;
    u.lockedUntil = null;
  });
  return { user, initialPassword };
}

export async function setPartnership(
  a: Actor,
  brokerId: string,
  insurerId: string,
  active: boolean,
): Promise<IOrganisation> {
  return a.em.transactional(async (em) => {
    const broker = await em.findOne(Organisation, { id: brokerId });
    const insurer = await em.findOne(Organisation, { id: insurerId });
    if (!broker || broker.type !== 'BROKER') throw badInput('经纪公司不存在', 'brokerId');
    if (!insurer || insurer.type !== 'INSURER') throw badInput('保险机构不存在', 'insurerId');
    const existing = await em.findOne(Partnership, { brokerId, insurerId });
    if (active && !existing) em.create(Partnership, { brokerId, insurerId });
    if (!active && existing) em.remove(existing);
    await em.flush();
    await appendAudit(em, {
      type: active ? 'partnership.added' : 'partnership.removed',
      subject: subjectOf(a.viewer),
      object: `organisation:${broker.id}`,
      result: 'SUCCESS',
      detail: { insurerId },
    });
    return broker;
  });
}

export async function createApiClient(
  a: Actor,
  input: { name: string; scopes: string[]; jurisdiction?: string | null },
) {
  if (!input.name.trim()) throw badInput('请填写名称', 'name');
  if (!input.scopes.length) throw badInput('请至少选择一个权限范围', 'scopes');
  if (input.scopes.some((s) => !/^[a-z-]+:(read|write)$/.test(s)))
    throw badInput('权限范围格式应为 资源:read 或 资源:write', 'scopes');
  if (input.jurisdiction && checkDivisionCode(input.jurisdiction))
    throw badInput(checkDivisionCode(input.jurisdiction)!, 'jurisdiction');
  const clientSecret = randomBytes(32).toString('base64url');
  const secretHash = await hashPassword(clientSecret);
  return a.em.transactional(async (em) => {
    const client = em.create(ApiClient, {
      id: randomUUID(),
      name: input.name.trim(),
      clientId: `anze_${randomBytes(12).toString('hex')}`,
      secretHash,
      scopes: input.scopes,
      jurisdiction: input.jurisdiction ?? null,
    });
    await em.flush();
    await appendAudit(em, {
      type: 'api_client.created',
      subject: subjectOf(a.viewer),
      object: `client:${client.clientId}`,
      result: 'SUCCESS',
      detail: { scopes: input.scopes },
    });
    return { client, clientSecret };
  });
}

export async function revokeApiClient(a: Actor, id: string) {
  return a.em.transactional(async (em) => {
    const client = await em.findOne(ApiClient, { id });
    if (!client) throw notFound('客户端不存在');
    client.revokedAt ??= new Date();
    await em.flush();
    await appendAudit(em, {
      type: 'api_client.revoked',
      subject: subjectOf(a.viewer),
      object: `client:${client.clientId}`,
      result: 'SUCCESS',
    });
    return client;
  });
}

/** Client-credentials grant for third-party platforms: a short-lived token limited to the client's scopes. */
export async function issueClientToken(a: Actor, deps: IdentityDeps, clientId: string, clientSecret: string) {
  const client = await a.em.findOne(ApiClient, { clientId });
  const valid = !!client && !client.revokedAt && (await passwordMatches(client.secretHash, clientSecret));
  await a.em.transactional((em) =>
    appendAudit(em, {
      type: 'auth.client_credentials',
      subject: `client:${clientId}`,
      result: valid ? 'SUCCESS' : 'FAILURE',
      detail: { ip: a.client.ip },
    }),
  );
  if (!valid || !client) throw unauthenticated('客户端凭证无效或已吊销');
  const accessToken = await signAccessToken(
    deps.keys,
    {
      sub: client.clientId,
      typ: 'client',
      roles: ['API_CLIENT'],
      jur: client.jurisdiction,
      scope: client.scopes.join(' '),
    },
    deps.config.accessTokenSeconds,
  );
  return { accessToken, expiresIn: deps.config.accessTokenSeconds, scopes: client.scopes };
}
