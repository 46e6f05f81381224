// `npm run migrate -w @anze/documents [-- --create name]`: see runMigrateCommand.
import { runMigrateCommand } from '@anze/orm';
import { documentsOrm } from './orm.ts';

await runMigrateCommand('documents', documentsOrm);
