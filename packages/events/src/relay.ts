import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import type { JetStreamClient } from '@nats-io/jetstream';
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
  /** Poll fallback: notifications can be missed while the LISTEN connection reconnects. */
  pollIntervalMs?: number;
  publishTimeoutMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
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

  #running = false;
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
    this.#batchSize = options.batchSize ?? 200;
    this.#pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.#publishTimeoutMs = options.publishTimeoutMs ?? 5000;
    this.#retryBaseMs = options.retryBaseMs ?? 500;
    this.#retryMaxMs = options.retryMaxMs ?? 30_000;
    this.#log = options.logger ?? silentLogger;
  }

  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#stats.running = true;
    if (this.#databaseUrl) await this.#listen();
    this.#loop = this.#run();
  }

  /** Stops after the in-flight batch has been published and marked, so no claimed row is left half done. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#stats.running = false;
    this.#sleeper?.wake();
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
      try {
        this.#notified = false;
        await this.drain();
        this.#stats.consecutiveFailures = 0;
      } catch (err) {
        this.#stats.consecutiveFailures++;
        this.#stats.lastError = errorMessage(err);
        delay = backoffMs(this.#stats.consecutiveFailures, this.#retryBaseMs, this.#retryMaxMs);
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
    const result = await this.#em.fork().transactional(async (em) => {
      // The row locks are held until the batch is marked, which keeps other replicas off these rows meanwhile.
      const rows = await em.find(
        OutboxMessage,
        { publishedAt: null },
        {
          orderBy: { createdAt: 'asc', id: 'asc' },
          limit: this.#batchSize,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      const results = await Promise.allSettled(
        rows.map((row) =>
          this.#js.publish(row.subject, JSON.stringify(row.payload), {
            msgID: row.id,
            timeout: this.#publishTimeoutMs,
          }),
        ),
      );
      let published = 0;
      let lastError: string | null = null;
      results.forEach((outcome, i) => {
        const row = rows[i]!;
        row.attempts++;
        if (outcome.status === 'fulfilled') {
          row.publishedAt = now;
          row.lastError = null;
          published++;
        } else {
          row.lastError = lastError = errorMessage(outcome.reason).slice(0, 2000);
        }
      });
      return { claimed: rows.length, published, lastError };
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
