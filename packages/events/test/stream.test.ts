import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StorageType } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { ensureStream } from '../src/subjects.ts';
import { createTestStream } from './support.ts';

// CONTEXT: every service calls ensureStream at start-up; repeated and concurrent calls must neither fail nor
// reset the stream, and a changed retention must be applied to the existing stream.
test('ensureStream is idempotent and updates retention in place', async () => {
  const nats = await createTestStream();
  try {
    const options = { name: nats.stream, prefix: nats.prefix, maxAgeMs: 24 * 3600 * 1000 };
    await nats.js.publish(`${nats.prefix}.00.0000.000000.a.b.c`, '{}');
    const [a, b] = await Promise.all([ensureStream(nats.jsm, options), ensureStream(nats.jsm, options)]);
    assert.equal(a.config.storage, StorageType.File);
    assert.deepEqual(a.config.subjects, [`${nats.prefix}.>`]);
    assert.equal(b.config.max_age, nanos(24 * 3600 * 1000));
    const updated = await ensureStream(nats.jsm, { ...options, maxAgeMs: 2 * 24 * 3600 * 1000 });
    assert.equal(updated.config.max_age, nanos(2 * 24 * 3600 * 1000));
    assert.equal(updated.state.messages, 1, 'stream kept its messages');
  } finally {
    await nats.close();
  }
});
