// A fresh database per test file with one table of the caller's own, and a handler that records its runs.
import { MikroORM, defineEntity, ormConfig, p } from '@anze/orm';
import { createTestDatabase } from '@anze/testing/database';
import type { JobContext, SchedulerLogger } from '../src/index.ts';

export { waitFor } from '@anze/testing/wait';

/** The caller's own row, written in the same transaction as the job. */
export const Note = defineEntity({
  name: 'Note',
  tableName: 'note',
  properties: { id: p.uuid().primary(), text: p.string() },
});

export interface TestDatabase {
  url: string;
  orm: MikroORM;
  /** Jobs of a queue in pg-boss's table, as a reader of the database sees them. */
  jobs(queue: string): Promise<Array<{ state: string; data: Record<string, unknown>; retryCount: number }>>;
  close(): Promise<void>;
}

export async function testDatabase(label: string): Promise<TestDatabase> {
  const db = await createTestDatabase(`sched_${label}`);
  const orm = await MikroORM.init(
    ormConfig({ subgraph: 'scheduler', clientUrl: db.url, entities: [Note], migrationsPath: '/nonexistent' }),
  );
  await orm.schema.create();
  return {
    url: db.url,
    orm,
    jobs: (queue) =>
      orm.em
        .fork()
        .execute(
          'select state, data, retry_count as "retryCount" from pgboss.job where name = ? order by created_on',
          [queue],
        ),
    async close() {
      await orm.close(true);
      await db.drop();
    },
  };
}

export interface Run<T> {
  data: T;
  job: JobContext;
  at: number;
}

/** A handler that records each run, and what it does besides (throw, wait). */
export function recorder<T extends object>(
  behaviour: (data: T, job: JobContext) => Promise<void> = async () => {},
) {
  const runs: Run<T>[] = [];
  return {
    runs,
    handler: async (data: T, job: JobContext) => {
      runs.push({ data, job, at: Date.now() });
      await behaviour(data, job);
    },
  };
}

export function capturingLogger() {
  const lines: Array<{
    level: 'info' | 'warn' | 'error';
    message: string;
    fields?: Record<string, unknown>;
  }> = [];
  const logger: SchedulerLogger = {
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  };
  return { lines, logger };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const inMs = (ms: number) => new Date(Date.now() + ms);
