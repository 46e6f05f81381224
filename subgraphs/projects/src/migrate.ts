// `npm run migrate -w @anze/projects [-- --create name]`: see runMigrateCommand.
import { runMigrations } from '@anze/server-kit';
import manifest from './manifest.ts';

await runMigrations(manifest);
