// One MikroORM instance per subgraph process, configured the same way everywhere.
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntitySchema } from '@mikro-orm/core';
import { deadlineSubscriber } from './deadline.ts';
import { IdempotencyRecord } from './idempotency.ts';

export interface OrmOptions {
  /** Subgraph name; also the default database name suffix. */
  subgraph: string;
  clientUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntitySchema<any, any>[];
  /** Absolute path of the committed migrations folder (`src/migrations`). */
  migrationsPath: string;
  poolMax?: number;
  debug?: boolean;
}

export function ormConfig(o: OrmOptions): Options {
  return {
    clientUrl: o.clientUrl,
    // Every subgraph keeps the idempotency keys of its writes (idempotency.ts): its migrations create the table.
    entities: [...o.entities, IdempotencyRecord],
    extensions: [Migrator],
    // A request's deadline (withDeadline) holds for every transaction it starts: see deadline.ts.
    subscribers: [deadlineSubscriber],
    preferTs: true,
    // Entities are defined with defineEntity: no reflection or folder discovery needed.
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: o.poolMax ?? 10 },
    debug: o.debug ?? false,
    // Each request forks its own EntityManager explicitly (see context); the global one must never be used.
    allowGlobalContext: false,
    migrations: {
      path: o.migrationsPath,
      pathTs: o.migrationsPath,
      glob: '!(*.d).ts',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot',
      silent: true,
    },
  };
}

export async function createOrm(o: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(o));
}

export type { MikroORM };
