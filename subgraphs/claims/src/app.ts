// Assembles the claims service from its configuration; used by main.ts and by the tests.
import { startEventBus, type EventBus, type ConsumerHandle } from '@anze/events';
import { startSubgraph, createLogger, subgraphOrm, type RunningSubgraph } from '@anze/server-kit';
import { startScheduler, type Scheduler } from '@anze/scheduler';
import type { ClaimsConfig } from './config.ts';
import type { ClaimsContext } from './context.ts';
import manifest from './manifest.ts';
import { startReadModelConsumers } from './events/read-model-consumers.ts';
import { publishClaimFact } from './events/claims-events.ts';
import { markDecisionOverdue } from './domain/claims.ts';

/** The decision-deadline queue: one job per acceptance (and per reopening), due at its deadline. */
export const DECISION_DEADLINE = 'claims.decision-deadline';

type Queues = { [DECISION_DEADLINE]: (data: { claimId: string }) => Promise<void> };

export interface ClaimsService extends RunningSubgraph {
  bus: EventBus;
  consumers: ConsumerHandle[];
  scheduler: Scheduler<Queues>;
}

export async function startClaims(config: ClaimsConfig): Promise<ClaimsService> {
  const log = createLogger({ service: 'claims' });
  const now = () => new Date();
  const orm = await subgraphOrm(manifest, config.databaseUrl);
  const em = orm.em;
  const bus = await startEventBus({ name: 'claims', config, em, logger: log });
  const consumers = await startReadModelConsumers({
    js: bus.js,
    stream: bus.stream,
    prefix: bus.prefix,
    em,
    logger: log,
  });
  const scheduler = await startScheduler<Queues>({
    databaseUrl: config.databaseUrl,
    logger: log,
    pollingIntervalSeconds: config.schedulerPollingSeconds,
    queues: {
      // Idempotent: a second run, or one for a deadline a reopening replaced, finds nothing to do.
      [DECISION_DEADLINE]: async ({ claimId }: { claimId: string }) => {
        await markDecisionOverdue(em.fork(), publishClaimFact, claimId, now());
      },
    },
  });
  const service = await startSubgraph<ClaimsContext>({
    manifest,
    orm,
    config,
    logger: log,
    extendContext: (base) => ({
      ...base,
      config,
      now,
      scheduleDecisionDeadline: async (tx, claimId, dueAt) => {
        await scheduler.schedule(
          tx,
          DECISION_DEADLINE,
          { claimId },
          { startAfter: dueAt, key: `decision:${claimId}:${dueAt.toISOString()}` },
        );
      },
    }),
    eventBus: bus,
    onClose: [() => scheduler.stop(), ...consumers.map((c) => () => c.stop())],
  });
  return { ...service, bus, consumers, scheduler };
}
