// CONTEXT: issue 11 — under faults clients were told 服务器内部错误 for createProject calls whose project had been saved,
// and submitted again: duplicates. Every mutation is either keyed (Idempotency-Key: the repeat gets the first answer;
// one whose answer holds a one-time secret names that field, which is not stored) or exempt for a stated reason; and
// a burst of creates through the gateway, under a fault that makes the gateway give up while the subgraph goes on and
// commits, ends with exactly one project per key.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import {
  Kind,
  getNamedType,
  isLeafType,
  isObjectType,
  parse,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import pg from 'pg';
import { SUBGRAPHS } from '@anze/registry';
import { buildSchema, createLogger } from '@anze/server-kit';
import {
  graphql,
  organisationEvent,
  startSubgraphHarness,
  TEST_GATEWAY_SECRET,
  TEST_USCC,
  type SubgraphHarness,
} from '@anze/testing';
import projectsManifest from '@anze/projects/manifest';
import type { ProjectsConfig } from '@anze/projects/config';
import type { ProjectsService } from '@anze/projects/app';
import { OUTCOME_UNKNOWN, startGateway, type RunningGateway } from '../src/server.ts';
import { SUPERGRAPH_FILE } from '../src/subgraphs.ts';

/** Every Mutation field of the supergraph with the subgraph that resolves it. */
function supergraphMutations(): Array<{ field: string; subgraph: string }> {
  const doc = parse(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const graphs = new Map<string, string>();
  const mutations: Array<{ field: string; subgraph: string }> = [];
  for (const d of doc.definitions) {
    if (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph')
      for (const v of d.values ?? []) {
        const arg = v.directives?.[0]?.arguments?.find((a) => a.name.value === 'name');
        if (arg?.value.kind === Kind.STRING) graphs.set(v.name.value, arg.value.value);
      }
  }
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = d as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
    if (type.name.value !== 'Mutation') continue;
    for (const f of type.fields ?? []) {
      const join = f.directives?.find((x) => x.name.value === 'join__field');
      const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
      const name = graph?.kind === Kind.ENUM ? graphs.get(graph.value) : undefined;
      mutations.push({ field: f.name.value, subgraph: name ?? '?' });
    }
  }
  return mutations;
}

test('every mutation of the supergraph is keyed or exempt (with a reason) by the subgraph that resolves it', () => {
  const mutations = supergraphMutations();
  assert.ok(mutations.some((m) => m.field === 'createProject' && m.subgraph === 'projects'));
  const problems: string[] = [];
  for (const { field, subgraph } of mutations) {
    const declared = SUBGRAPHS.find((m) => m.name === subgraph)?.idempotency;
    const keyed = declared?.keyed.includes(field) ?? false;
    const reason = declared?.exempt[field];
    if (keyed === (reason !== undefined))
      problems.push(`${subgraph}.${field}: ${keyed ? 'both keyed and exempt' : 'neither keyed nor exempt'}`);
    if (reason !== undefined && reason.trim().length < 10)
      problems.push(`${subgraph}.${field}: say why exempt`);
  }
  for (const m of SUBGRAPHS) {
    for (const f of [...(m.idempotency?.keyed ?? []), ...Object.keys(m.idempotency?.exempt ?? {})])
      if (!mutations.some((x) => x.field === f && x.subgraph === m.name))
        problems.push(`${m.name}.${f}: declared but no such mutation`);
  }
  assert.deepEqual(problems, [], 'src/manifest.ts `idempotency` of each subgraph');
});

test('a one-time secret is declared on a keyed mutation, by paths of its result, with a Chinese answer to a repeat', () => {
  const problems: string[] = [];
  let declared = 0;
  for (const m of SUBGRAPHS) {
    const secrets = m.idempotency?.secrets ?? {};
    if (!Object.keys(secrets).length) continue;
    const mutation = buildSchema(m.schemaFile, {}).getMutationType();
    for (const [field, secret] of Object.entries(secrets)) {
      declared++;
      if (!m.idempotency!.keyed.includes(field))
        problems.push(`${m.name}.${field}: has secrets but is not keyed`);
      if (!/^该请求已处理：/.test(secret.replayed))
        problems.push(`${m.name}.${field}: say 该请求已处理：… on a repeat`);
      if (!secret.fields.length) problems.push(`${m.name}.${field}: no secret field`);
      for (const path of secret.fields) {
        let type = mutation?.getFields()[field]?.type;
        for (const name of path.split('.')) {
          const named = type && getNamedType(type);
          type = named && isObjectType(named) ? named.getFields()[name]?.type : undefined;
        }
        if (!type || !isLeafType(getNamedType(type)))
          problems.push(`${m.name}.${field}: no scalar field ${path}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(declared >= 3, 'createUser, resetPassword, createApiClient');
});

let h: SubgraphHarness<ProjectsConfig, ProjectsService>;
let gateway: RunningGateway;
let token: string;

before(async () => {
  h = await startSubgraphHarness(projectsManifest, { label: 'idempotency-gw' });
  const organisationId = randomUUID();
  await h.publish(
    organisationEvent('approved', {
      organisationId,
      name: '幂等测试建筑有限公司',
      uscc: TEST_USCC,
      divisionCode: '230103',
    }),
  );
  await h.settle();
  token = await h.token({ roles: ['ENTERPRISE'], organisationId, jurisdiction: '230103' });
  // Shorter than the time a write waits behind the lock below: the gateway gives up on requests that then commit —
  // what a killed connection or a frozen database did to the callers of issue 11.
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    production: true,
    gatewaySecret: TEST_GATEWAY_SECRET,
    subgraphUrls: { projects: h.url },
    upstreamTimeoutMs: 250,
    logger: createLogger({ service: 'gateway' }, 'silent'),
  });
});
after(async () => {
  await gateway?.stop();
  await h?.close();
});

const CREATE = 'mutation($i: ProjectInput!) { createProject(input: $i) { project { id code } } }';

const input = (n: number) => ({
  name: `幂等测试工程${n}`,
  code: `2408-230103-04-01-${String(500000 + n)}`,
  divisionCode: '230103',
  detailAddress: '学府路74号',
  longitude: 126.64,
  latitude: 45.75,
  costYuan: '1000000.00',
  ownerUnit: '哈尔滨某房地产开发有限公司',
  category: 'BUILDING',
  plannedStart: '2026-03-01',
  plannedEnd: '2027-02-28',
});

test('a malformed Idempotency-Key is refused at the gateway, before any subgraph is called', async () => {
  const r = await graphql(gateway.url, CREATE, {
    token,
    gatewaySecret: false,
    variables: { i: input(0) },
    headers: { 'idempotency-key': 'no spaces allowed here' },
  });
  assert.equal(r.status, 400);
  assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_REQUEST');
});

/** Whether the answer leaves the outcome open: the client asks again with the same key. */
const RETRY_CODES = new Set([OUTCOME_UNKNOWN.code, 'REQUEST_TIMEOUT', 'REQUEST_IN_PROGRESS']);

/** What the web client does (web/src/shared/graphql/retry.ts): the same operation, the same key, until definite. */
async function createWithRetries(n: number, key: string, url = gateway.url) {
  for (let attempt = 1; attempt <= 80; attempt++) {
    try {
      const r = await graphql<{ createProject: { project: { id: string; code: string } } }>(url, CREATE, {
        token,
        gatewaySecret: false,
        variables: { i: input(n) },
        headers: { 'idempotency-key': key },
      });
      const code = r.errors?.[0]?.extensions?.code;
      if (!code || !RETRY_CODES.has(code)) return { r, attempt };
    } catch {
      // a network failure: the outcome is open as well
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 400)));
  }
  throw new Error(`no definite answer for ${key}`);
}

test('a burst of keyed creates under faults: one project per key, no duplicates, no losses', async () => {
  const N = 40;
  const blocker = new pg.Client({ connectionString: h.databaseUrl });
  await blocker.connect();
  const started = Date.now();
  let faults = 0;
  let stop = false;
  // Writes to project blocked for longer than the gateway waits, again and again, during the burst.
  const faulting = (async () => {
    while (!stop) {
      await blocker.query('begin');
      await blocker.query('lock table project in exclusive mode');
      faults++;
      await new Promise((resolve) => setTimeout(resolve, 600));
      await blocker.query('rollback');
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  })();
  try {
    const keys = Array.from({ length: N }, () => randomUUID());
    const results = await Promise.all(keys.map((key, n) => createWithRetries(n, key)));
    stop = true;
    await faulting;
    const retried = results.filter((x) => x.attempt > 1).length;
    for (const { r } of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const { rows } = await blocker.query<{ n: string; codes: string }>(
      "select count(*) as n, count(distinct code) as codes from project where name like '幂等测试工程%'",
    );
    const ids = new Set(results.map(({ r }) => r.data!.createProject.project.id));
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `burst: ${N} calls, ${keys.length} keys, ${rows[0]!.n} projects, ${retried} retried, ${faults} faults, ${seconds}s`,
    );
    assert.ok(retried > 0, 'the faults made some calls retry');
    assert.equal(Number(rows[0]!.n), N);
    assert.equal(Number(rows[0]!.codes), N);
    assert.equal(ids.size, N, 'every key answered with its own project');
    assert.ok(seconds < 60);
  } finally {
    stop = true;
    await faulting.catch(() => {});
    await blocker.end();
  }
});

const PROJECTS_MAIN = fileURLToPath(new URL('../../subgraphs/projects/src/main.ts', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('a burst of keyed creates while the projects process is killed (SIGKILL) and restarted: one project per key', async () => {
  // The projects service as its own process on the harness's database, stream and key set: killed mid-request.
  await h.stop();
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    GATEWAY_SECRET: TEST_GATEWAY_SECRET,
    PROJECTS_DATABASE_URL: h.databaseUrl,
    NATS_URL: h.config.natsUrl,
    AUTH_JWKS_URL: h.config.jwksUrl,
    EVENTS_STREAM: h.config.eventsStream,
    EVENTS_SUBJECT_PREFIX: h.config.eventsPrefix,
    ANZE_DATA_DIR: h.dataDir,
    ANZE_LOG_LEVEL: 'error',
  };
  let child: ChildProcess | null = null;
  const startChild = async () => {
    child = spawn(process.execPath, [PROJECTS_MAIN], { env, stdio: 'ignore' });
    for (let i = 0; i < 200; i++) {
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('projects did not start');
  };
  const kill = async () => {
    const c = child!;
    const exited = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGKILL');
    await exited;
  };
  const front = await startGateway({
    port: 0,
    host: '127.0.0.1',
    production: true,
    gatewaySecret: TEST_GATEWAY_SECRET,
    subgraphUrls: { projects: `http://127.0.0.1:${port}/graphql` },
    logger: createLogger({ service: 'gateway' }, 'silent'),
  });
  const counter = new pg.Client({ connectionString: h.databaseUrl });
  await counter.connect();
  try {
    await startChild();
    const before = await counter.query<{ n: string }>('select count(*) as n from project');
    const N = 60;
    const started = Date.now();
    const keys = Array.from({ length: N }, () => randomUUID());
    let kills = 0;
    let done = false;
    const burst = Promise.all(keys.map((key, n) => createWithRetries(1000 + n, key, front.url))).finally(
      () => (done = true),
    );
    while (!done && kills < 3) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await kill();
      kills++;
      await startChild();
    }
    const results = await burst;
    const seconds = (Date.now() - started) / 1000;
    for (const { r } of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    const after = await counter.query<{ n: string }>('select count(*) as n from project');
    const created = Number(after.rows[0]!.n) - Number(before.rows[0]!.n);
    const ids = new Set(results.map(({ r }) => r.data!.createProject.project.id));
    const retried = results.filter((x) => x.attempt > 1).length;
    console.log(
      `kill burst: ${N} calls, ${keys.length} keys, ${created} projects, ${retried} retried, ${kills} kills, ${seconds}s`,
    );
    assert.ok(kills > 0);
    assert.equal(created, N);
    assert.equal(ids.size, N);
    assert.ok(seconds < 60);
  } finally {
    await front.stop();
    if (child) await kill().catch(() => {});
    await counter.end();
  }
});
