import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { backoffMs, errorMessage, silentLogger } from './logger.ts';
import type { EventsLogger } from './logger.ts';
import { OUTBOX_CHANNEL, OutboxMessage } from './outbox.ts';

export interface OutboxRelayOptions {
  /** Root (or any) EntityManager of the service; the relay forks it for every batch. */
  em: EntityManager;
  js: JetStreamClient;
  /** Connection string for the LISTEN connection. Without it the relay only polls. */
  databaseUrl?: string;
  /** Rows claimed and published per transaction; all of a batch's publishes are in flight together. */
  batchSize?: number;
  /**
   * The connection `js` publishes on (default: the one `js` was made from). The relay retries at once when it
   * reconnects instead of waiting out its backoff (up to `retryMaxMs`): after an outage the backlog starts
   * draining as soon as NATS is back.
   */
  connection?: NatsConnection;
  /** Poll fallback: notifications can be missed while the LISTEN connection reconnects. */
  pollIntervalMs?: number;
  publishTimeoutMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /**
   * Subject prefix to publish under instead of the one recorded in the outbox (the default `anze`): lets a
   * deployment — or a test — keep its events apart on a shared NATS server.
   */
  prefix?: string;
  logger?: EventsLogger;
}

export interface OutboxRelayStats {
  running: boolean;
  published: number;
  failedAttempts: number;
  consecutiveFailures: number;
  lastPublishedAt: Date | null;
  lastError: string | null;
  listening: boolean;
}

/**
 * Moves committed outbox rows to JetStream. Rows are claimed with FOR UPDATE SKIP LOCKED, so several replicas can
 * run side by side; each row is published with msgID = event id, so a row published twice (a lost ack, a crash
 * between publish and commit) is stored once. Rows are only marked published after JetStream acknowledged them:
 * while NATS is down they stay in the outbox and are retried with backoff.
 */
export class OutboxRelay {
  readonly #em: EntityManager;
  readonly #js: JetStreamClient;
  readonly #databaseUrl: string | undefined;
  readonly #batchSize: number;
  readonly #pollIntervalMs: number;
  readonly #publishTimeoutMs: number;
  readonly #retryBaseMs: number;
  readonly #retryMaxMs: number;
  readonly #log: EventsLogger;
  readonly #prefix: string | undefined;
  readonly #connection: NatsConnection | undefined;

