// Persistence of sessions, refresh tokens, CA login challenges and API clients.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type RequiredEntityData } from '@mikro-orm/core';
import {
  ApiClient,
  CertificateChallenge,
  RefreshToken,
  Session,
  type IApiClient,
  type ISession,
} from './session.entity.ts';

export function addSession(em: EntityManager, data: RequiredEntityData<ISession>): ISession {
  return em.create(Session, data);
}

export function findSession(em: EntityManager, id: string, o: { lock?: boolean } = {}) {
  return em.findOne(Session, { id }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/**
 * Ends every open session of the user (a disabled account, a changed password) in the unit of work of `em`; the ids
 * of the sessions ended, for the revocation event.
 */
export async function revokeSessionsOf(
  em: EntityManager,
  userId: string,
  reason: string,
  at: Date,
): Promise<string[]> {
  const open = await em.find(Session, { userId, revokedAt: null });
  for (const session of open) {
    session.revokedAt = at;
    session.revokeReason = reason;
  }
  return open.map((session) => session.id);
}

/** Stores a refresh token by its hash (the token itself is never stored). */
export function addRefreshToken(em: EntityManager, hash: string, sessionId: string, createdAt: Date): void {
  em.create(RefreshToken, { hash, sessionId, createdAt });
}

export function findRefreshToken(em: EntityManager, hash: string, o: { lock?: boolean } = {}) {
  return em.findOne(RefreshToken, { hash }, o.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/** A fresh CA login challenge, stored at once (outside any unit of work of the caller). */
export async function saveChallenge(
  em: EntityManager,
  challenge: { id: string; nonce: string; expiresAt: Date },
): Promise<void> {
  const fork = em.fork();
  fork.create(CertificateChallenge, challenge);
  await fork.flush();
}

/**
 * Marks the challenge used and returns its nonce and expiry, in one statement on `em` (its transaction if it has
 * one): a replay finds it used whatever happens next. Null when unknown or used already.
 */
export async function consumeChallenge(
  em: EntityManager,
  id: string,
): Promise<{ nonce: string; expiresAt: Date } | null> {
  const rows = (await em
    .getConnection()
    .execute(
      'update certificate_challenge set used_at = now() where id = ? and used_at is null returning nonce, expires_at',
      [id],
      'all',
      em.getTransactionContext(),
    )) as Array<{ nonce: string; expires_at: Date }>;
  const row = rows[0];
  return row ? { nonce: row.nonce, expiresAt: new Date(row.expires_at) } : null;
}

export function addApiClient(em: EntityManager, data: RequiredEntityData<IApiClient>): IApiClient {
  return em.create(ApiClient, data);
}

export function findApiClient(em: EntityManager, id: string): Promise<IApiClient | null> {
  return em.findOne(ApiClient, { id });
}

export function findApiClientByClientId(em: EntityManager, clientId: string): Promise<IApiClient | null> {
  return em.findOne(ApiClient, { clientId });
}

export function listApiClients(em: EntityManager): Promise<IApiClient[]> {
  return em.find(ApiClient, {}, { orderBy: { createdAt: 'desc' } });
}
