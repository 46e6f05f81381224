// Sign-in and sessions: password (argon2id, lockout), CA certificate (challenge–response), password + certificate
// for the roles that need a second factor, refresh-token rotation with reuse detection, idle timeout, forced password
// change, logout.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  secondFactorRequired,
  unauthenticated,
  viewerFromClaims,
  type AccessClaims,
  type Role,
  type SessionRevokeReason,
  type UserViewer,
} from '@anze/auth';
import { CertificateLoginError, verifyCertificateSignature, type VerifiedCertificate } from '@anze/ca';
import type { IUser } from './user.entity.ts';
import { findOrganisation } from './organisation.repository.ts';
import { findUser, findUserByUsername, userForCertificate } from './user.repository.ts';
import {
  addRefreshToken,
  addSession,
  consumeChallenge,
  findRefreshToken,
  findSession,
  revokeSessionsOf,
  saveChallenge,
} from './session.repository.ts';
import { appendAudit, appendAuditNow } from './audit.repository.ts';
import {
  checkPassword,
  dummyPasswordHash,
  hashPassword,
  passwordMatches,
  type PasswordPolicy,
} from './password.ts';
import { signAccessToken } from './keys.ts';
import { afterFailedAttempt, isLocked, lockedMessage, type LockoutPolicy } from './lockout.ts';
import { userSubject, type Actor, type IdentityDeps } from './context.ts';
import {
  requiredSignInMethod,
  signInAllowed,
  signInMethodMessage,
  type SignInMethod,
} from './sign-in-policy.ts';

export interface IssuedSession {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  mustChangePassword: boolean;
  user: IUser;
  /** The caller as the new access token proves it: the rest of the sign-in request acts as this viewer. */
  viewer: UserViewer;
}

/** How a session was opened, recorded on it (like OIDC amr). */
export type LoginMethod = 'PASSWORD' | 'CERTIFICATE' | 'PASSWORD_CERTIFICATE';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function passwordPolicy(deps: IdentityDeps): PasswordPolicy {
  return { minLength: deps.config.passwordMinLength, requiredClasses: 3 };
}

function loginFailed(message = '用户名或密码错误') {
  return unauthenticated(message);
}

/** A signed access token for the user's session, and the viewer it proves. */
export async function accessTokenFor(
  em: EntityManager,
  deps: IdentityDeps,
  user: IUser,
  sessionId: string,
): Promise<{ accessToken: string; viewer: UserViewer }> {
  const organisation = await findOrganisation(em, user.organisationId);
  const claims: AccessClaims = {
    sub: user.id,
    typ: 'user',
    roles: user.roles as Role[],
    org: user.organisationId,
    jur: user.roles.includes('REGULATOR') ? user.jurisdiction : null,
    div: organisation?.divisionCode ?? null,
    sid: sessionId,
    ...(user.mustChangePassword ? { mcp: true } : {}),
  };
  return {
    accessToken: await signAccessToken(deps.keys, claims, deps.config.accessTokenSeconds),
    viewer: viewerFromClaims(claims) as UserViewer,
  };
}

