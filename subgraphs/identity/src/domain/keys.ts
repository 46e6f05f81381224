// Access-token signing keys (ES256). The private key stays in identity; others get the public JWKS.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JSONWebKeySet } from 'jose';
import { randomUUID } from 'node:crypto';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type AccessClaims } from '@anze/auth';

type PrivateKey = Awaited<ReturnType<typeof importJWK>>;

export interface SigningKeys {
  kid: string;
  privateKey: PrivateKey;
  jwks: JSONWebKeySet;
}

export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: randomUUID(), alg: 'ES256', use: 'sig' };
}

/**
 * Loads every `*.jwk.json` in the directory (newest signs, all verify, so keys can be rotated by adding a file),
 * creating one when the directory is empty.
 */
export async function loadSigningKeys(dir: string): Promise<SigningKeys> {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  let files = readdirSync(dir)
    .filter((f) => f.endsWith('.jwk.json'))
    .sort();
  if (!files.length) {
    const jwk = await generateSigningJwk();
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}.jwk.json`;
    writeFileSync(join(dir, name), JSON.stringify(jwk), { mode: 0o600 });
    files = [name];
  }
  const jwks = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as JWK);
  return fromJwks(jwks);
}

export async function fromJwks(privateJwks: JWK[]): Promise<SigningKeys> {
  const current = privateJwks[privateJwks.length - 1]!;
  const privateKey = await importJWK(current, 'ES256');
  const publicKeys = privateJwks.map(({ d: _d, ...pub }) => pub);
  return { kid: current.kid!, privateKey, jwks: { keys: publicKeys } };
}

export async function signAccessToken(
  keys: SigningKeys,
  claims: AccessClaims,
  ttlSeconds: number,
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'ES256', kid: keys.kid, typ: 'at+jwt' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(sub!)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keys.privateKey);
}
