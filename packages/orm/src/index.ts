export { createOrm, ormConfig, type OrmOptions } from './orm.ts';
export { applyMigrations, pendingMigrations, createMigration, schemaDrift } from './migrate.ts';
export { EntityLoaders } from './loaders.ts';
export {
  DEFAULT_DATABASE_URL,
  serverUrl,
  databaseUrlFor,
  withDatabase,
  databaseName,
  ensureDatabase,
  dropDatabase,
} from './database.ts';
export { MikroORM, EntityManager } from '@mikro-orm/postgresql';
export { defineEntity, p } from '@mikro-orm/core';
export { runMigrateCommand } from './command.ts';
export { currentDeadline, DeadlineExceeded, withDeadline } from './deadline.ts';
export { insertRows, jsonLiteral } from './bulk.ts';
export {
  IdempotencyRecord,
  claimKey,
  storeAnswer,
  PRUNE_BATCH,
  type IdempotencyClaim,
  type ClaimResult,
} from './idempotency.ts';
