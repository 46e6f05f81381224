import { stopOnSignals } from '@anze/server-kit';
import { loadConfig } from './config.ts';
import { startIdentity } from './app.ts';

stopOnSignals(await startIdentity(loadConfig()));
