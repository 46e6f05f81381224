// Environment → typed configuration. Every threshold of the security policy is configurable here.
import { join } from 'node:path';
import { intFromEnv as int, loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';
import { parseSignInPolicy, type SignInPolicy } from './domain/sign-in-policy.ts';

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
   * The sign-in method of each role (SIGN_IN_POLICY): CA certificate, password, or password + a CA certificate of the
   * same account (等保 2.0: two factors, one of them cryptographic).
   */
  signInPolicy: SignInPolicy;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  if (env.SECOND_FACTOR_ROLES !== undefined)
    throw new Error(
      'SECOND_FACTOR_ROLES was replaced by SIGN_IN_POLICY (e.g. PLATFORM_ADMIN:password+certificate,ENTERPRISE:certificate)',
    );
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
    signInPolicy: parseSignInPolicy(env.SIGN_IN_POLICY),
  };
}
