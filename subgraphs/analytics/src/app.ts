// Assembles the analytics service from its configuration; used by main.ts and by the tests.
import type { TokenVerifier } from '@anze/auth';
import { startEventBus, type ConsumerHandle, type EventBus } from '@anze/events';
import { createLogger, startSubgraph, type RunningSubgraph } from '@anze/server-kit';
import type { AnalyticsConfig } from './config.ts';
import type { AnalyticsContext, AnalyticsDeps } from './context.ts';
import { readFreshness } from './domain/freshness.ts';
import { backlogLookup } from './events/backlog.ts';
import { startProjectionConsumers } from './events/consumers.ts';
import { SOURCES } from './events/sources.ts';
import { analyticsOrm } from './orm.ts';
import manifest from './manifest.ts';

export interface AnalyticsService extends RunningSubgraph {
  bus: EventBus;
  consumers: ConsumerHandle[];
  deps: AnalyticsDeps;
}

export async function startAnalytics(
  config: AnalyticsConfig,
  options: { verifyToken?: TokenVerifier } = {},
): Promise<AnalyticsService> {
  const log = createLogger({ service: 'analytics' });
  const orm = await analyticsOrm(config.databaseUrl);
  const em = orm.em;
  let bus: EventBus | undefined;
  let consumers: ConsumerHandle[] = [];
  try {
    // analytics publishes nothing; the bus still ensures the stream exists before the consumers attach.
    bus = await startEventBus({
      name: 'analytics',
      config,
      em,
      logger: log,
    });
    consumers = await startProjectionConsumers({
      js: bus.js,
      stream: bus.stream,
      prefix: bus.prefix,
      em,
      logger: log,
      ackWaitMs: config.consumerAckWaitMs,
    });
  } catch (error) {
    await bus?.close();
    await orm.close();
    throw error;
  }

  // JetStream's consumer info is one round trip per consumer: reused for pendingCacheMs (backlog.ts).
  const backlog = backlogLookup(() => consumers, config.pendingCacheMs);
  const deps: AnalyticsDeps = {
    freshness: (requestEm) =>
      readFreshness(
        requestEm,
        SOURCES.map((s) => s.durable),
        backlog,
      ),
  };

  const service = await startSubgraph<AnalyticsContext>({
    manifest,
    orm,
    config,
    verifyToken: options.verifyToken,
    logger: log,
    extendContext: (base) => ({ ...base, deps }),
    eventBus: bus,
    onClose: [() => Promise.all(consumers.map((c) => c.stop()))],
  });
  return { ...service, bus, consumers, deps };
}
