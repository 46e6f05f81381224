// Access tokens: short-lived ES256 JWTs signed by identity; every subgraph verifies them itself against the JWKS.
import { createRemoteJWKSet, createLocalJWKSet, jwtVerify, type JWTPayload, type JSONWebKeySet } from 'jose';
import { isRole, type Role, type Viewer } from './viewer.ts';

export const TOKEN_ISSUER = 'anze-identity';
export const TOKEN_AUDIENCE = 'anze';

/** Claims identity puts into an access token (besides iss, aud, sub, iat, exp). */
export interface AccessClaims extends JWTPayload {
  /** 'user' | 'client' */
  typ: 'user' | 'client';
  roles: Role[];
  org?: string;
  jur?: string | null;
  /** 行政区划代码 of the user's organisation (where it is registered), e.g. what its uploads are filed under. */
  div?: string | null;
  sid?: string;
  /** must change password */
  mcp?: boolean;
  scope?: string;
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

export interface VerifierOptions {
  /** Remote JWKS (other subgraphs) … */
  jwksUrl?: string;
  /** … or the key set itself (identity, tests). */
  jwks?: JSONWebKeySet;
  issuer?: string;
  audience?: string;
  clockToleranceSeconds?: number;
  /** Verified tokens remembered until they expire (0 disables). */
  cacheEntries?: number;
}

export function createTokenVerifier(o: VerifierOptions): TokenVerifier {
  const keys = o.jwks
    ? createLocalJWKSet(o.jwks)
    : createRemoteJWKSet(new URL(requireValue(o.jwksUrl, 'jwksUrl')), {
        // Keys are cached; an unknown `kid` (key rotation) triggers at most one refetch per cooldown.
        cacheMaxAge: 10 * 60_000,
        cooldownDuration: 30_000,
      });
  const issuer = o.issuer ?? TOKEN_ISSUER;
  const audience = o.audience ?? TOKEN_AUDIENCE;
  // A token is immutable and short-lived: once its signature is verified, the viewer it proves can be reused until
  // it expires. The same token arrives with every request of a session, so this removes the signature check from
  // the hot path (a bounded map, oldest entries evicted first).
  const verified = new Map<string, { viewer: Viewer; expiresAt: number }>();
  const maxEntries = o.cacheEntries ?? 10_000;
  return async (token) => {
    const now = Date.now();
    const hit = verified.get(token);
    if (hit && hit.expiresAt > now) return hit.viewer;
    const { payload } = await jwtVerify<AccessClaims>(token, keys, {
      issuer,
      audience,
      algorithms: ['ES256'],
      clockTolerance: o.clockToleranceSeconds ?? 5,
    });
    const viewer = viewerFromClaims(payload);
    if (payload.exp && maxEntries > 0) {
      if (verified.size >= maxEntries) verified.delete(verified.keys().next().value!);
      verified.set(token, { viewer, expiresAt: payload.exp * 1000 });
    }
    return viewer;
  };
}

export function viewerFromClaims(c: AccessClaims): Viewer {
  const roles = (Array.isArray(c.roles) ? c.roles : []).filter(isRole);
  if (c.typ === 'client') {
    return {
      kind: 'client',
      clientId: requireValue(c.sub, 'sub'),
      roles,
      scopes: (c.scope ?? '').split(' ').filter(Boolean),
      jurisdiction: c.jur ?? null,
    };
  }
  return {
    kind: 'user',
    userId: requireValue(c.sub, 'sub'),
    organisationId: requireValue(c.org, 'org'),
    roles,
    jurisdiction: c.jur ?? null,
    divisionCode: c.div ?? null,
    sessionId: requireValue(c.sid, 'sid'),
    mustChangePassword: c.mcp === true,
  };
}

function requireValue<T>(v: T | undefined | null, name: string): T {
  if (v === undefined || v === null || v === '') throw new Error(`missing ${name}`);
  return v;
}

/** Extracts the bearer token from an Authorization header value. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1]! : null;
}
