// A request's deadline, enforced at COMMIT. The gateway gives up on a subgraph after its upstream timeout; a request
// that then went on and committed (PostgreSQL frozen for 10 s, then thawed) saved data its caller was told had not
// been saved. Work that runs inside `withDeadline` cannot commit after the deadline: the transaction is rolled back
// and DeadlineExceeded thrown. Statements in it are bounded by the time left, too (statement_timeout), so a slow
// query ends instead of holding its connection.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';

const deadlines = new AsyncLocalStorage<number>();

export class DeadlineExceeded extends Error {
  readonly deadline: number;
  constructor(deadline: number) {
    super(`request deadline passed ${Date.now() - deadline} ms ago: the transaction was rolled back`);
    this.name = 'DeadlineExceeded';
    this.deadline = deadline;
  }
}

/** Runs `fn` with a deadline (epoch ms) that every transaction it starts must commit before. */
export function withDeadline<T>(deadline: number, fn: () => Promise<T>): Promise<T> {
  return deadlines.run(deadline, fn);
}

/** The deadline of the running request, if any. */
export function currentDeadline(): number | undefined {
  return deadlines.getStore();
}

/** Registered on every ORM (ormConfig): checks the deadline when a transaction starts and before it commits. */
export const deadlineSubscriber: EventSubscriber = {
  async afterTransactionStart(args: TransactionEventArgs) {
    const deadline = currentDeadline();
    if (deadline === undefined || !args.transaction) return;
    const left = deadline - Date.now();
    if (left <= 0) throw new DeadlineExceeded(deadline);
    await args.em
      .getConnection()
      .execute(`set local statement_timeout = ${Math.ceil(left)}`, [], 'run', args.transaction);
  },
  beforeTransactionCommit() {
    const deadline = currentDeadline();
    if (deadline !== undefined && Date.now() >= deadline) throw new DeadlineExceeded(deadline);
  },
};
