// Environment → typed configuration: the kit's base settings plus the consumers' tuning.
import { DEFAULT_ACK_WAIT_MS } from '@anze/events';
import { intFromEnv, loadBaseConfig, type SubgraphBaseConfig } from '@anze/server-kit';

export interface AnalyticsConfig extends SubgraphBaseConfig {
  /** How long JetStream waits for a consumer's ack before redelivering (longer than the slowest event). */
  consumerAckWaitMs: number;
  /** How long the consumers' JetStream backlog shown as freshness may be reused, to keep the dashboard query cheap. */
  pendingCacheMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AnalyticsConfig {
  return {
    ...loadBaseConfig('analytics', 4006, env),
    consumerAckWaitMs: intFromEnv(env, 'ANALYTICS_ACK_WAIT_MS', DEFAULT_ACK_WAIT_MS),
    pendingCacheMs: intFromEnv(env, 'ANALYTICS_PENDING_CACHE_MS', 2_000),
  };
}
