// `npm run migrate -w @anze/projects [-- --create name]`: see runMigrateCommand.
import { runMigrateCommand } from '@anze/orm';
import { projectsOrm } from './orm.ts';

await runMigrateCommand('projects', projectsOrm);
