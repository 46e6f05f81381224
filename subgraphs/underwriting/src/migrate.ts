// `npm run migrate -w @anze/underwriting [-- --create name]`: see runMigrateCommand.
import { runMigrations } from '@anze/server-kit';
import manifest from './manifest.ts';

await runMigrations(manifest);
