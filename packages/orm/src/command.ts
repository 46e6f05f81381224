// The `migrate` command of every subgraph: `npm run migrate -w @anze/<name>` creates the database if needed and
// applies the committed migrations; `-- --create [name]` writes a new migration from the entity changes.
import type { MikroORM } from '@mikro-orm/postgresql';
import { databaseUrlFor, ensureDatabase } from './database.ts';
import { applyMigrations, createMigration } from './migrate.ts';

export async function runMigrateCommand(
  subgraph: string,
  createOrm: (url: string) => Promise<MikroORM>,
  argv: string[] = process.argv,
): Promise<void> {
  const url = databaseUrlFor(subgraph);
  await ensureDatabase(url);
  const orm = await createOrm(url);
  try {
    if (argv.includes('--create')) {
      const file = await createMigration(orm, argv[argv.indexOf('--create') + 1]);
      console.log(file ? `created ${file}` : 'no changes');
    } else {
      const applied = await applyMigrations(orm);
      console.log(
        applied.length ? `${subgraph}: applied ${applied.join(', ')}` : `${subgraph}: database is up to date`,
      );
    }
  } finally {
    await orm.close();
  }
}
