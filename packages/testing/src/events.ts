// A JetStream stream and subject prefix of a test's own: the machine's NATS is shared by every test (and by earlier
// runs), and consumers must see exactly the events of the platform under test.
import { randomBytes } from 'node:crypto';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { NATS_URL } from './services.ts';

export interface TestEventStream {
  stream: string;
  prefix: string;
  /** EVENTS_STREAM and EVENTS_SUBJECT_PREFIX for the services' configuration. */
  env: { EVENTS_STREAM: string; EVENTS_SUBJECT_PREFIX: string };
  /** Deletes the stream (if any service created it). */
  delete(): Promise<void>;
}

export function testEventStream(label: string, natsUrl = NATS_URL): TestEventStream {
  const tag = randomBytes(4).toString('hex');
  const stream = `T_${label.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${tag}`;
  const prefix = `t${label.toLowerCase().replace(/[^a-z0-9]/g, '')}${tag}`;
  return {
    stream,
    prefix,
    env: { EVENTS_STREAM: stream, EVENTS_SUBJECT_PREFIX: prefix },
    async delete() {
      const nc = await connect({ servers: natsUrl });
      try {
        await (await jetstreamManager(nc)).streams.delete(stream);
      } catch {
        // never created
      } finally {
        await nc.close();
      }
    },
  };
}
