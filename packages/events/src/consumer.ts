import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError } from '@nats-io/jetstream';
import type {
  ConsumerConfig,
  ConsumerMessages,
  JetStreamClient,
  JetStreamManager,
  JsMsg,
  MsgRequest,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { isEventEnvelope } from './envelope.ts';
import type { EventEnvelope } from './envelope.ts';
import { backoffMs, errorMessage, silentLogger } from './logger.ts';
import type { EventsLogger } from './logger.ts';
import { DeadLetter } from './outbox.ts';
import { uuidv7 } from './uuid.ts';
import { createEventValidator, type EventCatalogueEntry } from './catalogue.ts';
import { filterSubject } from './subjects.ts';

/** A message that is an envelope but not one this consumer can read: parked at once, never retried. */
class UnreadableEvent extends Error {
  readonly eventId: string;
  constructor(eventId: string, reason: string) {
    super(`event ${eventId} ${reason}`);
    this.eventId = eventId;
  }
}

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

export interface BatchItem<T = unknown> {
  envelope: EventEnvelope<T>;
  meta: EventMeta;
}

/**
 * Applies several events, in stream order, inside one transaction (which also records them as applied). It must
 * have the same effect as `handler` applied to each in turn; it exists so a read model can use set-based statements.
 * Only events not applied before reach it (duplicates are already filtered out).
 */
export type BatchEventHandler<T = unknown> = (em: EntityManager, items: Array<BatchItem<T>>) => Promise<void>;

/** A pulled message and its envelope, or why it has none. */
interface Pulled<T> {
  m: JsMsg;
  item: BatchItem<T> | null;
  error?: unknown;
}

export interface ConsumerOptions<T = unknown> {
  js: JetStreamClient;
  stream: string;
  /** Durable consumer name; also the `consumer` column of inbox rows. Letters, digits, '-' and '_'. */
  durable: string;
  /** One subject filter (NATS 2.9): see `filterSubject()`. */
  filterSubject: string;
  /**
   * The producer's catalogue entries this consumer reads (imported from the producer's catalogue module, which also
   * gives `T`: see CatalogueEvent). Every message is validated against them before it reaches the handler, fields
   * added by a later producer tolerated; one that does not fit (an unknown type or version, a missing or mistyped
   * field) is parked as a dead letter with a log line naming the problem, and the consumer moves on.
   */
  accepts: readonly EventCatalogueEntry[];
  /** Root EntityManager of the service; forked for every message. */
  em: EntityManager;
  handler: EventHandler<T>;
  /**
   * Messages already buffered are applied together, up to this many, in ONE transaction (one inbox row each; a
   * duplicate is skipped on its own), and all acked after the commit. The consumer never waits to fill a batch.
   * If the batch fails, its messages are applied one by one, so a failing message is retried or dead-lettered
   * alone. 1 (the default) = one transaction per message.
   */
  batchSize?: number;
  /** Optional set-based application of a batch; without it `handler` is called per event inside the batch. */
  batchHandler?: BatchEventHandler<T>;
  /** Deliveries before a failing message is dead-lettered and terminated. */
  maxDeliver?: number;
  /**
   * How long JetStream waits for an ack before redelivering (default DEFAULT_ACK_WAIT_MS); messages held are reported
   * in progress every third of it, so it need not exceed the slowest batch.
   */
  ackWaitMs?: number;
  /** First nak delay; doubles with each delivery up to `nakMaxMs`. */
  nakBaseMs?: number;
  nakMaxMs?: number;
  /** Where a brand-new durable starts; an existing one always resumes where it was. */
  deliverFrom?: 'all' | 'new';
  /** Messages pulled ahead of the one being applied (default max(64, 2 × batchSize)); applied in stream order. */
  prefetch?: number;
  /**
   * How long one pull request waits for messages (≥ 1000, default 5000); an idle consumer sends one request per
   * period. stop() ends the open one at once (one round trip to NATS); only when NATS does not answer does it wait,
   * at most 2 s.
   */
  pullExpiresMs?: number;
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

export interface OldestWaiting {
  streamSequence: number;
  /** occurredAt of that event (its envelope), or the time the stream stored it if it is not an envelope. */
  occurredAt: Date;
}

export interface ConsumerHandle {
  readonly durable: string;
  /** Finishes the batch being applied, hands buffered messages back to JetStream (nak), then returns. */
  stop(): Promise<void>;
  stats(): Promise<ConsumerStats>;
  /**
   * The oldest event this consumer has not applied yet (the first unacknowledged message after its ack floor), or
   * null when nothing waits. Two JetStream round trips; throws when NATS cannot be asked.
   */
  oldestWaiting(): Promise<OldestWaiting | null>;
}

/**
 * How long JetStream waits for an answer before it redelivers a message: the gap, after a consumer dies, before its
 * unacknowledged events are applied elsewhere. Short, because the consumer reports progress (`working`) on every
 * message it holds while it is alive.
 */
export const DEFAULT_ACK_WAIT_MS = 5_000;

/**
 * `batchSize` for the read models a subgraph keeps from others' events (one upsert or fold per event): applying what
 * is buffered in one transaction (one inbox statement, one COMMIT) instead of one transaction per event. Measured on
 * the bench world's first start (bench/README.md, underwriting benchmark): ~1.27 million events through nine such
 * consumers at 50–150 events/s each, one transaction per event, on a loaded 2-core machine.
 */
export const READ_MODEL_BATCH_SIZE = 100;

const INSERT_INBOX =
  'insert into inbox (consumer, event_id, stream_sequence, processed_at) values (?, ?, ?, now()) on conflict do nothing';

/**
 * A batch's inbox rows in one statement, the rows as one JSON parameter (one literal for PostgreSQL to parse, not
 * three per row); returns the ids that were new. A repeated id inserts once.
 */
const INSERT_INBOX_ROWS = `insert into inbox (consumer, event_id, stream_sequence, processed_at)
  select ?, x.id, x.seq, now() from jsonb_to_recordset(?::jsonb) as x(id uuid, seq bigint)
  on conflict do nothing returning event_id`;

/**
 * Records a batch's events in the inbox of `consumer` inside the caller's transaction and returns, for each entry in
 * order, whether it is new: false for an event applied before and for a later copy of an id within the batch (the
 * first copy is the one applied). The batch path of `startConsumer`; exported so a benchmark can drive that exact
 * path without NATS.
 */
export async function recordInboxBatch(
  em: EntityManager,
  consumer: string,
  entries: ReadonlyArray<{ eventId: string; streamSequence: number }>,
): Promise<boolean[]> {
  const inserted = await em.execute<Array<{ event_id: string }>>(
    INSERT_INBOX_ROWS,
    [consumer, JSON.stringify(entries.map((e) => ({ id: e.eventId, seq: e.streamSequence })))],
    'all',
  );
  const fresh = new Set(inserted.map((r) => String(r.event_id).toLowerCase()));
  return entries.map((e) => fresh.delete(e.eventId.toLowerCase()));
}

/** Consumer settings that follow from the client options (see `prefetch`). */
export function maxAckPendingFor(options: Pick<ConsumerOptions, 'batchSize' | 'prefetch'>): number {
  const batchSize = Math.max(1, options.batchSize ?? 1);
  const prefetch = options.prefetch ?? Math.max(64, 2 * batchSize);
  // Room for what one client holds (pulled, queued, being applied) several times over: replicas share the durable.
  return Math.max(1000, 4 * (prefetch + 2 * batchSize));
}

/** Creates the durable pull consumer if needed and keeps its tunable settings in line with the options. */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  options: Pick<
    ConsumerOptions,
    | 'stream'
    | 'durable'
    | 'filterSubject'
    | 'maxDeliver'
    | 'ackWaitMs'
    | 'deliverFrom'
    | 'batchSize'
    | 'prefetch'
  >,
): Promise<void> {
  const wanted: Partial<ConsumerConfig> = {
    durable_name: options.durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: options.deliverFrom === 'new' ? DeliverPolicy.New : DeliverPolicy.All,
    filter_subject: options.filterSubject,
    max_deliver: options.maxDeliver ?? 10,
    ack_wait: nanos(options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS),
    max_ack_pending: maxAckPendingFor(options),
  };
  try {
    const info = await jsm.consumers.info(options.stream, options.durable);
    if (info.config.filter_subject !== options.filterSubject) {
      // Changing what a durable reads silently skips or re-reads events; make it a deliberate new durable.
      throw new Error(
        `consumer ${options.durable} filters '${info.config.filter_subject}', not '${options.filterSubject}': use a new durable name`,
      );
    }
    if (
      info.config.max_deliver !== wanted.max_deliver ||
      info.config.ack_wait !== wanted.ack_wait ||
      info.config.max_ack_pending !== wanted.max_ack_pending
    ) {
      await jsm.consumers.update(options.stream, options.durable, {
        max_deliver: wanted.max_deliver!,
        ack_wait: wanted.ack_wait!,
        max_ack_pending: wanted.max_ack_pending!,
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
  const batchSize = Math.max(1, options.batchSize ?? 1);
  const prefetch = options.prefetch ?? Math.max(64, 2 * batchSize);
  // 5 s: nats.js checks the request's idle heartbeats (half the expiry apart) and ends a pull after two missed ones.
  // With 2 s, a loaded machine ended pulls now and then, a ~2 s pause in delivery (bench/README.md, events benchmark).
  const pullExpiresMs = Math.max(1000, options.pullExpiresMs ?? 5000);
  const ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
  const jsm = await options.js.jetstreamManager();
  await ensureDurableConsumer(jsm, options);
  const consumer = await options.js.consumers.get(options.stream, options.durable);
  const validate = createEventValidator(options.accepts, { unknownFields: 'tolerate' });

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
    const unreadable = err instanceof UnreadableEvent || !eventId;
    log.error(
      unreadable ? 'event consumer: unreadable message parked' : 'event consumer: giving up on message',
      {
        durable: options.durable,
        subject: m.subject,
        streamSequence: m.seq,
        eventId,
        deliveries: m.info.deliveryCount,
        error: errorMessage(err),
      },
    );
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

  /**
   * A message read as an envelope, or the reason it cannot be one. Done as it arrives (in the puller), so the
   * parsing overlaps the worker's database round trips instead of adding to them.
   */
  function read(m: JsMsg): Pulled<T> {
    try {
      const parsed: unknown = m.json();
      if (!isEventEnvelope(parsed)) throw new Error('message is not an event envelope');
      const verdict = validate(parsed);
      if (!verdict.valid)
        throw new UnreadableEvent(parsed.id, `does not fit the catalogue: ${verdict.errors.join('; ')}`);
      return {
        m,
        item: {
          envelope: parsed as EventEnvelope<T>,
          meta: {
            subject: m.subject,
            streamSequence: m.seq,
            deliveryCount: m.info.deliveryCount,
            redelivered: m.redelivered,
          },
        },
      };
    } catch (err) {
      return { m, item: null, error: err };
    }
  }

  function acked(m: JsMsg, item: BatchItem<T>, applied: boolean): void {
    m.ack();
    counters.lastStreamSequence = m.seq;
    if (applied) {
      counters.applied++;
      counters.lastAppliedAt = new Date();
      counters.lastEventOccurredAt = item.envelope.occurredAt;
    } else {
      counters.duplicates++;
    }
  }

  /** One message, one transaction; a failure naks it with backoff, or dead-letters it after maxDeliver. */
  async function handleOne(m: JsMsg, item: BatchItem<T>): Promise<void> {
    const { envelope, meta } = item;
    try {
      const applied = await options.em.fork().transactional(async (em) => {
        const res = await em.execute<QueryResult>(INSERT_INBOX, [options.durable, envelope.id, m.seq], 'run');
        if (res.affectedRows === 0) return false;
        if (options.batchHandler) await options.batchHandler(em, [item]);
        else await options.handler(em, envelope, meta);
        return true;
      });
      acked(m, item, applied);
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

  /**
   * Several messages in one transaction: all inbox rows in one statement, the new events applied in stream order,
   * one commit, then every ack. If anything fails, nothing of the batch committed: apply them one by one instead,
   * so only a failing message is retried (and counted as a failure).
   */
  async function handleBatch(batch: Array<Pulled<T>>): Promise<void> {
    const entries: Array<{ m: JsMsg; item: BatchItem<T> }> = [];
    for (const { m, item, error } of batch) {
      if (item) entries.push({ m, item });
      // Retrying cannot fix a malformed message.
      else await deadLetter(m, error instanceof UnreadableEvent ? error.eventId : null, error);
    }
    if (entries.length === 0) return;
    if (entries.length === 1) return handleOne(entries[0]!.m, entries[0]!.item);
    let applied: boolean[];
    try {
      applied = await options.em.fork().transactional(async (em) => {
        const isNew = await recordInboxBatch(
          em,
          options.durable,
          entries.map(({ m, item }) => ({ eventId: item.envelope.id, streamSequence: m.seq })),
        );
        const items = entries.filter((_, i) => isNew[i]).map((e) => e.item);
        if (options.batchHandler) {
          if (items.length) await options.batchHandler(em, items);
        } else {
          for (const item of items) {
            await options.handler(em, item.envelope, item.meta);
            // As if each event had its own transaction: the next handler sees this one's effects in the database.
            await em.flush();
          }
        }
        return isNew;
      });
    } catch (err) {
      log.warn('event consumer: batch failed, applying its messages one by one', {
        durable: options.durable,
        messages: entries.length,
        fromStreamSequence: entries[0]!.m.seq,
        error: errorMessage(err),
      });
      for (const { m, item } of entries) {
        if (stopping) m.nak();
        else await handleOne(m, item);
      }
      return;
    }
    entries.forEach(({ m, item }, i) => acked(m, item, applied[i]!));
  }

  // Pulling. Each pull request (fetch) asks for at most the free room of `queue` (≤ prefetch), so what is pulled
  // but not applied stays bounded; messages reach the queue as they arrive, and the worker takes what is there —
  // it never waits to fill a batch. Fetch, not consume(): consume() keeps a pull request open at all times and
  // issues new ones from its iterator, which stop() cannot end cleanly. stop() ends the one open fetch at once
  // (endPull) and hands back everything it brought.
  const queue: Array<Pulled<T>> = [];
  let pullerDone = false;
  let openPull: ConsumerMessages | null = null;
  let wakeWorker: (() => void) | null = null;
  let wakePuller: (() => void) | null = null;
  let pullFailures = 0;
  const signal = (which: 'worker' | 'puller') => {
    const wake = which === 'worker' ? wakeWorker : wakePuller;
    if (which === 'worker') wakeWorker = null;
    else wakePuller = null;
    wake?.();
  };
  const sleep = (ms: number) =>
    new Promise<void>((r) => {
      const t = setTimeout(r, ms);
      wakePuller = () => {
        clearTimeout(t);
        r();
      };
    });

  /**
   * Ends an open pull request without losing what JetStream already sent into it. A pull request lives on the
   * server until it expires or is filled; nats-server only delivers into a request whose reply subject still has
   * interest, so unsubscribing ends it. Unsubscribing outright would drop messages already on the wire (they would
   * sit unacknowledged until ack_wait), so the fetch's subscription is drained instead: UNSUB, then a round trip,
   * and everything that arrived before the server saw the UNSUB still comes out of the fetch's iterator (which ends
   * when the drain completes). The subscription is not part of the typed API; without it, or if the round trip
   * does not come back (NATS away: the server has then forgotten the request anyway), the fetch is closed and its
   * request runs out by itself.
   */
  async function endPull(fetched: ConsumerMessages): Promise<void> {
    const sub = (fetched as unknown as { sub?: Subscription }).sub;
    if (sub && typeof sub.drain === 'function' && !sub.isClosed()) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        sub.drain().catch(() => {}),
        new Promise<void>((r) => (timer = setTimeout(r, Math.min(pullExpiresMs, 2000)))),
      ]);
      clearTimeout(timer);
    }
    void fetched.close().catch(() => {});
  }

  // After a NATS outage the puller may be in a backoff of up to 5 s: a reconnect ends it, so a backlog starts
  // flowing as soon as NATS is back. JetStreamClientImpl carries its connection (not in the typed API).
  const connection = (options.js as unknown as { nc?: NatsConnection }).nc;
  const statuses = connection?.status()[Symbol.asyncIterator]();
  void (async () => {
    for (;;) {
      const next = await statuses?.next();
      if (!next || next.done || stopping) return;
      if (next.value.type === 'reconnect') signal('puller');
    }
  })().catch(() => {});

  // Progress signals: every message pulled and not yet answered is reported as in progress a few times per ack wait,
  // so the ack wait can be short (a message held by a consumer that died comes back within seconds) while a long
  // batch, or a message waiting in the buffer behind one, is never redelivered to another replica meanwhile.
  let applying: Array<Pulled<T>> = [];
  const heartbeat = setInterval(
    () => {
      for (const { m } of [...applying, ...queue]) m.working();
    },
    Math.max(100, Math.floor(ackWaitMs / 3)),
  );
  heartbeat.unref();

  const puller = (async () => {
    while (!stopping) {
      const room = prefetch - queue.length;
      if (room <= 0) {
        await new Promise<void>((r) => (wakePuller = r));
        continue;
      }
      try {
        const fetched = await consumer.fetch({ max_messages: room, expires: pullExpiresMs });
        // The request is only sent when the iterator first runs: if stop() came meanwhile, never send it.
        if (stopping) {
          void fetched.close().catch(() => {});
          break;
        }
        openPull = fetched;
        try {
          for await (const m of fetched) {
            if (stopping) {
              // stop() has already unsubscribed (the UNSUB precedes this nak on the connection), so JetStream
              // hands the message to another consumer, not back into our request.
              m.nak();
              continue;
            }
            queue.push(read(m));
            signal('worker');
          }
        } finally {
          openPull = null;
        }
        pullFailures = 0;
      } catch (err) {
        // NATS away (the connection reconnects by itself), consumer or stream missing: try again with backoff.
        pullFailures++;
        if (pullFailures === 1 || pullFailures % 30 === 0) {
          log.warn('event consumer: pull failed, will retry', {
            durable: options.durable,
            error: errorMessage(err),
            consecutiveFailures: pullFailures,
          });
        }
        if (!stopping) await sleep(backoffMs(pullFailures, 250, 5000));
      }
    }
  })()
    .catch((err) =>
      log.error('event consumer: pull loop ended', { durable: options.durable, error: errorMessage(err) }),
    )
    .finally(() => {
      pullerDone = true;
      signal('worker');
    });

  const worker = (async () => {
    for (;;) {
      if (queue.length === 0) {
        if (pullerDone) return;
        await new Promise<void>((r) => (wakeWorker = r));
        continue;
      }
      const batch = queue.splice(0, batchSize);
      applying = batch;
      signal('puller');
      if (stopping) {
        // Pulled but not started. Nak only once no pull request of ours is open (the puller has ended), so
        // JetStream hands them to another consumer instead of back into that request.
        await puller;
        for (const { m } of [...batch, ...queue.splice(0)]) m.nak();
        continue;
      }
      await handleBatch(batch);
      applying = [];
    }
  })().catch((err) =>
    log.error('event consumer: loop ended', { durable: options.durable, error: errorMessage(err) }),
  );

  return {
    durable: options.durable,
    async stop() {
      if (stopping) return;
      stopping = true;
      void statuses?.return?.();
      const ending = openPull ? endPull(openPull) : Promise.resolve();
      signal('puller');
      signal('worker');
      await ending;
      await puller;
      await worker;
      clearInterval(heartbeat);
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
    async oldestWaiting() {
      const info = await jsm.consumers.info(options.stream, options.durable);
      if (info.num_pending === 0 && info.num_ack_pending === 0) return null;
      // Everything up to the ack floor is acknowledged; the next message on our subject is the oldest not applied.
      // STREAM.MSG.GET takes next_by_subj since nats-server 2.9; the client types it for direct get only.
      const query = { seq: info.ack_floor.stream_seq + 1, next_by_subj: options.filterSubject };
      const stored = await jsm.streams.getMessage(options.stream, query as unknown as MsgRequest);
      if (!stored) return null;
      let occurredAt = stored.time;
      try {
        const parsed: unknown = stored.json();
        if (isEventEnvelope(parsed)) occurredAt = new Date(parsed.occurredAt);
      } catch {
        // not an envelope: the time the stream stored it is the best we know
      }
      return { streamSequence: stored.seq, occurredAt };
    },
  };
}

/** One source of events a subgraph consumes: its durable, its event types, and the producer's entries of them. */
export interface ConsumedSource {
  /** Durable consumer name (also the inbox's `consumer` column). */
  durable: string;
  /** The event types, as a `filterSubject` type pattern (`underwriting.policy.*`). */
  types: string;
  /** The producer's catalogue entries of those types (ConsumerOptions.accepts). */
  accepts: readonly EventCatalogueEntry[];
}

/** What every consumer of a service shares: its JetStream, stream, subject prefix, root EntityManager and logger. */
export type SourceConsumersSetup = Pick<ConsumerOptions, 'js' | 'stream' | 'em' | 'logger'> & {
  prefix: string;
};

/**
 * One durable consumer per source (NATS 2.9 takes one filter subject per consumer) on the service's stream and
 * subject prefix, each with what `per(source)` adds (its handler, batching…). If one cannot start, those already
 * started are stopped before the error is thrown, so a failed start-up leaves no consumer pulling.
 */
export async function startSourceConsumers<S extends ConsumedSource, T = unknown>(
  sources: readonly S[],
  o: SourceConsumersSetup,
  per: (
    source: S,
  ) => Omit<ConsumerOptions<T>, 'js' | 'stream' | 'em' | 'logger' | 'durable' | 'filterSubject' | 'accepts'>,
): Promise<ConsumerHandle[]> {
  const handles: ConsumerHandle[] = [];
  try {
    for (const source of sources) {
      handles.push(
        await startConsumer<T>({
          js: o.js,
          stream: o.stream,
          em: o.em,
          logger: o.logger,
          durable: source.durable,
          // Validated against the producer's catalogue before they reach the handler; what does not fit is parked.
          accepts: source.accepts,
          filterSubject: filterSubject({ type: source.types, prefix: o.prefix }),
          ...per(source),
        }),
      );
    }
  } catch (err) {
    await Promise.all(handles.map((h) => h.stop()));
    throw err;
  }
  return handles;
}
