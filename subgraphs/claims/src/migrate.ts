// `npm run migrate -w @anze/claims [-- --create name]`: see runMigrateCommand.
import { runMigrations } from '@anze/server-kit';
import manifest from './manifest.ts';

await runMigrations(manifest);
