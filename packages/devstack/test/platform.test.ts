// CONTEXT: startPlatform orchestrates real child processes (npm workspaces scripts). The real services are being
// written in parallel, so this runs it against a throw-away npm workspace with tiny HTTP services that follow the
// same contract (migrate/seed/start scripts, /healthz + /readyz, PORT, ANZE_DATA_DIR, SIGTERM), and checks the
// order of things, the environment the children get, crash detection and the ordered shutdown.

import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { prefixedSink } from '../src/log.ts';
import { freePort } from '../src/net.ts';
import { startPlatform } from '../src/platform.ts';
import type { ServiceDef } from '../src/services.ts';

const FAKE_MAIN = `
import { createServer } from 'node:http';
import { appendFileSync, writeFileSync } from 'node:fs';
const name = process.argv[2];
const dir = process.env.ANZE_DATA_DIR;
writeFileSync(dir + '/env-' + name + '.json', JSON.stringify(process.env));
const srv = createServer((req, res) => {
  if (req.url === '/healthz' || req.url === '/readyz') { res.end('ok'); return; }
  if (req.url === '/crash') { res.end('bye'); setTimeout(() => process.exit(3), 10); return; }
  res.statusCode = 404; res.end();
});
srv.listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log(JSON.stringify({ level: 30, time: Date.now(), msg: 'listening', port: Number(process.env.PORT) }));
  console.log(JSON.stringify({ level: 20, time: Date.now(), msg: 'debug noise' }));
});
process.on('SIGTERM', () => {
  appendFileSync(dir + '/stops.log', name + '\\n');
  srv.close(() => process.exit(0));
});
`;

let root: string;
let dataDir: string;
let services: ServiceDef[];

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'anze-fake-repo-'));
  dataDir = join(root, '.anze');
  const ws = (dir: string, name: string, scripts: Record<string, string>) => {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(
      join(root, dir, 'package.json'),
      JSON.stringify({ name, version: '0.0.0', type: 'module', scripts }),
    );
  };
  writeFileSync(join(root, 'main.js'), FAKE_MAIN);
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({
      name: 'fake',
      private: true,
      workspaces: ['subgraphs/*', 'gateway', 'sleepy'],
      type: 'module',
    }),
  );
  const migrate = (n: string) =>
    `node -e "require('fs').appendFileSync(process.env.ANZE_DATA_DIR+'/steps.log','migrate ${n}\\n')"`;
  ws('subgraphs/alpha', '@fake/alpha', {
    start: 'node ../../main.js alpha',
    migrate: migrate('alpha'),
    seed: `node -e "require('fs').appendFileSync(process.env.ANZE_DATA_DIR+'/steps.log','seed alpha\\n');require('fs').writeFileSync(process.env.ANZE_DATA_DIR+'/demo-accounts.json',JSON.stringify([{role:'admin',username:'管理员',password:'x',organisation:{name:'安责险平台'}}]))"`,
  });
  ws('subgraphs/beta', '@fake/beta', { start: 'node ../../main.js beta', migrate: migrate('beta') });
  ws('gateway', '@fake/gateway', { start: 'node ../main.js gateway' });
  ws('sleepy', '@fake/sleepy', { start: 'node -e "setInterval(() => {}, 1000)"' });
  const sg = (name: string, port: number, seed: boolean): ServiceDef => ({
    name,
    package: `@fake/${name}`,
    dir: `subgraphs/${name}`,
    kind: 'subgraph',
    port,
    env: ['PORT', 'DATABASE_URL', 'NATS_URL', 'GATEWAY_SECRET'],
    migrate: true,
    seed,
  });
  services = [
    sg('alpha', await freePort(), true),
    sg('beta', await freePort(), false),
    {
      name: 'gateway',
      package: '@fake/gateway',
      dir: 'gateway',
      kind: 'gateway',
      port: await freePort(),
      env: ['PORT', 'GATEWAY_SECRET'],
      migrate: false,
      seed: false,
    },
  ];
});
after(() => rmSync(root, { recursive: true, force: true }));

