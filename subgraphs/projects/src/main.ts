import { stopOnSignals } from '@anze/server-kit';
import { loadConfig } from './config.ts';
import { startProjects } from './app.ts';

stopOnSignals(await startProjects(loadConfig()));