  #running = false;
  #statusWatch: { stop(): void } | null = null;
  #reconnects = 0;
  #loop: Promise<void> | null = null;
  #sleeper: { wake: () => void; onNotify: boolean } | null = null;
  #notified = false;
  #listener: pg.Client | null = null;
  #listenRetry: NodeJS.Timeout | null = null;
  #stats: OutboxRelayStats = {
    running: false,
    published: 0,
    failedAttempts: 0,
    consecutiveFailures: 0,
    lastPublishedAt: null,
    lastError: null,
    listening: false,
  };

  constructor(options: OutboxRelayOptions) {
    this.#em = options.em;
    this.#js = options.js;
    this.#databaseUrl = options.databaseUrl;
    this.#batchSize = options.batchSize ?? 500;
    this.#pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.#publishTimeoutMs = options.publishTimeoutMs ?? 5000;
    this.#retryBaseMs = options.retryBaseMs ?? 500;
    this.#retryMaxMs = options.retryMaxMs ?? 30_000;
    this.#log = options.logger ?? silentLogger;
    this.#prefix = options.prefix;
    // JetStreamClientImpl carries its connection; an explicit one wins.
    this.#connection = options.connection ?? (options.js as unknown as { nc?: NatsConnection }).nc;
  }

  #subject(recorded: string): string {
    return this.#prefix ? `${this.#prefix}${recorded.slice(recorded.indexOf('.'))}` : recorded;
  }

  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#stats.running = true;
    if (this.#databaseUrl) await this.#listen();
    this.#watchReconnects();
    this.#loop = this.#run();
  }

  /** Stops after the in-flight batch has been published and marked, so no claimed row is left half done. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#stats.running = false;
    this.#sleeper?.wake();
    this.#statusWatch?.stop();
    this.#statusWatch = null;
    await this.#loop;
    this.#loop = null;
    if (this.#listenRetry) clearTimeout(this.#listenRetry);
    const listener = this.#listener;
    this.#listener = null;
    this.#stats.listening = false;
    await listener?.end().catch(() => {});
  }

  stats(): OutboxRelayStats {
    return { ...this.#stats };
  }

  /** Unpublished rows: the relay's backlog, for /readyz and alerts. */
  async pending(): Promise<number> {
    return this.#em.fork().count(OutboxMessage, { publishedAt: null });
  }

  /** Deletes rows published more than `olderThanDays` ago; the stream and consumers no longer need them. */
  async cleanup(olderThanDays: number): Promise<number> {
    const cutoff = new Date(Date.now() - olderThanDays * 24 * 3600 * 1000);
    return this.#em.fork().nativeDelete(OutboxMessage, { publishedAt: { $lt: cutoff } });
  }

  /** Publishes everything currently committed; returns how many rows were published. Used by start() and tests. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, published } = await this.#publishBatch();
      total += published;
      if (published < claimed) throw new Error(this.#stats.lastError ?? 'publish failed');
      if (claimed < this.#batchSize) return total;
    }
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let delay = this.#pollIntervalMs;
      const reconnects = this.#reconnects;
      try {
        this.#notified = false;
        await this.drain();
        this.#stats.consecutiveFailures = 0;
      } catch (err) {
        this.#stats.consecutiveFailures++;
        this.#stats.lastError = errorMessage(err);
        delay = backoffMs(this.#stats.consecutiveFailures, this.#retryBaseMs, this.#retryMaxMs);
        // NATS came back while this attempt was failing (its publishes timing out): retry now, not after backoff.
        if (this.#reconnects !== reconnects) delay = 0;
        this.#log.warn('outbox relay: publish failed, will retry', {
          error: this.#stats.lastError,
          consecutiveFailures: this.#stats.consecutiveFailures,
          retryInMs: delay,
        });
      }
      // After a failure only the backoff timer wakes us: a notification means new rows, not that NATS is back.
      if (this.#running) await this.#sleep(delay, this.#stats.consecutiveFailures === 0);
    }
  }

  async #publishBatch(): Promise<{ claimed: number; published: number }> {
    const now = new Date();
    const result = await (this.#em.fork() as SqlEntityManager).transactional(async (em) => {
      // The row locks are held until the batch is marked, which keeps other replicas off these rows meanwhile.
      // Plain SQL, payload as text: at catch-up rates entity hydration and JSON parse + re-stringify of every
      // payload cost more than the publishing itself. No sort: the rows must come in index order. After a burst
      // of inserts (a backlog written while NATS was away, before autovacuum has analysed the table) the planner
      // believes a handful of rows are unpublished and picks bitmap scan + sort of ALL of them, for every batch
      // (100 ms per batch at 20,000 rows, growing with the backlog); the index scan takes ~2 ms.
      await em.execute('set local enable_sort = off', [], 'run');
      const rows = await em.execute<Array<{ id: string; subject: string; payload: string }>>(
        `select id, subject, payload::text as payload from outbox where published_at is null
         order by created_at, id limit ? for update skip locked`,
        [this.#batchSize],
        'all',
      );
      // Published in outbox order on one connection, so the stream stores them in that order; acks awaited together.
      const results = await Promise.allSettled(
        rows.map((row) =>
          this.#js.publish(this.#subject(row.subject), row.payload, {
            msgID: row.id,
            timeout: this.#publishTimeoutMs,
          }),
        ),
      );
      const published: string[] = [];
      const failed = new Map<string, string[]>();
      results.forEach((outcome, i) => {
        const id = rows[i]!.id;
        if (outcome.status === 'fulfilled') published.push(id);
        else {
          const error = errorMessage(outcome.reason).slice(0, 2000);
          const list = failed.get(error);
          if (list) list.push(id);
          else failed.set(error, [id]);
        }
      });
      const ids = (list: string[]) => list.map(() => '?').join(', ');
      if (published.length) {
        await em.execute(
          `update outbox set published_at = ?, attempts = attempts + 1, last_error = null where id in (${ids(published)})`,
          [now, ...published],
          'run',
        );
      }
      for (const [error, list] of failed) {
        await em.execute(
          `update outbox set attempts = attempts + 1, last_error = ? where id in (${ids(list)})`,
          [error, ...list],
          'run',
        );
      }
      return {
        claimed: rows.length,
        published: published.length,
        lastError: [...failed.keys()].at(-1) ?? null,
      };
    });
    // Counted after commit, so stats never run ahead of what the table says.
    this.#stats.failedAttempts += result.claimed - result.published;
    if (result.lastError) this.#stats.lastError = result.lastError;
    if (result.published > 0) {
      this.#stats.published += result.published;
      this.#stats.lastPublishedAt = now;
    }
    return result;
  }

  /** A reconnect ends the backoff: what failed while NATS was away can be published now. */
  #watchReconnects(): void {
    if (!this.#connection) return;
    const statuses = this.#connection.status()[Symbol.asyncIterator]();
    this.#statusWatch = { stop: () => void statuses.return?.() };
    void (async () => {
      for (;;) {
        const next = await statuses.next();
        if (next.done || !this.#running) return;
        if (next.value.type !== 'reconnect') continue;
        this.#reconnects++;
        this.#sleeper?.wake();
      }
    })().catch(() => {});
  }

  #sleep(ms: number, wakeOnNotify: boolean): Promise<void> {
    if (wakeOnNotify && this.#notified) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleeper = null;
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#sleeper = { wake, onNotify: wakeOnNotify };
    });
  }

  #onNotify(): void {
    this.#notified = true;
    if (this.#sleeper?.onNotify) this.#sleeper.wake();
  }

  async #listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.#databaseUrl });
    // Without an 'error' listener a dropped connection would crash the process; we reconnect instead.
    client.on('error', (err) => this.#onListenerLost(client, err));
    client.on('end', () => this.#onListenerLost(client, new Error('LISTEN connection ended')));
    client.on('notification', () => this.#onNotify());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.#listener = client;
      this.#stats.listening = true;
      // Rows committed while we were not listening are picked up by the next poll or this wake-up.
      this.#onNotify();
    } catch (err) {
      this.#onListenerLost(client, err);
    }
  }

  #onListenerLost(client: pg.Client, err: unknown): void {
    if (this.#listener && this.#listener !== client) return;
    this.#listener = null;
    this.#stats.listening = false;
    client.end().catch(() => {});
    if (!this.#running || this.#listenRetry) return;
    this.#log.warn('outbox relay: LISTEN connection lost, polling until it is back', {
      error: errorMessage(err),
    });
    this.#listenRetry = setTimeout(() => {
      this.#listenRetry = null;
      if (this.#running) void this.#listen();
    }, 5000);
  }
}
