// Assembles the claims service from its configuration; used by main.ts and by the tests.
import { startEventBus, type EventBus, type ConsumerHandle } from '@anze/events';
import { startSubgraph, createLogger, subgraphOrm, type RunningSubgraph } from '@anze/server-kit';
import { startDeadlineQueue, type DeadlineQueue } from '@anze/scheduler';
import type { ClaimsConfig } from './config.ts';
import type { ClaimsContext } from './context.ts';
import manifest from './manifest.ts';
import { startReadModelConsumers } from './events/read-model-consumers.ts';
import { publishClaimFact } from './events/claims-events.ts';
import { markDecisionOverdue } from './domain/claims.ts';

/** The decision-deadline queue: one job per acceptance (and per reopening), due at its deadline. */
export const DECISION_DEADLINE = 'claims.decision-deadline';

export interface ClaimsService extends RunningSubgraph {
  bus: EventBus;
  consumers: ConsumerHandle[];
  deadlines: DeadlineQueue;
}

export async function startClaims(config: ClaimsConfig): Promise<ClaimsService> {
  const log = createLogger({ service: 'claims' });
  const now = () => new Date();
  const orm = await subgraphOrm(manifest, config.databaseUrl);
  const bus = await startEventBus({ name: 'claims', config, em: orm.em, logger: log });
  const consumers = await startReadModelConsumers({ ...bus, em: orm.em, logger: log });
  const deadlines = await startDeadlineQueue({
    databaseUrl: config.databaseUrl,
    logger: log,
    pollingIntervalSeconds: config.schedulerPollingSeconds,
    queue: DECISION_DEADLINE,
    idField: 'claimId',
    keyPrefix: 'decision',
    // Idempotent: a second run, or one for a deadline a reopening replaced, finds nothing to do.
    onDue: (claimId) => markDecisionOverdue(orm.em.fork(), publishClaimFact, claimId, now()),
  });
  const service = await startSubgraph<ClaimsContext>({
    manifest,
    orm,
    config,
    logger: log,
    extendContext: (base) => ({ ...base, config, now, scheduleDecisionDeadline: deadlines.schedule }),
    eventBus: bus,
    onClose: [() => deadlines.scheduler.stop(), ...consumers.map((c) => () => c.stop())],
  });
  return { ...service, bus, consumers, deadlines };
}
