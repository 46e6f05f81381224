// A deadline per domain object (复审期限, 理赔决定期限 …) on one queue: the job names the object by its id, is scheduled
// in the caller's transaction at the due moment, keyed by the id and the moment — the same deadline scheduled twice is
// one job, a new deadline (a reopening) another. The handler re-reads the object and acts only if the obligation is
// still open, so extra runs are harmless.
import type { EntityManager } from '@mikro-orm/postgresql';
import { startScheduler, type Scheduler, type SchedulerLogger } from './scheduler.ts';

export interface DeadlineQueueOptions {
  databaseUrl: string;
  logger?: SchedulerLogger;
  pollingIntervalSeconds?: number;
  /** Queue name, e.g. `claims.decision-deadline`. */
  queue: string;
  /** The field of the job's data that holds the id (`claimId`), and the key's prefix (`decision`). */
  idField: string;
  keyPrefix: string;
  /** Runs when the deadline of `id` is due (perhaps more than once). */
  onDue: (id: string) => Promise<unknown>;
}

export interface DeadlineQueue {
  scheduler: Scheduler<Record<string, (data: Record<string, string>) => Promise<void>>>;
  /** Schedules the deadline of `id` at `dueAt` inside the transaction `em` is in. */
  schedule(em: EntityManager, id: string, dueAt: Date): Promise<void>;
}

export async function startDeadlineQueue(o: DeadlineQueueOptions): Promise<DeadlineQueue> {
  const scheduler = await startScheduler({
    databaseUrl: o.databaseUrl,
    logger: o.logger,
    pollingIntervalSeconds: o.pollingIntervalSeconds,
    queues: {
      [o.queue]: async (data: Record<string, string>) => void (await o.onDue(data[o.idField]!)),
    },
  });
  return {
    scheduler,
    async schedule(em, id, dueAt) {
      await scheduler.schedule(
        em,
        o.queue,
        { [o.idField]: id },
        { startAfter: dueAt, key: `${o.keyPrefix}:${id}:${dueAt.toISOString()}` },
      );
    },
  };
}
