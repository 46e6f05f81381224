// `npm run migrate -w @anze/analytics [-- --create name]`: see runMigrateCommand.
import { runMigrateCommand } from '@anze/orm';
import { analyticsOrm } from './orm.ts';

await runMigrateCommand('analytics', analyticsOrm);
