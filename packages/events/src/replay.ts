import { DeliverPolicy } from '@nats-io/jetstream';
import type { JetStreamClient, OrderedConsumerOptions } from '@nats-io/jetstream';
import { isEventEnvelope } from './envelope.ts';
import type { EventEnvelope } from './envelope.ts';
import type { EventMeta } from './consumer.ts';
import { silentLogger } from './logger.ts';
import { createEventValidator, type EventCatalogueEntry } from './catalogue.ts';
import type { EventsLogger } from './logger.ts';

export interface ReplayOptions<T = unknown> {
  js: JetStreamClient;
  stream: string;
  filterSubject: string;
  /**
   * The catalogue entries the live consumer accepts (ConsumerOptions.accepts): what it parks, a replay skips too, so
   * a rebuild gives what the live projection gives.
   */
  accepts: readonly EventCatalogueEntry[];
  /** Start at this stream sequence (inclusive). Default: the beginning of the stream. */
  fromSequence?: number;
  /** Start at the first event stored at or after this time. Ignored when fromSequence is given. */
  fromTime?: Date;
  handler: (envelope: EventEnvelope<T>, meta: EventMeta) => Promise<void> | void;
  /** Messages per pull. */
  batchSize?: number;
  logger?: EventsLogger;
}

/**
 * Feeds every stored event matching the filter to `handler`, in stream order, up to the last message the stream
 * held when replay started; events published meanwhile are left to the live consumer. An ordered consumer is
 * ephemeral and needs no acks, so a rebuild neither disturbs nor depends on the durable consumers.
 * Returns the number of events handled.
 */
export async function replay<T = unknown>(options: ReplayOptions<T>): Promise<number> {
  const log = options.logger ?? silentLogger;
  const validate = createEventValidator(options.accepts, { unknownFields: 'tolerate' });
  const jsm = await options.js.jetstreamManager();
  const { state } = await jsm.streams.info(options.stream);
  const lastSeq = state.last_seq;
  if (state.messages === 0 || (options.fromSequence !== undefined && options.fromSequence > lastSeq))
    return 0;

  const start: Partial<OrderedConsumerOptions> =
    options.fromSequence !== undefined
      ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: Math.max(1, options.fromSequence) }
      : options.fromTime !== undefined
        ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: options.fromTime.toISOString() }
        : { deliver_policy: DeliverPolicy.All };
  const consumer = await options.js.consumers.get(options.stream, {
    filter_subjects: options.filterSubject,
    // Milliseconds here; the server drops the ephemeral consumer soon after a crashed replay.
    inactive_threshold: 30_000,
    ...start,
  });
  try {
    // Created with the consumer: nothing matching means nothing to wait for.
    if ((await consumer.info(true)).num_pending === 0) return 0;
    return await pump();
  } finally {
    await consumer.delete().catch(() => {});
  }

  async function pump(): Promise<number> {
    let count = 0;
    for (;;) {
      // A pull that expires empty means nothing more matches: the filter may match nothing near lastSeq.
      const batch = await consumer.fetch({ max_messages: options.batchSize ?? 256, expires: 2000 });
      let received = 0;
      let done = false;
      for await (const m of batch) {
        received++;
        if (m.seq > lastSeq) {
          done = true;
          break;
        }
        const parsed: unknown = m.json();
        const verdict = isEventEnvelope(parsed) ? validate(parsed) : null;
        if (verdict && !verdict.valid) {
          log.warn('replay: skipped an event that does not fit the catalogue', {
            subject: m.subject,
            streamSequence: m.seq,
            error: verdict.errors.join('; '),
          });
        } else if (verdict) {
          await options.handler(parsed as EventEnvelope<T>, {
            subject: m.subject,
            streamSequence: m.seq,
            deliveryCount: m.info.deliveryCount,
            redelivered: m.redelivered,
          });
          count++;
        } else {
          log.warn('replay: skipped a message that is not an event envelope', {
            subject: m.subject,
            streamSequence: m.seq,
          });
        }
        // pending = matching messages after this one; 0 means we have reached the end of what is stored.
        if (m.seq >= lastSeq || m.info.pending === 0) {
          done = true;
          break;
        }
      }
      if (done || received === 0) break;
    }
    return count;
  }
}
