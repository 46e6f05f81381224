// The live projection: one durable consumer per source. Buffered events are applied in batches (one transaction,
// set-based statements: see applyProjectEvents), which is what lets analytics catch up thousands of events per
// second after an outage; a batch that fails is re-applied one event per transaction by the consumer.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  filterSubject,
  startConsumer,
  type ConsumerHandle,
  type EventEnvelope,
  type EventsLogger,
} from '@anze/events';
import type { UnusableEvent } from '../domain/facts.ts';
import { recordApplied } from '../domain/projection.ts';
import { SOURCES } from './sources.ts';

/** Events per transaction when a backlog is waiting; small enough for short transactions, large enough to amortise. */
export const PROJECTION_BATCH_SIZE = 500;

export interface ProjectionConsumerOptions {
  js: JetStreamClient;
  stream: string;
  prefix: string;
  em: EntityManager;
  logger: EventsLogger;
  ackWaitMs?: number;
  batchSize?: number;
}

export async function startProjectionConsumers(o: ProjectionConsumerOptions): Promise<ConsumerHandle[]> {
  const handles: ConsumerHandle[] = [];
  try {
    for (const source of SOURCES) {
      // No retry can fix an unusable event, and retrying would hold up every later event of the source.
      const skipped = (event: EventEnvelope, err: UnusableEvent) =>
        o.logger.warn('analytics: event skipped', {
          durable: source.durable,
          eventId: event.id,
          error: err.message,
        });
      handles.push(
        await startConsumer({
          js: o.js,
          stream: o.stream,
          durable: source.durable,
          filterSubject: filterSubject({ type: source.types, prefix: o.prefix }),
          em: o.em,
          logger: o.logger,
          ackWaitMs: o.ackWaitMs,
          batchSize: o.batchSize ?? PROJECTION_BATCH_SIZE,
          handler: async (em, event, meta) => {
            await source.applyBatch(em, [event], skipped);
            await recordApplied(em, source.durable, event, meta.streamSequence);
          },
          batchHandler: async (em, items) => {
            await source.applyBatch(
              em,
              items.map((i) => i.envelope),
              skipped,
            );
            const last = items[items.length - 1]!;
            await recordApplied(em, source.durable, last.envelope, last.meta.streamSequence);
          },
        }),
      );
    }
  } catch (err) {
    await Promise.all(handles.map((h) => h.stop()));
    throw err;
  }
  return handles;
}
