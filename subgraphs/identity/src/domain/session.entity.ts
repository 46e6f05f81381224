import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One login. Refresh tokens rotate inside it; reuse of a rotated token revokes it. */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.uuid().primary(),
    userId: p.uuid().index(),
    /** How the user proved who they are (like OIDC amr): PASSWORD_CERTIFICATE is password plus CA certificate. */
    method: p.enum(['PASSWORD', 'CERTIFICATE', 'PASSWORD_CERTIFICATE'] as const),
    createdAt: p.datetime(),
    lastActiveAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
    revokeReason: p.string().length(50).nullable(),
    ip: p.string().length(64).nullable(),
  },
});
export type ISession = InferEntity<typeof Session>;

export const RefreshToken = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: {
    /** SHA-256 of the token; the token itself is never stored. */
    hash: p.string().length(64).primary(),
    sessionId: p.uuid().index(),
    createdAt: p.datetime(),
    /** Set when rotated: presenting it again means it was stolen or replayed. */
    rotatedAt: p.datetime().nullable(),
  },
});

/** CA login challenge: random, single use, short-lived. */
export const CertificateChallenge = defineEntity({
  name: 'CertificateChallenge',
  tableName: 'certificate_challenge',
  properties: {
    id: p.uuid().primary(),
    nonce: p.string().length(64),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});

/** Third-party platform (client credentials). */
export const ApiClient = defineEntity({
  name: 'ApiClient',
  tableName: 'api_client',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100),
    clientId: p.string().length(64).unique(),
    secretHash: p.string().length(200).hidden(),
    scopes: p.array<string>(),
    jurisdiction: p.string().length(6).nullable(),
    revokedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IApiClient = InferEntity<typeof ApiClient>;
