// Sign-in and sessions: password (argon2id, lockout), CA certificate (challenge–response), refresh-token rotation
// with reuse detection, idle timeout, forced password change, logout.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { badInput, unauthenticated, type AccessClaims, type Role } from '@anze/auth';
import { CertificateLoginError, verifyCertificateSignature } from '@anze/ca';
import { User, CertificateBinding, type IUser } from './user.entity.ts';
import { Organisation } from './organisation.entity.ts';
import { Session, RefreshToken, CertificateChallenge } from './session.entity.ts';
import { appendAudit, appendAuditNow } from './audit.ts';
import {
  checkPassword,
  dummyPasswordHash,
  hashPassword,
  passwordMatches,
  type PasswordPolicy,
} from './password.ts';
import { signAccessToken } from './keys.ts';
import type { Actor, IdentityDeps } from './context.ts';

export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  mustChangePassword: boolean;
  user: IUser;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function passwordPolicy(deps: IdentityDeps): PasswordPolicy {
  return { minLength: deps.config.passwordMinLength, requiredClasses: 3 };
}

function loginFailed(message = '用户名或密码错误'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export async function accessTokenFor(deps: IdentityDeps, user: IUser, sessionId: string): Promise<string> {
  const claims: AccessClaims = {
    sub: user.id,
    typ: 'user',
    roles: user.roles as Role[],
    org: user.organisationId,
    jur: user.roles.includes('REGULATOR') ? user.jurisdiction : null,
    sid: sessionId,
    ...(user.mustChangePassword ? { mcp: true } : {}),
  };
  return signAccessToken(deps.keys, claims, deps.config.accessTokenSeconds);
}

async function openSession(
  em: EntityManager,
  deps: IdentityDeps,
  user: IUser,
  method: 'PASSWORD' | 'CERTIFICATE',
  ip: string | null,
): Promise<IssuedSession> {
  const now = new Date();
  const session = em.create(Session, {
    id: randomUUID(),
    userId: user.id,
    method,
    createdAt: now,
    lastActiveAt: now,
    expiresAt: new Date(now.getTime() + deps.config.refreshTokenSeconds * 1000),
    ip,
  });
  const refreshToken = newRefreshToken(em, session.id, now);
  return {
    accessToken: await accessTokenFor(deps, user, session.id),
    expiresIn: deps.config.accessTokenSeconds,
    refreshToken,
    mustChangePassword: user.mustChangePassword,
    user,
  };
}

function newRefreshToken(em: EntityManager, sessionId: string, now: Date): string {
  const token = `${sessionId}.${randomBytes(32).toString('base64url')}`;
  em.create(RefreshToken, { hash: sha256(token), sessionId, createdAt: now });
  return token;
}

/** 密码登录. Five consecutive failures lock the account for the configured period. */
export async function loginWithPassword(
  a: Actor,
  deps: IdentityDeps,
  username: string,
  password: string,
): Promise<IssuedSession> {
  const name = username.trim();
  if (!name || !password) throw badInput('请输入用户名和密码');
  const { threshold, lockSeconds } = {
    threshold: deps.config.lockoutThreshold,
    lockSeconds: deps.config.lockoutSeconds,
  };
  const outcome = await a.em.fork().transactional(async (em) => {
    const user = await em.findOne(User, { username: name }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) {
      await passwordMatches(await dummyPasswordHash(), password);
      await appendAudit(em as EntityManager, {
        type: 'auth.login.password',
        subject: name,
        result: 'FAILURE',
        detail: { reason: 'unknown_user', ip: a.client.ip },
      });
      return { error: loginFailed() };
    }
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) {
      await appendAudit(em as EntityManager, {
        type: 'auth.login.password',
        subject: name,
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'locked', ip: a.client.ip },
      });
      return {
        error: loginFailed(
          `连续登录失败次数过多，账号已锁定，请于${minutesUntil(user.lockedUntil, now)}分钟后再试`,
        ),
      };
    }
    if (!(await passwordMatches(user.passwordHash ?? null, password))) {
      user.failedAttempts += 1;
      const locked = user.failedAttempts >= threshold;
      if (locked) {
        user.lockedUntil = new Date(now.getTime() + lockSeconds * 1000);
        user.failedAttempts = 0;
      }
      await em.flush();
      await appendAudit(em as EntityManager, {
        type: locked ? 'auth.account.locked' : 'auth.login.password',
        subject: name,
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'bad_password', ip: a.client.ip },
      });
      return {
        error: locked
          ? loginFailed(`连续${threshold}次登录失败，账号已锁定${Math.ceil(lockSeconds / 60)}分钟`)
          : loginFailed(`用户名或密码错误，再失败${threshold - user.failedAttempts}次账号将被锁定`),
      };
    }
    if (!user.enabled) {
      await appendAudit(em as EntityManager, {
        type: 'auth.login.password',
        subject: name,
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'disabled', ip: a.client.ip },
      });
      return { error: loginFailed('账号已停用，请联系管理员') };
    }
    user.failedAttempts = 0;
    user.lockedUntil = null;
    user.lastLoginAt = now;
    const issued = await openSession(em as EntityManager, deps, user, 'PASSWORD', a.client.ip);
    await em.flush();
    await appendAudit(em as EntityManager, {
      type: 'auth.login.password',
      subject: name,
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail: { ip: a.client.ip },
    });
    return { issued };
  });
  // Failures are committed (counter, lock, audit) before the error is returned.
  if ('error' in outcome) throw outcome.error;
  return outcome.issued;
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

