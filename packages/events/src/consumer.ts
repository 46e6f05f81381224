import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import type {
  ConsumerConfig,
  ConsumerMessages,
  JetStreamClient,
  JetStreamManager,
  JsMsg,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { isEventEnvelope } from './envelope.ts';
import type { EventEnvelope } from './envelope.ts';
import { backoffMs, errorMessage, silentLogger } from './logger.ts';
import type { EventsLogger } from './logger.ts';
import { DeadLetter } from './outbox.ts';
import { uuidv7 } from './uuid.ts';

export interface EventMeta {
  subject: string;
  streamSequence: number;
  deliveryCount: number;
  redelivered: boolean;
}

/** Applies one event using `em`, which is inside the transaction that also records the event as applied. */
export type EventHandler<T = unknown> = (
  em: EntityManager,
  envelope: EventEnvelope<T>,
  meta: EventMeta,
) => Promise<void>;

export interface ConsumerOptions<T = unknown> {
  js: JetStreamClient;
  stream: string;
  /** Durable consumer name; also the `consumer` column of inbox rows. Letters, digits, '-' and '_'. */
  durable: string;
  /** One subject filter (NATS 2.9): see `filterSubject()`. */
  filterSubject: string;
  /** Root EntityManager of the service; forked for every message. */
  em: EntityManager;
  handler: EventHandler<T>;
  /** Deliveries before a failing message is dead-lettered and terminated. */
  maxDeliver?: number;
  /** How long JetStream waits for an ack before redelivering; longer than the slowest handler. */
  ackWaitMs?: number;
  /** First nak delay; doubles with each delivery up to `nakMaxMs`. */
  nakBaseMs?: number;
  nakMaxMs?: number;
  /** Where a brand-new durable starts; an existing one always resumes where it was. */
  deliverFrom?: 'all' | 'new';
  /** Messages pulled ahead; they are still handled one at a time, in stream order. */
  prefetch?: number;
  logger?: EventsLogger;
}

export interface ConsumerStats {
  durable: string;
  applied: number;
  duplicates: number;
  failures: number;
  deadLettered: number;
  /** Wall-clock time the last event was applied: the freshness of the read model. */
  lastAppliedAt: Date | null;
  /** occurredAt of the last applied event. */
  lastEventOccurredAt: string | null;
  lastStreamSequence: number | null;
  /** Messages in the stream not yet delivered to this consumer (lag); null if JetStream could not be asked. */
  pending: number | null;
  ackPending: number | null;
}

export interface ConsumerHandle {
  readonly durable: string;
  /** Finishes the message being handled, hands buffered ones back to JetStream, then returns. */
  stop(): Promise<void>;
  stats(): Promise<ConsumerStats>;
}

const INSERT_INBOX =
  'insert into inbox (consumer, event_id, stream_sequence, processed_at) values (?, ?, ?, now()) on conflict do nothing';

/** Creates the durable pull consumer if needed and keeps its tunable settings in line with the options. */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  options: Pick<
    ConsumerOptions,
    'stream' | 'durable' | 'filterSubject' | 'maxDeliver' | 'ackWaitMs' | 'deliverFrom'
  >,
): Promise<void> {
  const wanted: Partial<ConsumerConfig> = {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: options.deliverFrom === 'new' ? DeliverPolicy.New : DeliverPolicy.All,
    filter_subject: options.filterSubject,
    max_deliver: options.maxDeliver ?? 10,
    ack_wait: nanos(options.ackWaitMs ?? 30_000),
    max_ack_pending: 1000,
  };
  try {
    const info = await jsm.consumers.info(options.stream, options.durable);
    if (info.config.filter_subject !== options.filterSubject) {
      // Changing what a durable reads silently skips or re-reads events; make it a deliberate new durable.
      throw new Error(
        `consumer ${options.durable} filters '${info.config.filter_subject}', not '${options.filterSubject}': use a new durable name`,
      );
    }
    if (info.config.max_deliver !== wanted.max_deliver || info.config.ack_wait !== wanted.ack_wait) {
      await jsm.consumers.update(options.stream, options.durable, {
        max_deliver: wanted.max_deliver!,
        ack_wait: wanted.ack_wait!,
      });
    }
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === JetStreamApiCodes.ConsumerNotFound)) throw err;
    await jsm.consumers.add(options.stream, wanted);
  }
}

/**
 * Starts a durable, explicitly acked consumer that applies each event exactly once to the service's database:
 * the inbox row and the handler's effect commit in one transaction, and only then is the message acked. A crash
 * before the ack means redelivery, which the inbox row turns into a no-op.
 */
