// What every subgraph reads from its environment: refusals name the variable, defaults are the local stack's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intFromEnv, loadBaseConfig } from '../src/config.ts';

const SECRET = { GATEWAY_SECRET: 'kit-test-gateway-secret-0123456789' };

test('without GATEWAY_SECRET a subgraph does not start', () => {
  assert.throws(() => loadBaseConfig('projects', 4002, {}), /GATEWAY_SECRET is required/);
  assert.throws(() => loadBaseConfig('projects', 4002, { GATEWAY_SECRET: '' }), /GATEWAY_SECRET is required/);
});

test('defaults: its port, the local PostgreSQL database anze_<name>, NATS, the platform stream, development', () => {
  const c = loadBaseConfig('prevention-dispatch', 4005, SECRET);
  assert.equal(c.port, 4005);
  assert.equal(c.production, false);
  assert.equal(c.databaseUrl, 'postgres://postgres@127.0.0.1:5432/anze_prevention_dispatch');
  assert.equal(c.natsUrl, 'nats://127.0.0.1:4222');
  assert.equal(c.jwksUrl, 'http://127.0.0.1:4001/.well-known/jwks.json');
  assert.equal(c.eventsStream, 'ANZE_EVENTS');
  assert.equal(c.eventsPrefix, 'anze');
  assert.match(c.dataDir, /\.anze$/);
});

test('the environment overrides every default', () => {
  const c = loadBaseConfig('projects', 4002, {
    ...SECRET,
    PORT: '0',
    NODE_ENV: 'production',
    PROJECTS_DATABASE_URL: 'postgres://db/projects',
    NATS_URL: 'nats://nats:4222',
    AUTH_JWKS_URL: 'http://identity:4001/.well-known/jwks.json',
    EVENTS_STREAM: 'T_STREAM',
    EVENTS_SUBJECT_PREFIX: 'tprefix',
    ANZE_DATA_DIR: '/var/lib/anze',
    REQUEST_DEADLINE_MS: '7000',
    IDEMPOTENCY_RETENTION_SECONDS: '3600',
  });
  assert.deepEqual(c, {
    port: 0,
    production: true,
    databaseUrl: 'postgres://db/projects',
    natsUrl: 'nats://nats:4222',
    gatewaySecret: SECRET.GATEWAY_SECRET,
    dataDir: '/var/lib/anze',
    jwksUrl: 'http://identity:4001/.well-known/jwks.json',
    eventsStream: 'T_STREAM',
    eventsPrefix: 'tprefix',
    requestDeadlineMs: 7000,
    idempotencyRetentionSeconds: 3600,
  });
});

test('integers from the environment: unset or empty is the default, anything but a non-negative integer is refused', () => {
  assert.equal(intFromEnv({}, 'LIMIT', 7), 7);
  assert.equal(intFromEnv({ LIMIT: '' }, 'LIMIT', 7), 7);
  assert.equal(intFromEnv({ LIMIT: '0' }, 'LIMIT', 7), 0);
  assert.equal(intFromEnv({ LIMIT: '250' }, 'LIMIT', 7), 250);
  for (const raw of ['-1', '1.5', 'abc', '10ms'])
    assert.throws(() => intFromEnv({ LIMIT: raw }, 'LIMIT', 7), /LIMIT must be a non-negative integer/, raw);
  assert.throws(() => loadBaseConfig('projects', 4002, { ...SECRET, PORT: 'http' }), /PORT must be/);
});
