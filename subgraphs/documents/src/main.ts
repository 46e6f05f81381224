import { stopOnSignals } from '@anze/server-kit';
import { loadConfig } from './config.ts';
import { startDocuments } from './app.ts';

stopOnSignals(await startDocuments(loadConfig()));