export async function startConsumer<T = unknown>(options: ConsumerOptions<T>): Promise<ConsumerHandle> {
  const log = options.logger ?? silentLogger;
  const maxDeliver = options.maxDeliver ?? 10;
  const nakBaseMs = options.nakBaseMs ?? 1000;
  const nakMaxMs = options.nakMaxMs ?? 60_000;
  const jsm = await options.js.jetstreamManager();
  await ensureDurableConsumer(jsm, options);
  const consumer = await options.js.consumers.get(options.stream, options.durable);

  const counters = {
    applied: 0,
    duplicates: 0,
    failures: 0,
    deadLettered: 0,
    lastAppliedAt: null as Date | null,
    lastEventOccurredAt: null as string | null,
    lastStreamSequence: null as number | null,
  };
  let stopping = false;

  async function deadLetter(m: JsMsg, eventId: string | null, err: unknown): Promise<void> {
    counters.deadLettered++;
    log.error('event consumer: giving up on message', {
      durable: options.durable,
      subject: m.subject,
      streamSequence: m.seq,
      eventId,
      deliveries: m.info.deliveryCount,
      error: errorMessage(err),
    });
    try {
      await options.em.fork().insert(DeadLetter, {
        id: uuidv7(),
        consumer: options.durable,
        eventId,
        subject: m.subject,
        streamSequence: m.seq,
        deliveries: m.info.deliveryCount,
        payload: m.string(),
        error: errorMessage(err).slice(0, 4000),
        failedAt: new Date(),
      });
    } catch (dbErr) {
      // The message is still in the stream (replay can fetch it by sequence); the log line above names it.
      log.error('event consumer: could not record dead letter', {
        durable: options.durable,
        error: errorMessage(dbErr),
      });
    }
    // No reason argument: `+TERM <reason>` needs nats-server 2.10.4; 2.9 ignores it and the message stays pending.
    m.term();
  }

  async function handle(m: JsMsg): Promise<void> {
    if (stopping) {
      // Buffered but not started: give it back now rather than after ack_wait.
      m.nak();
      return;
    }
    let envelope: EventEnvelope<T>;
    try {
      const parsed: unknown = m.json();
      if (!isEventEnvelope(parsed)) throw new Error('message is not an event envelope');
      envelope = parsed as EventEnvelope<T>;
    } catch (err) {
      // Retrying cannot fix a malformed message.
      await deadLetter(m, null, err);
      return;
    }
    const meta: EventMeta = {
      subject: m.subject,
      streamSequence: m.seq,
      deliveryCount: m.info.deliveryCount,
      redelivered: m.redelivered,
    };
    try {
      const applied = await options.em.fork().transactional(async (em) => {
        const res = await em.execute<QueryResult>(INSERT_INBOX, [options.durable, envelope.id, m.seq], 'run');
        if (res.affectedRows === 0) return false;
        await options.handler(em, envelope, meta);
        return true;
      });
      m.ack();
      counters.lastStreamSequence = m.seq;
      if (applied) {
        counters.applied++;
        counters.lastAppliedAt = new Date();
        counters.lastEventOccurredAt = envelope.occurredAt;
      } else {
        counters.duplicates++;
      }
    } catch (err) {
      counters.failures++;
      if (m.info.deliveryCount >= maxDeliver) {
        await deadLetter(m, envelope.id, err);
        return;
      }
      const delay = backoffMs(m.info.deliveryCount, nakBaseMs, nakMaxMs);
      log.warn('event consumer: handler failed, will retry', {
        durable: options.durable,
        eventId: envelope.id,
        type: envelope.type,
        deliveries: m.info.deliveryCount,
        retryInMs: delay,
        error: errorMessage(err),
      });
      m.nak(delay);
    }
  }

  const messages: ConsumerMessages = await consumer.consume({ max_messages: options.prefetch ?? 64 });
  const loop = (async () => {
    for await (const m of messages) await handle(m);
  })().catch((err) =>
    log.error('event consumer: loop ended', { durable: options.durable, error: errorMessage(err) }),
  );
  void (async () => {
    for await (const s of messages.status()) {
      if (s.type === 'consumer_deleted' || s.type === 'consumer_not_found' || s.type === 'stream_not_found') {
        log.error('event consumer: consumer or stream missing', { durable: options.durable, status: s.type });
      }
    }
  })().catch(() => {});

  return {
    durable: options.durable,
    async stop() {
      if (stopping) return;
      stopping = true;
      await messages.close();
      await loop;
    },
    async stats() {
      let pending: number | null = null;
      let ackPending: number | null = null;
      try {
        const info = await jsm.consumers.info(options.stream, options.durable);
        pending = info.num_pending;
        ackPending = info.num_ack_pending;
      } catch {
        // NATS unreachable: counters are still useful, lag is unknown.
      }
      return { durable: options.durable, ...counters, pending, ackPending };
    },
  };
}
