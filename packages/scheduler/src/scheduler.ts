// Durable deadlines and reminders on pg-boss: a job is a row in the subgraph's own database, inserted in the caller's
// transaction, fetched with SKIP LOCKED by whichever replica polls first. No timer lives only in one process.
import { randomUUID } from 'node:crypto';
import { PgBoss, fromKysely, type Db, type JobWithMetadata, type QueueOptions } from 'pg-boss';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What a handler learns about the job besides its data. */
export interface JobContext {
  id: string;
  queue: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  /** Aborted when the job is given up on under the handler: stop() ran out of time, or the job expired. */
  signal: AbortSignal;
}

/**
 * Runs a job. May run more than once for one job (a retry after a failure, a replica that died after the work but
 * before the completion was recorded), so it must be idempotent: check the domain state before acting on it.
 */
export type Handler<T extends object = object> = (data: T, job: JobContext) => Promise<void>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Queues = Record<string, Handler<any>>;

/** The data type a queue's handler takes. */
export type JobData<H> = H extends Handler<infer T> ? T : never;

/** The few log calls this package makes; pass the service's logger or nothing. */
export interface SchedulerLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface RetryPolicy {
  /** Retries after the first failure (default 10). */
  limit?: number;
  /** First delay in seconds; doubled each retry, with jitter (default 5). */
  delaySeconds?: number;
  /** Longest delay between two runs in seconds (default 900). */
  maxDelaySeconds?: number;
}

export interface SchedulerOptions<Q extends Queues> {
  /** The subgraph's own database: the jobs live beside the rows they are about. */
  databaseUrl: string;
  /** PostgreSQL schema pg-boss installs into and migrates on start (default `pgboss`). */
  schema?: string;
  /** Queue name → handler. Names: letters, digits, `_ - . /` (e.g. `underwriting.review-deadline`). */
  queues: Q;
  logger?: SchedulerLogger;
  /** How often each queue is polled for due jobs (default 2 s; pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  retry?: RetryPolicy;
}

export interface ScheduleOptions {
  /** Not before this moment. */
  startAfter: Date;
  /**
   * Makes scheduling idempotent per queue: while a job with this key is pending (not started yet), scheduling the
   * same key again adds nothing and returns null. E.g. `review:<applicationId>:<round>`.
   */
  key?: string;
}

