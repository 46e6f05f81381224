// `npm run migrate -w @anze/identity`: creates the database if needed and applies committed migrations.
// `npm run migrate -w @anze/identity -- --create [name]` writes a new migration from the entity changes.
import { applyMigrations, createMigration, ensureDatabase } from '@anze/orm';
import { databaseUrlFor } from '@anze/orm';
import { identityOrm } from './orm.ts';

const url = databaseUrlFor('identity');
await ensureDatabase(url);
const orm = await identityOrm(url);
try {
  if (process.argv.includes('--create')) {
    const name = process.argv[process.argv.indexOf('--create') + 1];
    const file = await createMigration(orm, name);
    console.log(file ? `created ${file}` : 'no changes');
  } else {
    const applied = await applyMigrations(orm);
    console.log(
      applied.length ? `identity: applied ${applied.join(', ')}` : 'identity: database is up to date',
    );
  }
} finally {
  await orm.close();
}
