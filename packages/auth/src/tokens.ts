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
  return async (token) => {
    const { payload } = await jwtVerify<AccessClaims>(token, keys, {
      issuer,
      audience,
      algorithms: ['ES256'],
      clockTolerance: o.clockToleranceSeconds ?? 5,
    });
    return viewerFromClaims(payload);
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
