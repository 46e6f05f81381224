// Environment → typed configuration. Every threshold of the security policy is configurable here.
import { join } from 'node:path';
import { isRole, type Role } from '@anze/auth';
import { intFromEnv as int, loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';

export interface IdentityConfig extends SubgraphBaseConfig {
  /** Directory of signing keys (ES256 JWK files); created with a fresh key when empty. */
  keysDir: string;
  /** Directory of trusted CA certificates and their CRLs. */
  caTrustDir: string;
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  idleTimeoutSeconds: number;
  lockoutThreshold: number;
  lockoutSeconds: number;
  passwordMinLength: number;
  challengeSeconds: number;
  /**
   * Roles whose password login also needs a CA certificate of the same account (等保 2.0: two factors, one of them
   * cryptographic). Empty disables the second factor.
   */
  secondFactorRoles: Role[];
}

/** Comma list of roles; unset means the default, an empty string means none. */
function roles(env: NodeJS.ProcessEnv, name: string, fallback: Role[]): Role[] {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const list = raw
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = list.filter((r) => !isRole(r));
  if (unknown.length) throw new Error(`${name}: unknown role(s) ${unknown.join(', ')}`);
  return list.filter(isRole);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const base = loadBaseConfig('identity', 4001, env);
  const dataDir = base.dataDir;
  return {
    ...base,
    keysDir: env.AUTH_KEYS_DIR || join(dataDir, 'keys'),
    caTrustDir: env.CA_TRUST_DIR || join(dataDir, 'ca'),
    accessTokenSeconds: int(env, 'ACCESS_TOKEN_SECONDS', 300),
    refreshTokenSeconds: int(env, 'REFRESH_TOKEN_SECONDS', 12 * 3600),
    idleTimeoutSeconds: int(env, 'SESSION_IDLE_SECONDS', 600),
    lockoutThreshold: int(env, 'LOCKOUT_THRESHOLD', 5),
    lockoutSeconds: int(env, 'LOCKOUT_SECONDS', 900),
    passwordMinLength: int(env, 'PASSWORD_MIN_LENGTH', 8),
    challengeSeconds: int(env, 'CA_CHALLENGE_SECONDS', 120),
    secondFactorRoles: roles(env, 'SECOND_FACTOR_ROLES', ['PLATFORM_ADMIN', 'AUDITOR']),
  };
}