async function openSession(
  em: EntityManager,
  deps: IdentityDeps,
  user: IUser,
  method: LoginMethod,
  ip: string | null,
): Promise<IssuedSession> {
  const now = new Date();
  const session = addSession(em, {
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
    ...(await accessTokenFor(em, deps, user, session.id)),
    expiresIn: deps.config.accessTokenSeconds,
    refreshToken,
    mustChangePassword: user.mustChangePassword,
    user,
  };
}

function newRefreshToken(em: EntityManager, sessionId: string, now: Date): string {
  const token = `${sessionId}.${randomBytes(32).toString('base64url')}`;
  addRefreshToken(em, sha256(token), sessionId, now);
  return token;
}

/**
 * 密码登录. Five consecutive failures lock the account for the configured period. Accounts whose role signs in with
 * password + certificate (SIGN_IN_POLICY: platform operators) must add a CA certificate of their own account
 * (`secondFactor`, a signed challenge exactly as for CA login); a second factor presented by anyone else is checked
 * too. Accounts whose role signs in with the certificate alone are refused after the right password.
 */
export async function loginWithPassword(
  a: Actor,
  deps: IdentityDeps,
  username: string,
  password: string,
  secondFactor?: CertificateLogin | null,
): Promise<IssuedSession> {
  const name = username.trim();
  if (!name) throw badInput('请输入用户名', 'username');
  if (!password) throw badInput('请输入密码', 'password');
  const lockout: LockoutPolicy = {
    threshold: deps.config.lockoutThreshold,
    lockSeconds: deps.config.lockoutSeconds,
  };
  const outcome = await a.em.fork().transactional(async (em) => {
    const user = await findUserByUsername(em, name, { lock: true });
    if (!user) {
      await passwordMatches(await dummyPasswordHash(), password);
      await appendAudit(em, {
        type: 'auth.login.password',
        // No account: the name as typed is all there is.
        subject: name,
        result: 'FAILURE',
        detail: { reason: 'unknown_user', ip: a.client.ip },
      });
      return { error: loginFailed() };
    }
    const now = new Date();
    if (isLocked(user, now)) {
      await appendAudit(em, {
        type: 'auth.login.password',
        subject: userSubject(user),
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'locked', ip: a.client.ip },
      });
      return { error: loginFailed(lockedMessage(user.lockedUntil, now)) };
    }
    /** A failed attempt: counts towards the lockout, is audited, and says how many attempts are left. */
    const failedAttempt = async (reason: string, message: string, detail: Record<string, unknown> = {}) => {
      const failed = afterFailedAttempt(user.failedAttempts, now, lockout, message);
      user.failedAttempts = failed.failedAttempts;
      if (failed.lockedUntil) user.lockedUntil = failed.lockedUntil;
      await em.flush();
      await appendAudit(em, {
        type: failed.locked ? 'auth.account.locked' : 'auth.login.password',
        subject: userSubject(user),
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason, ip: a.client.ip, ...detail },
      });
      return { error: loginFailed(failed.message) };
    };
    // The password is checked before the certificate, so the certificate is only looked at for a caller who knows
    // the password: (1) a wrong password does not consume the challenge the user just signed on the USB key (a typo
    // is retried without a second PIN prompt; the challenge still signs in at most once); (2) without the password
    // nobody learns anything from the certificate checks (validity, revocation, which account a certificate belongs
    // to): the lockout-protected password stays the only oracle, answering alike for unknown users and wrong ones.
    if (!(await passwordMatches(user.passwordHash ?? null, password)))
      return failedAttempt('bad_password', '用户名或密码错误');
    if (!user.enabled) {
      await appendAudit(em, {
        type: 'auth.login.password',
        subject: userSubject(user),
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'disabled', ip: a.client.ip },
      });
      return { error: loginFailed('账号已停用，请联系管理员') };
    }
    let method: LoginMethod = 'PASSWORD';
    let certificate: Record<string, unknown> = {};
    if (secondFactor) {
      // Consumed inside this transaction, which commits on every refusal too (errors are returned, not thrown):
      // the challenge is spent together with the failed-attempt count, and a concurrent replay waits on its row.
      const check = await checkCertificateResponse(em, deps, secondFactor);
      if (!check.ok) return failedAttempt(`second_factor_${check.reason}`, check.message);
      const { verified } = check;
      certificate = { certificate: `cert:${verified.serialNumber}`, fingerprint: verified.fingerprintSha256 };
      const owner = await userForCertificate(em, verified.fingerprintSha256, verified.uscc);
      if (owner?.id !== user.id)
        return failedAttempt(
          owner ? 'second_factor_other_account' : 'second_factor_not_bound',
          '该证书不属于此账号',
          certificate,
        );
      method = 'PASSWORD_CERTIFICATE';
    } else if (!signInAllowed(signInMethodOf(deps, user), 'password')) {
      // The password was right: not a failed attempt, but no session either until the certificate is added (or,
      // for a certificate account, until it signs in with its certificate).
      const required = signInMethodOf(deps, user);
      const twoFactors = required === 'password+certificate';
      await appendAudit(em, {
        type: 'auth.login.password',
        subject: userSubject(user),
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: twoFactors ? 'second_factor_required' : 'certificate_required', ip: a.client.ip },
      });
      return {
        // SECOND_FACTOR_REQUIRED names the input to add, so the web app can ask for the certificate in place.
        error: twoFactors
          ? secondFactorRequired('该账号须使用CA证书进行第二重身份验证，请使用 密码 + 证书 登录')
          : loginFailed(signInMethodMessage(required)),
      };
    }
    user.failedAttempts = 0;
    user.lockedUntil = null;
    user.lastLoginAt = now;
    const issued = await openSession(em, deps, user, method, a.client.ip);
    await em.flush();
    await appendAudit(em, {
      type: 'auth.login.password',
      subject: userSubject(user),
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail: { method, ip: a.client.ip, ...certificate },
    });
    return { issued };
  });
  // Failures are committed (counter, lock, audit, spent challenge) before the error is returned.
  if ('error' in outcome) throw outcome.error;
  return outcome.issued;
}

/** The sign-in method the account's roles require (SIGN_IN_POLICY). */
export function signInMethodOf(deps: IdentityDeps, user: Pick<IUser, 'roles'>): SignInMethod {
  return requiredSignInMethod(deps.config.signInPolicy, user.roles);
}