/** CA证书登录 step 1. */
export async function requestChallenge(a: Actor, deps: IdentityDeps) {
  const challenge = {
    id: randomUUID(),
    nonce: randomBytes(32).toString('base64'),
    expiresAt: new Date(Date.now() + deps.config.challengeSeconds * 1000),
  };
  const em = a.em.fork();
  em.create(CertificateChallenge, challenge);
  await em.flush();
  return { id: challenge.id, challenge: challenge.nonce, expiresAt: challenge.expiresAt };
}

export interface CertificateLogin {
  challengeId: string;
  certificate: string;
  signature: string;
  algorithm: 'ECDSA_P256_SHA256' | 'RSA_PKCS1_SHA256' | 'RSA_PSS_SHA256' | 'SM2_SM3';
}

/** CA证书登录 step 2: challenge single use and fresh → chain, validity, CRL, signature → account. */
export async function loginWithCertificate(
  a: Actor,
  deps: IdentityDeps,
  input: CertificateLogin,
): Promise<IssuedSession> {
  const fail = async (reason: string, message: string, detail: Record<string, unknown> = {}) => {
    await appendAuditNow(a.em, {
      type: 'auth.login.certificate',
      subject: String(detail.subject ?? 'unknown-certificate'),
      result: 'FAILURE',
      detail: { reason, ip: a.client.ip, ...detail },
    });
    return loginFailed(message);
  };
  // Consume the challenge first, in its own statement: a replay finds it used whatever happens next.
  const consumed = (await a.em
    .getConnection()
    .execute(
      'update certificate_challenge set used_at = now() where id = ? and used_at is null returning nonce, expires_at',
      [isUuid(input.challengeId) ? input.challengeId : '00000000-0000-0000-0000-000000000000'],
    )) as Array<{ nonce: string; expires_at: Date }>;
  const row = consumed[0];
  if (!row) throw await fail('challenge_unknown_or_used', '登录挑战码无效或已使用，请重试');
  if (new Date(row.expires_at) < new Date())
    throw await fail('challenge_expired', '登录挑战码已过期，请重试');
  if (input.algorithm === 'SM2_SM3') throw await fail('unsupported_algorithm', '暂不支持SM2证书登录');

  let verified;
  try {
    verified = await verifyCertificateSignature({
      certificate: input.certificate,
      signature: input.signature,
      algorithm: input.algorithm,
      challenge: new Uint8Array(Buffer.from(row.nonce, 'base64')),
      trust: await deps.trust(),
    });
  } catch (e) {
    if (e instanceof CertificateLoginError) throw await fail(e.code, e.message);
    throw e;
  }
  const subject = `cert:${verified.serialNumber}`;
  return a.em.fork().transactional(async (em) => {
    const user = await userForCertificate(em as EntityManager, verified.fingerprintSha256, verified.uscc);
    if (!user) {
      await appendAudit(em as EntityManager, {
        type: 'auth.login.certificate',
        subject,
        result: 'FAILURE',
        detail: { reason: 'no_account', uscc: verified.uscc, ip: a.client.ip },
      });
      throw loginFailed(verified.uscc ? '该证书对应的单位尚未在平台注册' : '该证书未绑定平台账号');
    }
    if (!user.enabled) {
      await appendAudit(em as EntityManager, {
        type: 'auth.login.certificate',
        subject,
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'disabled', ip: a.client.ip },
      });
      throw loginFailed('账号已停用，请联系管理员');
    }
    user.lastLoginAt = new Date();
    const issued = await openSession(em as EntityManager, deps, user, 'CERTIFICATE', a.client.ip);
    await em.flush();
    await appendAudit(em as EntityManager, {
      type: 'auth.login.certificate',
      subject,
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail: { dn: verified.subject, fingerprint: verified.fingerprintSha256, ip: a.client.ip },
    });
    return issued;
  });
}

/** An explicit binding wins; otherwise an enterprise certificate's USCC maps to the organisation's first account. */
async function userForCertificate(
  em: EntityManager,
  fingerprint: string,
  uscc: string | null,
): Promise<IUser | null> {
  const binding = await em.findOne(CertificateBinding, { fingerprint });
  if (binding) return em.findOne(User, { id: binding.userId });
  if (!uscc) return null;
  const org = await em.findOne(Organisation, { uscc });
  if (!org) return null;
  return em.findOne(User, { organisationId: org.id }, { orderBy: { createdAt: 'asc' } });
}

