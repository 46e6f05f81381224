// The live projection: one durable consumer per source. Buffered events are applied in batches (one transaction,
// set-based statements: see applyProjectEvents), which is what lets analytics catch up thousands of events per
// second after an outage; a batch that fails is re-applied one event per transaction by the consumer.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  startSourceConsumers,
  type BatchItem,
  type ConsumerHandle,
  type EventEnvelope,
  type EventsLogger,
} from '@anze/events';
import type { UnusableEvent } from '../domain/facts.ts';
import { recordApplied } from '../domain/read-model.repository.ts';
import { SOURCES, type Source } from './sources.ts';

/**
 * Events per transaction when a backlog is waiting; small enough for short transactions (~0.1 s), large enough to
 * amortise the round trips and the commit of each batch, which weigh most on a loaded machine (1000 vs 500: about
 * 15 % more events/s in bench/src/analytics-apply.ts).
 */
export const PROJECTION_BATCH_SIZE = 1000;

export interface ProjectionConsumerOptions {
  js: JetStreamClient;
  stream: string;
  prefix: string;
  em: EntityManager;
  logger: EventsLogger;
  ackWaitMs?: number;
  batchSize?: number;
}

/**
 * What the consumer runs for a batch of new events inside its inbox transaction: the source's set-based application
 * and the freshness record. Exported for bench/src/analytics-apply.ts, which drives this path without NATS.
 */
export async function applySourceBatch(
  em: EntityManager,
  source: Source,
  items: ReadonlyArray<BatchItem>,
  onUnusable: (event: EventEnvelope, error: UnusableEvent) => void,
): Promise<void> {
  await source.applyBatch(
    em,
    items.map((i) => i.envelope),
    onUnusable,
  );
  const last = items[items.length - 1]!;
  await recordApplied(em, source.durable, last.envelope, last.meta.streamSequence);
}

export function startProjectionConsumers(o: ProjectionConsumerOptions): Promise<ConsumerHandle[]> {
  return startSourceConsumers(SOURCES, o, (source) => {
    // No retry can fix an unusable event, and retrying would hold up every later event of the source.
    const skipped = (event: EventEnvelope, err: UnusableEvent) =>
      o.logger.warn('analytics: event skipped', {
        durable: source.durable,
        eventId: event.id,
        error: err.message,
      });
    return {
      ackWaitMs: o.ackWaitMs,
      batchSize: o.batchSize ?? PROJECTION_BATCH_SIZE,
      handler: async (em, event, meta) => {
        await source.applyBatch(em, [event], skipped);
        await recordApplied(em, source.durable, event, meta.streamSequence);
      },
      batchHandler: (em, items) => applySourceBatch(em, source, items, skipped),
    };
  });
}