/** CA证书登录 step 1. */
export async function requestChallenge(a: Actor, deps: IdentityDeps) {
  const challenge = {
    id: randomUUID(),
    nonce: randomBytes(32).toString('base64'),
    expiresAt: new Date(Date.now() + deps.config.challengeSeconds * 1000),
  };
  await saveChallenge(a.em, challenge);
  return { id: challenge.id, challenge: challenge.nonce, expiresAt: challenge.expiresAt };
}

export interface CertificateLogin {
  challengeId: string;
  certificate: string;
  signature: string;
  algorithm: 'ECDSA_P256_SHA256' | 'RSA_PKCS1_SHA256' | 'RSA_PSS_SHA256' | 'SM2_SM3';
}

type CertificateCheck =
  { ok: true; verified: VerifiedCertificate } | { ok: false; reason: string; message: string };

/**
 * The checks of a signed challenge, shared by CA login and the second factor of password login: challenge single use
 * and fresh → chain, validity, CRL, signature. The challenge is consumed first, in one statement on `em` (its
 * transaction if it has one): a replay finds it used whatever happens next. Mapping to an account is the caller's.
 */
async function checkCertificateResponse(
  em: EntityManager,
  deps: IdentityDeps,
  input: CertificateLogin,
): Promise<CertificateCheck> {
  const row = await consumeChallenge(
    em,
    isUuid(input.challengeId) ? input.challengeId : '00000000-0000-0000-0000-000000000000',
  );
  if (!row)
    return { ok: false, reason: 'challenge_unknown_or_used', message: '登录挑战码无效或已使用，请重试' };
  if (row.expiresAt < new Date())
    return { ok: false, reason: 'challenge_expired', message: '登录挑战码已过期，请重试' };
  if (input.algorithm === 'SM2_SM3')
    return { ok: false, reason: 'unsupported_algorithm', message: '暂不支持SM2证书登录' };
  try {
    const verified = await verifyCertificateSignature({
      certificate: input.certificate,
      signature: input.signature,
      algorithm: input.algorithm,
      challenge: new Uint8Array(Buffer.from(row.nonce, 'base64')),
      trust: await deps.trust(),
    });
    return { ok: true, verified };
  } catch (e) {
    if (e instanceof CertificateLoginError) return { ok: false, reason: e.code, message: e.message };
    throw e;
  }
}

/** CA证书登录 step 2: challenge single use and fresh → chain, validity, CRL, signature → account. */
export async function loginWithCertificate(
  a: Actor,
  deps: IdentityDeps,
  input: CertificateLogin,
): Promise<IssuedSession> {
  // Outside any transaction: the spent challenge and this audit record stay whatever happens next.
  const check = await checkCertificateResponse(a.em, deps, input);
  if (!check.ok) {
    await appendAuditNow(a.em, {
      type: 'auth.login.certificate',
      subject: 'unknown-certificate',
      result: 'FAILURE',
      detail: { reason: check.reason, ip: a.client.ip },
    });
    throw loginFailed(check.message);
  }
  const { verified } = check;
  const subject = `cert:${verified.serialNumber}`;
  return a.em.fork().transactional(async (em) => {
    const user = await userForCertificate(em, verified.fingerprintSha256, verified.uscc);
    if (!user) {
      await appendAudit(em, {
        type: 'auth.login.certificate',
        subject,
        result: 'FAILURE',
        detail: { reason: 'no_account', uscc: verified.uscc, ip: a.client.ip },
      });
      throw loginFailed(verified.uscc ? '该证书对应的单位尚未在平台注册' : '该证书未绑定平台账号');
    }
    if (!user.enabled) {
      await appendAudit(em, {
        type: 'auth.login.certificate',
        subject: userSubject(user),
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: { reason: 'disabled', certificate: subject, ip: a.client.ip },
      });
      throw loginFailed('账号已停用，请联系管理员');
    }
    // The certificate alone is one factor (the key file or USB key and its PIN are the same "something you have"),
    // so it cannot stand in for password + certificate: accounts that need two factors use loginWithPassword; those
    // that sign in with a password (SIGN_IN_POLICY) do so.
    const required = signInMethodOf(deps, user);
    if (!signInAllowed(required, 'certificate')) {
      await appendAudit(em, {
        type: 'auth.login.certificate',
        subject: userSubject(user),
        object: `user:${user.id}`,
        result: 'FAILURE',
        detail: {
          reason: required === 'password' ? 'password_required' : 'password_also_required',
          certificate: subject,
          ip: a.client.ip,
        },
      });
      throw loginFailed(signInMethodMessage(required));
    }
    user.lastLoginAt = new Date();
    const issued = await openSession(em, deps, user, 'CERTIFICATE', a.client.ip);
    await em.flush();
    await appendAudit(em, {
      type: 'auth.login.certificate',
      subject: userSubject(user),
      object: `user:${user.id}`,
      result: 'SUCCESS',
      detail: {
        certificate: subject,
        dn: verified.subject,
        fingerprint: verified.fingerprintSha256,
        ip: a.client.ip,
      },
    });
    return issued;
  });
}