/** Rotates the refresh token. A rotated token presented again revokes the session (it was stolen or replayed). */
export async function refreshSession(
  a: Actor,
  deps: IdentityDeps,
  refreshToken: string,
): Promise<IssuedSession> {
  const hash = sha256(refreshToken);
  const outcome = await a.em.fork().transactional(async (em) => {
    const token = await em.findOne(RefreshToken, { hash }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!token) return { error: unauthenticated('登录已失效，请重新登录') };
    const session = await em.findOne(
      Session,
      { id: token.sessionId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!session || session.revokedAt) return { error: unauthenticated('登录已失效，请重新登录') };
    const now = new Date();
    if (token.rotatedAt) {
      session.revokedAt = now;
      session.revokeReason = 'refresh_token_reuse';
      await em.flush();
      await appendAudit(em as EntityManager, {
        type: 'auth.refresh.reuse_detected',
        subject: `user:${session.userId}`,
        object: `session:${session.id}`,
        result: 'FAILURE',
        detail: { ip: a.client.ip },
      });
      return { error: unauthenticated('检测到登录凭证被重复使用，已强制退出，请重新登录') };
    }
    if (session.expiresAt < now) return { error: unauthenticated('登录已过期，请重新登录') };
    if (now.getTime() - session.lastActiveAt.getTime() > deps.config.idleTimeoutSeconds * 1000) {
      session.revokedAt = now;
      session.revokeReason = 'idle_timeout';
      await em.flush();
      await appendAudit(em as EntityManager, {
        type: 'auth.session.idle_timeout',
        subject: `user:${session.userId}`,
        object: `session:${session.id}`,
        result: 'SUCCESS',
      });
      return { error: unauthenticated('长时间未操作，已自动退出，请重新登录') };
    }
    const user = await em.findOne(User, { id: session.userId });
    if (!user || !user.enabled) return { error: unauthenticated('账号已停用') };
    token.rotatedAt = now;
    session.lastActiveAt = now;
    const next = newRefreshToken(em as EntityManager, session.id, now);
    await em.flush();
    return {
      issued: {
        accessToken: await accessTokenFor(deps, user, session.id),
        expiresIn: deps.config.accessTokenSeconds,
        refreshToken: next,
        mustChangePassword: user.mustChangePassword,
        user,
      },
    };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.issued;
}

export async function logout(a: Actor, refreshToken: string): Promise<boolean> {
  return a.em.fork().transactional(async (em) => {
    const token = await em.findOne(RefreshToken, { hash: sha256(refreshToken) });
    if (!token) return false;
    const session = await em.findOne(Session, { id: token.sessionId });
    if (!session || session.revokedAt) return false;
    session.revokedAt = new Date();
    session.revokeReason = 'logout';
    await em.flush();
    await appendAudit(em as EntityManager, {
      type: 'auth.logout',
      subject: `user:${session.userId}`,
      object: `session:${session.id}`,
      result: 'SUCCESS',
    });
    return true;
  });
}

/** 修改密码. Returns a fresh token pair without the must-change flag. */
export async function changePassword(
  a: Actor,
  deps: IdentityDeps,
  current: string,
  next: string,
): Promise<IssuedSession> {
  const viewer = a.viewer;
  if (viewer.kind !== 'user') throw unauthenticated();
  const outcome = await a.em.fork().transactional(async (em) => {
    const user = await em.findOne(User, { id: viewer.userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) return { error: unauthenticated() };
    if (!(await passwordMatches(user.passwordHash ?? null, current))) {
      await appendAudit(em as EntityManager, {
        type: 'auth.password.change',
        subject: `user:${user.id}`,
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'bad_current_password' },
      });
      return { error: badInput('当前密码不正确', 'currentPassword') };
    }
    const problem = checkPassword(next, passwordPolicy(deps), user.username);
    if (problem) return { error: badInput(problem, 'newPassword') };
    if (current === next) return { error: badInput('新密码不能与当前密码相同', 'newPassword') };
    user.passwordHash = await hashPassword(next);
    user.mustChangePassword = false;
    user.passwordChangedAt = new Date();
    // Other sessions of this user end: a changed password must lock out whoever knew the old one.
    await em.nativeUpdate(
      Session,
      { userId: user.id, revokedAt: null },
      { revokedAt: new Date(), revokeReason: 'password_changed' },
    );
    const issued = await openSession(em as EntityManager, deps, user, 'PASSWORD', a.client.ip);
    await em.flush();
    await appendAudit(em as EntityManager, {
      type: 'auth.password.change',
      subject: `user:${user.id}`,
      object: `user:${user.id}`,
      result: 'SUCCESS',
    });
    return { issued };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.issued;
}

function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
