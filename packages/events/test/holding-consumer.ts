// A consumer process that takes events and never finishes applying them: killed by the test, it stands for a
// service that died holding delivered, unacknowledged events. Argv: database URL, stream, durable, filter subject.
import { MikroORM } from '@mikro-orm/postgresql';
import { connect } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { startConsumer } from '../src/consumer.ts';
import { eventEntities } from '../src/outbox.ts';
import { ACCEPTS, NATS_URL, Organisation, Registrations } from './support.ts';

const [databaseUrl, stream, durable, filterSubject, ackWaitMs] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const orm = await MikroORM.init({
  entities: [...eventEntities, Organisation, Registrations],
  clientUrl: databaseUrl,
});
const nc = await connect({ servers: NATS_URL });
await startConsumer({
  js: jetstream(nc),
  stream,
  durable,
  accepts: ACCEPTS,
  filterSubject,
  em: orm.em,
  ackWaitMs: Number(ackWaitMs),
  handler: () => {
    process.stdout.write('held\n');
    return new Promise<void>(() => {});
  },
});
