// What every subgraph reads from its environment. A subgraph's own config.ts spreads this and adds its settings.
import { resolve } from 'node:path';
import { databaseUrlFor } from '@anze/orm';

export interface SubgraphBaseConfig {
  port: number;
  production: boolean;
  databaseUrl: string;
  natsUrl: string;
  gatewaySecret: string;
  /** Local state (keys, files, certificates); a volume in compose/k8s. */
  dataDir: string;
  /** identity's key set, against which every other subgraph verifies access tokens. */
  jwksUrl: string;
  /** JetStream stream and subject prefix of the platform's events (one NATS may carry several platforms). */
  eventsStream: string;
  eventsPrefix: string;
  /**
   * REQUEST_DEADLINE_MS: how long a GraphQL request may work before its transactions can no longer commit (see
   * @anze/orm withDeadline). Below the gateway's UPSTREAM_TIMEOUT_MS (10 s), so that the gateway never gives up on a
   * request that then commits. 0: no deadline (for measuring its cost only).
   */
  requestDeadlineMs: number;
  /** IDEMPOTENCY_RETENTION_SECONDS: how long a write's idempotency key answers with its first result (24 h). */
  idempotencyRetentionSeconds: number;
}

export const DEFAULT_REQUEST_DEADLINE_MS = 8_000;
export const DEFAULT_IDEMPOTENCY_RETENTION_SECONDS = 24 * 3600;

export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

export function loadBaseConfig(
  subgraph: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphBaseConfig {
  const gatewaySecret = env.GATEWAY_SECRET ?? '';
  if (!gatewaySecret) throw new Error('GATEWAY_SECRET is required');
  return {
    port: intFromEnv(env, 'PORT', defaultPort),
    production: env.NODE_ENV === 'production',
    databaseUrl: databaseUrlFor(subgraph, env),
    natsUrl: env.NATS_URL || 'nats://127.0.0.1:4222',
    gatewaySecret,
    dataDir: resolve(env.ANZE_DATA_DIR || '.anze'),
    jwksUrl: env.AUTH_JWKS_URL || 'http://127.0.0.1:4001/.well-known/jwks.json',
    eventsStream: env.EVENTS_STREAM || 'ANZE_EVENTS',
    eventsPrefix: env.EVENTS_SUBJECT_PREFIX || 'anze',
    requestDeadlineMs: intFromEnv(env, 'REQUEST_DEADLINE_MS', DEFAULT_REQUEST_DEADLINE_MS),
    idempotencyRetentionSeconds: intFromEnv(
      env,
      'IDEMPOTENCY_RETENTION_SECONDS',
      DEFAULT_IDEMPOTENCY_RETENTION_SECONDS,
    ),
  };
}