test('startPlatform: migrate, seed, subgraphs, gateway; crash detection; ordered stop', async () => {
  const lines: string[] = [];
  const p = await startPlatform({
    root,
    dataDir,
    services,
    databaseUrl: 'postgres://user@127.0.0.1:1/postgres',
    natsUrl: 'nats://127.0.0.1:1',
    env: { EXTRA: 'yes' },
    log: (name) => prefixedSink(name, { colour: false, minLevel: 'info', write: (l) => lines.push(l) }),
    readyTimeoutMs: 20_000,
  });
  try {
    const steps = readFileSync(join(dataDir, 'steps.log'), 'utf8').trim().split('\n');
    assert.deepEqual(steps.slice(0, 2).sort(), ['migrate alpha', 'migrate beta']);
    assert.equal(steps[2], 'seed alpha');
    assert.deepEqual(
      p.demoAccounts.map((a) => a.username),
      ['管理员'],
    );

    const env = JSON.parse(readFileSync(join(dataDir, 'env-gateway.json'), 'utf8')) as Record<string, string>;
    assert.equal(env.PORT, String(services[2]?.port));
    assert.equal(env.GATEWAY_SECRET, p.gatewaySecret);
    assert.equal(env.EXTRA, 'yes');
    assert.equal(env.APOLLO_TELEMETRY_DISABLED, '1');
    const alphaEnv = JSON.parse(readFileSync(join(dataDir, 'env-alpha.json'), 'utf8')) as Record<
      string,
      string
    >;
    assert.equal(alphaEnv.DATABASE_URL, 'postgres://user@127.0.0.1:1/postgres');
    assert.equal(alphaEnv.ANZE_DATA_DIR, dataDir);
    // a second start reuses the generated secret
    assert.equal(
      JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).gatewaySecret,
      p.gatewaySecret,
    );

    assert.equal(p.gatewayUrl, `http://127.0.0.1:${services[2]?.port}/graphql`);
    assert.ok(
      lines.some((l) => /^alpha +│ \d\d:\d\d:\d\d INFO +listening port=\d+$/.test(l)),
      lines.join('\n'),
    );
    assert.ok(!lines.some((l) => l.includes('debug noise')), 'debug lines are filtered at level info');

    // a service dying is reported with its name
    await fetch(`${p.serviceUrls.beta}/crash`);
    const crash = await p.exited;
    assert.equal(crash.name, 'beta');
  } finally {
    await p.stop();
  }
  const stops = readFileSync(join(dataDir, 'stops.log'), 'utf8').trim().split('\n');
  assert.deepEqual(stops, ['gateway', 'alpha'], 'gateway stops before the subgraphs');
  for (const proc of p.processes) assert.equal(proc.running, false);
});

test('startPlatform: a failing migration stops everything and names the service', async () => {
  const broken = services.map((s) => (s.name === 'beta' ? { ...s, package: '@fake/missing' } : s));
  await assert.rejects(
    startPlatform({
      root,
      dataDir: join(root, '.anze2'),
      services: broken,
      databaseUrl: 'postgres://x@127.0.0.1:1/x',
      natsUrl: 'nats://127.0.0.1:1',
      log: () => () => {},
    }),
    /beta: npm run migrate exited with code/,
  );
});

test('startPlatform: abort during start-up stops what was started', async () => {
  const ac = new AbortController();
  const slow = services.map((s) => (s.name === 'gateway' ? { ...s, package: '@fake/sleepy' } : s)); // never ready
  const started = startPlatform({
    root,
    dataDir: join(root, '.anze3'),
    services: slow,
    databaseUrl: 'postgres://x@127.0.0.1:1/x',
    natsUrl: 'nats://127.0.0.1:1',
    log: () => () => {},
    signal: ac.signal,
  });
  let abortedAt = 0;
  setTimeout(() => {
    abortedAt = Date.now();
    ac.abort(new Error('stop'));
  }, 3_000);
  await assert.rejects(started);
  const took = Date.now() - abortedAt;
  assert.ok(took < 3_000, `stopping after abort took ${took} ms`);
  appendFileSync(join(root, '.anze3', 'stops.log'), '');
  const stops = readFileSync(join(root, '.anze3', 'stops.log'), 'utf8')
    .trim()
    .split('\n')
    .sort();
  assert.deepEqual(stops, ['alpha', 'beta']);
});
