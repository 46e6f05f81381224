// Environment → typed configuration. Every threshold of the security policy is configurable here.
import { join, resolve } from 'node:path';
import { databaseUrlFor } from '@anze/orm';

export interface IdentityConfig {
  port: number;
  production: boolean;
  databaseUrl: string;
  natsUrl: string;
  gatewaySecret: string;
  dataDir: string;
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
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const dataDir = resolve(env.ANZE_DATA_DIR || '.anze');
  const production = env.NODE_ENV === 'production';
  const gatewaySecret = env.GATEWAY_SECRET ?? '';
  if (!gatewaySecret) throw new Error('GATEWAY_SECRET is required');
  return {
    port: int(env, 'PORT', 4001),
    production,
    databaseUrl: databaseUrlFor('identity', env),
    natsUrl: env.NATS_URL || 'nats://127.0.0.1:4222',
    gatewaySecret,
    dataDir,
    keysDir: env.AUTH_KEYS_DIR || join(dataDir, 'keys'),
    caTrustDir: env.CA_TRUST_DIR || join(dataDir, 'ca'),
    accessTokenSeconds: int(env, 'ACCESS_TOKEN_SECONDS', 300),
    refreshTokenSeconds: int(env, 'REFRESH_TOKEN_SECONDS', 12 * 3600),
    idleTimeoutSeconds: int(env, 'SESSION_IDLE_SECONDS', 600),
    lockoutThreshold: int(env, 'LOCKOUT_THRESHOLD', 5),
    lockoutSeconds: int(env, 'LOCKOUT_SECONDS', 900),
    passwordMinLength: int(env, 'PASSWORD_MIN_LENGTH', 8),
    challengeSeconds: int(env, 'CA_CHALLENGE_SECONDS', 120),
  };
}