export interface Scheduler<Q extends Queues> {
  /**
   * Schedules `data` for the queue's handler, inside the transaction `em` is in: the job exists if and only if that
   * transaction commits. Returns the job's id, or null when a job with the same key is already pending.
   */
  schedule<N extends keyof Q & string>(
    em: EntityManager,
    queue: N,
    data: JobData<Q[N]>,
    options: ScheduleOptions,
  ): Promise<string | null>;
  /**
   * Withdraws the pending jobs with this key, inside the transaction `em` is in; returns how many. A run that has
   * already started is not interrupted: its handler finds the changed domain state.
   */
  cancel(em: EntityManager, queue: keyof Q & string, key: string): Promise<number>;
  /**
   * Stops polling and waits for running handlers, at most `timeoutMs` (default 10 s, at least 1 s). A handler still
   * running then has its job failed (it is retried by another replica) and its signal aborted.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * `short`: at most one job per key in state `created` (pending, deferred included), enforced by a unique index; a
 * second send of the key is skipped by ON CONFLICT DO NOTHING. A job that has started (active) or is waiting for a
 * retry no longer holds its key, so a deadline cancelled and scheduled anew while the old run is under way is kept.
 * `exclusive` would drop it; `stately` bypasses retries; `standard` does not de-duplicate at all.
 */
const POLICY = 'short';
/**
 * Workers per queue and replica, each fetching one job at a time: a job is settled the moment its handler returns,
 * so a stuck handler holds back no other job (in a batch, its completion would wait for the slowest of the batch).
 */
const WORKERS_PER_QUEUE = 2;
/** A backlog above this (e.g. after an outage; from pg-boss's queue stats, refreshed every minute) is fetched without pauses. */
const BURST_WHEN_READY_EXCEEDS = 10;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;
const silentLogger: SchedulerLogger = { info() {}, warn() {}, error() {} };

/** Installs or migrates pg-boss's schema, creates the queues and starts polling them. */
export async function startScheduler<Q extends Queues>(options: SchedulerOptions<Q>): Promise<Scheduler<Q>> {
  const log = options.logger ?? silentLogger;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  if (!(pollingIntervalSeconds >= 0.5)) throw new RangeError('pollingIntervalSeconds must be at least 0.5');
  const jobOptions = queueOptions(options.retry);
  const names = new Set(Object.keys(options.queues));

  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: options.schema ?? 'pgboss',
    // Polling and maintenance only; the jobs' inserts go through the callers' own transactions.
    max: 4,
    // No cron schedules: this package offers deadlines at a moment, not recurrences.
    schedule: false,
  });
  // An `error` event nobody listens to would throw out of the emitter and end the process.
  boss.on('error', (err) => log.error('scheduler: pg-boss error', { err: errorMessage(err) }));
  boss.on('warning', (w) => log.warn('scheduler: pg-boss warning', { message: w.message, data: w.data }));

  try {
    await boss.start();
    for (const [queue, handler] of Object.entries(options.queues)) {
      await boss.createQueue(queue, { policy: POLICY, ...jobOptions });
      const created = await boss.getQueue(queue);
      // createQueue leaves an existing queue as it is: one made with another policy would not de-duplicate keys.
      if (created?.policy !== POLICY)
        throw new Error(`scheduler: queue ${queue} has policy ${created?.policy}, expected ${POLICY}`);
      await boss.work(
        queue,
        {
          batchSize: 1,
          localConcurrency: WORKERS_PER_QUEUE,
          burstWhenReadyExceeds: BURST_WHEN_READY_EXCEEDS,
          pollingIntervalSeconds,
          includeMetadata: true,
        },
        ([job]) => run(queue, handler, job!, log),
      );
    }
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw err;
  }
  log.info('scheduler: started', { queues: [...names], pollingIntervalSeconds });

  const known = (queue: string) => {
    if (!names.has(queue)) throw new Error(`scheduler: unknown queue ${queue}`);
  };

  return {
    async schedule(em, queue, data, { startAfter, key }) {
      known(queue);
      if (!(startAfter instanceof Date) || Number.isNaN(startAfter.getTime()))
        throw new TypeError('scheduler: startAfter must be a valid Date');
      const id = randomUUID();
      return boss.send(queue, data, {
        ...jobOptions,
        id,
        startAfter,
        // Every job has a key: under the `short` policy, jobs without one would all share the empty key.
        singletonKey: key ?? id,
        db: transactionOf(em),
      });
    },

    async cancel(em, queue, key) {
      known(queue);
      const db = transactionOf(em);
      const pending = await boss.findJobs(queue, { key, queued: true, db });
      if (pending.length === 0) return 0;
      const result = await boss.cancel(
        queue,
        pending.map((j) => j.id),
        { db },
      );
      // CommandResponse is declared empty in 12.38's types; at run time it carries the count of jobs changed.
      return (result as { affected?: number }).affected ?? 0;
    },

    async stop({ timeoutMs = DEFAULT_STOP_TIMEOUT_MS } = {}) {
      await boss.stop({ graceful: true, timeout: timeoutMs });
      log.info('scheduler: stopped');
    },
  };
}

/** Runs the handler; a failure is logged and thrown back to pg-boss, which retries the job or marks it failed. */
async function run(queue: string, handler: Handler, job: JobWithMetadata<unknown>, log: SchedulerLogger) {
  const attempt = job.retryCount + 1;
  try {
    await handler(job.data as object, { id: job.id, queue, attempt, signal: job.signal });
  } catch (err) {
    const last = job.retryCount >= job.retryLimit;
    const fields = { queue, jobId: job.id, attempt, retryLimit: job.retryLimit, err: errorMessage(err) };
    if (last) log.error('scheduler: job failed, no retries left', fields);
    else log.warn('scheduler: job failed, will retry', fields);
    throw err;
  }
}

/** pg-boss statements run on the connection of the caller's open transaction (MikroORM 7: a Kysely transaction). */
function transactionOf(em: EntityManager): Db {
  const trx = em.getTransactionContext<Parameters<typeof fromKysely>[0]>();
  // Outside a transaction the job would commit on its own, whatever became of the caller's work.
  if (!trx) throw new Error('scheduler: schedule and cancel need an EntityManager inside a transaction');
  return fromKysely(trx);
}

function queueOptions(retry: RetryPolicy = {}): QueueOptions {
  return {
    retryLimit: retry.limit ?? 10,
    retryDelay: retry.delaySeconds ?? 5,
    retryBackoff: true,
    retryDelayMax: retry.maxDelaySeconds ?? 900,
    // A replica that died while running a job leaves it active; after this it is retried elsewhere.
    expireInSeconds: 300,
    // Counted from startAfter: a due job nobody ran for this long (every replica down) is deleted, not run.
    retentionSeconds: 30 * 24 * 3600,
  };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
