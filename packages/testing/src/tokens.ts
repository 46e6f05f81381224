// Access tokens for testing a subgraph other than identity: a throw-away ES256 key, its JWKS served on loopback
// (subgraphs fetch it like identity's), and tokens with exactly the claims identity issues. Whole-platform tests log
// in through identity instead.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type AccessClaims, type Role } from '@anze/auth';

export interface TestCaller {
  roles: Role[];
  /** Defaults to a fresh id: two callers without one belong to different organisations. */
  organisationId?: string;
  userId?: string;
  /** Division the caller may see (a regulator's jurisdiction); also set for enterprises (their own division). */
  jurisdiction?: string | null;
  /** The organisation's 行政区划代码; defaults to `jurisdiction`. */
  divisionCode?: string | null;
  /** API clients: `typ: client` with scopes. */
  scopes?: string[];
  ttlSeconds?: number;
}

export interface TestIssuer {
  jwksUrl: string;
  token(caller: TestCaller): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const kid = randomUUID();
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    token(c) {
      const claims: Omit<AccessClaims, 'sub'> = c.scopes
        ? { typ: 'client', roles: c.roles, scope: c.scopes.join(' '), jur: c.jurisdiction ?? null }
        : {
            typ: 'user',
            roles: c.roles,
            org: c.organisationId ?? randomUUID(),
            jur: c.jurisdiction ?? null,
            div: c.divisionCode ?? c.jurisdiction ?? null,
            sid: randomUUID(),
          };
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setSubject(c.userId ?? randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${c.ttlSeconds ?? 300}s`)
        .sign(privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
