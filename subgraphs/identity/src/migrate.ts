// `npm run migrate -w @anze/identity [-- --create name]`: see runMigrateCommand.
import { runMigrateCommand } from '@anze/orm';
import { identityOrm } from './orm.ts';

await runMigrateCommand('identity', identityOrm);