/** Rotates the refresh token. A rotated token presented again revokes the session (it was stolen or replayed). */
export async function refreshSession(
  a: Actor,
  deps: IdentityDeps,
  refreshToken: string,
): Promise<IssuedSession> {
  const hash = sha256(refreshToken);
  const outcome = await a.em.fork().transactional(async (em) => {
    const token = await findRefreshToken(em, hash, { lock: true });
    if (!token) return { error: unauthenticated('登录已失效，请重新登录') };
    const session = await findSession(em, token.sessionId, { lock: true });
    if (!session || session.revokedAt) return { error: unauthenticated('登录已失效，请重新登录') };
    const now = new Date();
    if (token.rotatedAt) {
      session.revokedAt = now;
      session.revokeReason = 'refresh_token_reuse';
      await revokeSessions(a, em, deps, session.userId, 'refresh_token_reuse', [session.id]);
      await em.flush();
      await appendAudit(em, {
        type: 'auth.refresh.reuse_detected',
        subject: await sessionSubject(em, session.userId),
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
      await appendAudit(em, {
        type: 'auth.session.idle_timeout',
        subject: await sessionSubject(em, session.userId),
        object: `session:${session.id}`,
        result: 'SUCCESS',
      });
      return { error: unauthenticated('长时间未操作，已自动退出，请重新登录') };
    }
    const user = await findUser(em, session.userId);
    if (!user || !user.enabled) return { error: unauthenticated('账号已停用') };
    token.rotatedAt = now;
    session.lastActiveAt = now;
    const next = newRefreshToken(em, session.id, now);
    await em.flush();
    return {
      issued: {
        ...(await accessTokenFor(em, deps, user, session.id)),
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

export async function logout(a: Actor, deps: IdentityDeps, refreshToken: string): Promise<boolean> {
  return a.em.fork().transactional(async (em) => {
    const token = await findRefreshToken(em, sha256(refreshToken));
    if (!token) return false;
    const session = await findSession(em, token.sessionId);
    if (!session || session.revokedAt) return false;
    session.revokedAt = new Date();
    session.revokeReason = 'logout';
    await revokeSessions(a, em, deps, session.userId, 'logout', [session.id]);
    await em.flush();
    await appendAudit(em, {
      type: 'auth.logout',
      subject: await sessionSubject(em, session.userId),
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
    const user = await findUser(em, viewer.userId, { lock: true });
    if (!user) return { error: unauthenticated() };
    if (!(await passwordMatches(user.passwordHash ?? null, current))) {
      await appendAudit(em, {
        type: 'auth.password.change',
        subject: userSubject(user),
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
    await revokeSessions(a, em, deps, user.id, 'password_changed');
    const issued = await openSession(em, deps, user, 'PASSWORD', a.client.ip);
    await em.flush();
    await appendAudit(em, {
      type: 'auth.password.change',
      subject: userSubject(user),
      object: `user:${user.id}`,
      result: 'SUCCESS',
    });
    return { issued };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.issued;
}

/**
 * Ends sessions in the unit of work of `em` and publishes their revocation with it (identity.session.revoked), so
 * every service refuses their access tokens within moments instead of when they expire. `sessionIds`: those ended
 * already (one session: logout); without it, every open session of the user is ended here.
 */
export async function revokeSessions(
  a: Pick<Actor, 'publish' | 'viewer'>,
  em: EntityManager,
  deps: Pick<IdentityDeps, 'config'>,
  userId: string,
  reason: SessionRevokeReason,
  sessionIds?: string[],
): Promise<void> {
  const revokedAt = new Date();
  const ids = sessionIds ?? (await revokeSessionsOf(em, userId, reason, revokedAt));
  if (!ids.length) return;
  a.publish(
    em,
    {
      type: 'session.revoked',
      userId,
      sessionIds: ids,
      reason,
      revokedAt,
      tokensExpireBy: new Date(revokedAt.getTime() + deps.config.accessTokenSeconds * 1000),
    },
    a.viewer,
  );
}

/** The 主体 of a session's user (userSubject), read in `em`. */
async function sessionSubject(em: EntityManager, userId: string): Promise<string> {
  const user = await findUser(em, userId);
  return user ? userSubject(user) : `user:${userId}`;
}

function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
