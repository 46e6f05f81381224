// `npm run replay -w @anze/analytics`: rebuilds the read models from the event stream (see events/rebuild.ts).
// Safe while the service runs: its consumers wait for the rebuild and then carry on from where the stream is.
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { createLogger } from '@anze/server-kit';
import { databaseUrlFor } from '@anze/orm';
import { analyticsOrm } from './orm.ts';
import { rebuildReadModels } from './events/rebuild.ts';

const env = process.env;
const log = createLogger({ service: 'analytics-replay' });
const orm = await analyticsOrm(databaseUrlFor('analytics', env));
const nc = await connect({ servers: env.NATS_URL || 'nats://127.0.0.1:4222', name: 'analytics-replay' });
try {
  const started = Date.now();
  const result = await rebuildReadModels({
    js: jetstream(nc),
    stream: env.EVENTS_STREAM || 'ANZE_EVENTS',
    prefix: env.EVENTS_SUBJECT_PREFIX || 'anze',
    em: orm.em,
    logger: log,
  });
  log.info('read models rebuilt', { ...result, ms: Date.now() - started });
} finally {
  await nc.drain();
  await orm.close();
}
