// Assembles the underwriting service from its configuration; used by main.ts and by the tests.
import { startEventBus, type EventBus, type ConsumerHandle } from '@anze/events';
import { startSubgraph, createLogger, type RunningSubgraph } from '@anze/server-kit';
import { startScheduler, type Scheduler } from '@anze/scheduler';
import type { UnderwritingConfig } from './config.ts';
import { underwritingOrm } from './orm.ts';
import type { UnderwritingContext } from './context.ts';
import manifest from './manifest.ts';
import { startReadModelConsumers } from './events/read-model-consumers.ts';
import { publishUnderwritingFact } from './events/underwriting-events.ts';
import { markReviewOverdue } from './domain/applications.ts';
import { exportApplications, exportLedger } from './exports/underwriting-exports.ts';

/** The 复审期限 queue: one job per submission, due at its deadline. */
export const REVIEW_DEADLINE = 'underwriting.review-deadline';

type Queues = { [REVIEW_DEADLINE]: (data: { applicationId: string }) => Promise<void> };

export interface UnderwritingService extends RunningSubgraph {
  bus: EventBus;
  consumers: ConsumerHandle[];
  scheduler: Scheduler<Queues>;
}

export async function startUnderwriting(config: UnderwritingConfig): Promise<UnderwritingService> {
  const log = createLogger({ service: 'underwriting' });
  const now = () => new Date();
  const orm = await underwritingOrm(config.databaseUrl);
  const em = orm.em;
  const bus = await startEventBus({ name: 'underwriting', config, em, logger: log });
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
      // Idempotent: a second run (another replica, a retry) finds the application marked and does nothing.
      [REVIEW_DEADLINE]: async ({ applicationId }: { applicationId: string }) => {
        await markReviewOverdue(em.fork(), publishUnderwritingFact, applicationId, now());
      },
    },
  });
  const service = await startSubgraph<UnderwritingContext>({
    manifest,
    orm,
    config,
    logger: log,
    extendContext: (base) => ({
      ...base,
      config,
      now,
      scheduleReviewDeadline: async (tx, applicationId, dueAt) => {
        await scheduler.schedule(
          tx,
          REVIEW_DEADLINE,
          { applicationId },
          { startAfter: dueAt, key: `review:${applicationId}:${dueAt.toISOString()}` },
        );
      },
    }),
    gatewayRoutes: {
      '/exports/applications': exportApplications,
      '/exports/ledger': exportLedger,
    },
    eventBus: bus,
    onClose: [() => scheduler.stop(), ...consumers.map((c) => () => c.stop())],
  });
  return { ...service, bus, consumers, scheduler };
}
