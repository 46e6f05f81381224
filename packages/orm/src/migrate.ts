// Migrations are committed and applied by an explicit command, never silently at start-up.
import type { MikroORM } from '@mikro-orm/postgresql';

export async function applyMigrations(orm: MikroORM): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.migrator.getPending()).map((m) => m.name);
}

/** Writes a new migration from the difference between the entities and the last snapshot. */
export async function createMigration(orm: MikroORM, name?: string): Promise<string | null> {
  const result = await orm.migrator.create(undefined, false, false, name);
  return result.diff.up.length ? result.fileName : null;
}

/** SQL that would still be needed to bring the database to the entities: empty when migrations are complete. */
export async function schemaDrift(orm: MikroORM): Promise<string> {
  return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
}
