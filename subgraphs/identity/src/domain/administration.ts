// 系统管理: organisations, accounts, roles, partnerships and API clients — platform administrators only. The input
// rules are account-rules.ts; reads and writes are the repositories'.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound, unauthenticated, type Role } from '@anze/auth';
import type { IOrganisation } from './organisation.entity.ts';
import type { IUser } from './user.entity.ts';
import { appendAudit } from './audit.repository.ts';
import { generateInitialPassword, hashPassword, passwordMatches } from './password.ts';
import { revokeSessions } from './authentication.ts';
import { signAccessToken } from './keys.ts';
import { subjectOf, type Actor, type IdentityDeps } from './context.ts';
import {
  checkRoles,
  readRoles,
  validateApiClient,
  validateNewUser,
  validateOrganisation,
  type ApiClientInput,
  type CreateUserInput,
  type OrganisationInput,
} from './account-rules.ts';
import {
  addOrganisation,
  findOrganisation,
  isUsccTaken,
  setPartnershipRow,
} from './organisation.repository.ts';
import { addUser, findUser, isUsernameTaken } from './user.repository.ts';
import { addApiClient, findApiClient, findApiClientByClientId } from './session.repository.ts';

export type { CreateUserInput, OrganisationInput } from './account-rules.ts';

export async function createOrganisation(a: Actor, input: OrganisationInput): Promise<IOrganisation> {
  const { name, uscc, contactName, contactMobile, contactEmail } = validateOrganisation(input);
  return a.em.transactional(async (em) => {
    if (await isUsccTaken(em, uscc)) throw conflict('该统一社会信用代码已存在', 'uscc');
    const org = addOrganisation(em, {
      type: input.type,
      name,
      divisionCode: input.divisionCode,
      uscc,
      contactName: contactName ?? null,
      contactMobile: contactMobile ?? null,
      contactEmail: contactEmail ?? null,
      // Organisations created by the platform operator need no review.
      registrationStatus: 'APPROVED',
      reviewedAt: new Date(),
    });
    await em.flush();
    a.publish(em, { type: 'organisation.registered', organisation: org }, a.viewer);
    await appendAudit(em, {
      type: 'organisation.created',
      subject: await subjectOf(em, a.viewer),
      object: `organisation:${org.id}`,
      result: 'SUCCESS',
      detail: { type: org.type, name },
    });
    return org;
  });
}

