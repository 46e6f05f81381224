import { stopOnSignals } from '@anze/server-kit';
import { loadConfig } from './config.ts';
import { startAnalytics } from './app.ts';

stopOnSignals(await startAnalytics(loadConfig()));