export async function createUser(
  a: Actor,
  input: CreateUserInput,
): Promise<{ user: IUser; initialPassword: string }> {
  const { username, displayName, mobile, roles } = validateNewUser(input);
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return a.em.transactional(async (em) => {
    const org = await findOrganisation(em, input.organisationId);
    if (!org) throw notFound('单位不存在');
    checkRoles(org, roles, input.jurisdiction);
    if (await isUsernameTaken(em, username)) throw conflict('该登录名已被使用', 'username');
    const user = addUser(em, {
      organisationId: org.id,
      username,
      displayName,
      mobile,
      roles,
      jurisdiction: roles.includes('REGULATOR') ? (input.jurisdiction ?? null) : null,
      passwordHash,
      // Accounts issued by someone else must choose their own password at first login.
      mustChangePassword: true,
    });
    await em.flush();
    a.publish(
      em,
      {
        type: 'user.created',
        user: { ...user, jurisdiction: user.jurisdiction ?? null },
        divisionCode: org.divisionCode,
      },
      a.viewer,
    );
    await appendAudit(em, {
      type: 'account.created',
      subject: await subjectOf(em, a.viewer),
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail: { username, roles, jurisdiction: user.jurisdiction },
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
    const user = await findUser(em, userId, { lock: true });
    if (!user) throw notFound('用户不存在');
    const org = await findOrganisation(em, user.organisationId);
    if (!org) throw new Error(`user ${user.id} has no organisation ${user.organisationId}`);
    const detail = (await change(user, org, em)) ?? null;
    await em.flush();
    await appendAudit(em, {
      type,
      subject: await subjectOf(em, a.viewer),
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail,
    });
    return user;
  });
}

/** New roles; the user's sessions end (their tokens carry the old roles): the next sign-in carries the new ones. */
export function setUserRoles(
  a: Actor,
  deps: IdentityDeps,
  userId: string,
  requested: Role[],
): Promise<IUser> {
  const roles = readRoles(requested);
  return changeUser(a, userId, 'account.roles.changed', async (user, org, em) => {
    checkRoles(org, roles, user.jurisdiction);
    await revokeSessions(a, em, deps, user.id, 'roles_changed');
    const before = user.roles;
    user.roles = roles;
    a.publish(
      em,
      {
        type: 'user.roles_changed',
        user: { ...user, jurisdiction: user.jurisdiction ?? null },
        divisionCode: org.divisionCode,
      },
      a.viewer,
    );
    return { before, after: roles };
  });
}

export function setUserEnabled(
  a: Actor,
  deps: IdentityDeps,
  userId: string,
  enabled: boolean,
): Promise<IUser> {
  return changeUser(a, userId, enabled ? 'account.enabled' : 'account.disabled', async (user, org, em) => {
    user.enabled = enabled;
    a.publish(
      em,
      {
        type: enabled ? 'user.enabled' : 'user.disabled',
        user: { ...user, jurisdiction: user.jurisdiction ?? null },
        divisionCode: org.divisionCode,
      },
      a.viewer,
    );
    if (!enabled) await revokeSessions(a, em, deps, user.id, 'disabled');
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
  deps: IdentityDeps,
  userId: string,
): Promise<{ user: IUser; initialPassword: string }> {
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const user = await changeUser(a, userId, 'account.password.reset', async (u, _org, em) => {
    // Whoever knew the old password is signed out.
    await revokeSessions(a, em, deps, u.id, 'password_reset');
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
    const broker = await findOrganisation(em, brokerId);
    const insurer = await findOrganisation(em, insurerId);
    if (!broker || broker.type !== 'BROKER') throw badInput('经纪公司不存在', 'brokerId');
    if (!insurer || insurer.type !== 'INSURER') throw badInput('保险机构不存在', 'insurerId');
    await setPartnershipRow(em, brokerId, insurerId, active);
    a.publish(em, { type: 'partnership.changed', brokerId, insurerId, active }, a.viewer);
    await em.flush();
    await appendAudit(em, {
      type: active ? 'partnership.added' : 'partnership.removed',
      subject: await subjectOf(em, a.viewer),
      object: `organisation:${broker.id}`,
      result: 'SUCCESS',
      detail: { insurerId },
    });
    return broker;
  });
}

export async function createApiClient(a: Actor, input: ApiClientInput) {
  const { name, scopes } = validateApiClient(input);
  const clientSecret = randomBytes(32).toString('base64url');
  const secretHash = await hashPassword(clientSecret);
  return a.em.transactional(async (em) => {
    const client = addApiClient(em, {
      id: randomUUID(),
      name,
      clientId: `anze_${randomBytes(12).toString('hex')}`,
      secretHash,
      scopes,
      jurisdiction: input.jurisdiction ?? null,
    });
    await em.flush();
    await appendAudit(em, {
      type: 'api_client.created',
      subject: await subjectOf(em, a.viewer),
      object: `client:${client.clientId}`,
      result: 'SUCCESS',
      detail: { scopes },
    });
    return { client, clientSecret };
  });
}

export async function revokeApiClient(a: Actor, id: string) {
  return a.em.transactional(async (em) => {
    const client = await findApiClient(em, id);
    if (!client) throw notFound('客户端不存在');
    client.revokedAt ??= new Date();
    await em.flush();
    await appendAudit(em, {
      type: 'api_client.revoked',
      subject: await subjectOf(em, a.viewer),
      object: `client:${client.clientId}`,
      result: 'SUCCESS',
    });
    return client;
  });
}

/** Client-credentials grant for third-party platforms: a short-lived token limited to the client's scopes. */
export async function issueClientToken(a: Actor, deps: IdentityDeps, clientId: string, clientSecret: string) {
  const client = await findApiClientByClientId(a.em, clientId);
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
