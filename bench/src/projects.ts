// Projects / analytics benchmark at 500,000 projects (not a test): the regulator's 项目信息 list, the 数据大屏 metrics
// query (and the group-by it replaces), the XLSX/CSV export and the write path (createProject with and without the
// Idempotency-Key and the request deadline), on the real services in production mode, each in a
// process of its own, with the gateway in front. Data is prepared once under fixed database names and reused (see
// projects-data.ts; `--reseed` starts over). Prints a Markdown table and writes bench/results/projects-<date>.{md,json}.
// See bench/README.md.
process.env.ANZE_LOG_LEVEL ||= 'warn';

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { print } from 'graphql';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { NATS_URL, TEST_GATEWAY_SECRET } from '@anze/testing';
import { GATEWAY_SECRET_HEADER, keyedMutationOf } from '@anze/server-kit';
import { claimKey, storeAnswer, withDeadline } from '@anze/orm';
import type { EntityManager } from '@mikro-orm/postgresql';
import { projectsOrm } from '@anze/projects/orm';
import { EXPORT_COLUMNS } from '@anze/projects/exports/projects-export';
import { RegulatorMetricsDocument, RegulatorProjectsDocument } from '@anze/web/gql';
import {
  DATABASES,
  dropBenchData,
  EVENTS,
  EXPECTED,
  prepareDatabases,
  readPrepared,
  sql,
  unpublished,
  writePrepared,
  WRITTEN_CODE_PREFIX,
  type PreparedFigures,
} from './projects-data.ts';
import {
  backlog,
  benchCommand,
  peakRssLine,
  type ReportHead,
  demoToken,
  exportAndVerify,
  type ExportCheck,
  forkIdentity,
  latencySummary,
  reportHead,
  serviceRegistry,
  DURATION_S,
  fmt,
  gql,
  inboxCount,
  load,
  loadKey,
  login,
  mark,
  MiB,
  waitUntil,
  WARMUP_S,
  type Load,
  type LoadResult,
  type Target,
} from './kit.ts';
import { forkService, type ServiceChild } from './services.ts';
import { cpuSpentUs, ownCpuUs, postgresCpuUs } from './host-cpu.ts';
import { percentile, writeResults } from './results.ts';

// ---------- knobs ----------
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS || 2);
const CONNECTIONS = [1, 50];
/**
 * Besides the closed loops (each connection sends its next request as soon as the answer arrives, which measures
 * capacity), an open loop: requests start at a fixed rate over up to 50 connections (src/paced.ts) — the latency
 * regulators see while the service is busy but not saturated. BENCH_PACED_RATE (req/s) sets the rate, 0 skips it.
 */
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 100);
const LOADS: Load[] = [
  ...CONNECTIONS.map((connections) => ({ connections })),
  ...(PACED_RATE > 0 ? [{ connections: 50, rate: PACED_RATE }] : []),
];
/**
 * BENCH_ONLY=list (or list-direct): only the first list scenario at 50 connections through the gateway (or direct to
 * projects), and no report — a steady load to profile under; BENCH_ONLY=floor: only the fixed shape's floor (below);
 * BENCH_ONLY=export: only the exports, no report, e.g. with BENCH_PROJECTS_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof";
 * BENCH_ONLY=writes: only the writes (section 4), their table printed, no report.
 */
const ONLY = process.env.BENCH_ONLY || null;
if (ONLY !== null && !['list', 'list-direct', 'floor', 'export', 'writes'].includes(ONLY))
  throw new Error('BENCH_ONLY must be list, list-direct, floor, export or writes');
/**
 * The writes (createProject): closed loops at 1 and 8 connections, and an open loop at BENCH_WRITE_RATE per second (20,
 * the events benchmark's rate; 0 skips it).
 */
const WRITE_RATE = Number(process.env.BENCH_WRITE_RATE ?? 20);
const WRITE_LOADS: Load[] = [
  { connections: 1 },
  { connections: 8 },
  ...(WRITE_RATE > 0 ? [{ connections: 8, rate: WRITE_RATE }] : []),
];
const RESEED = process.argv.includes('--reseed');

const TARGETS = { listP95Ms: 50, metricsP95Ms: 30, xlsxS: 6, xlsxPeakMiB: 300, csvS: 2 };

// The web app's own documents (web/src/graphql/regulator.ts and analytics.ts, compiled by codegen into web/src/gql,
// exported as @anze/web/gql).
const LIST_QUERY = print(RegulatorProjectsDocument);
const METRICS_QUERY = print(RegulatorMetricsDocument);

interface ListScenario {
  id: string;
  title: string;
  user: 'hlj-zjt' | 'hrb-zjj';
  /** The list's filter as the web app sends it (projectFilterOf); no sort: the app uses the default (登记时间, newest first). */
  filter: Record<string, string>;
  /** Counted against the 50 ms target (the filtered searches), or informational. */
  target: boolean;
}

const LIST_SCENARIOS: ListScenario[] = [
  {
    id: 'province-filtered',
    title: 'province regulator hlj-zjt (230000): 南岗区 230103 + 在建 + 项目名称 “路”',
    user: 'hlj-zjt',
    filter: { divisionCode: '230103', status: 'UNDER_CONSTRUCTION', name: '路' },
    target: true,
  },
  {
    id: 'city-filtered',
    title: 'city regulator hrb-zjj (230100): 道里区 230102 + 在建 + 项目名称 “路”',
    user: 'hrb-zjj',
    filter: { divisionCode: '230102', status: 'UNDER_CONSTRUCTION', name: '路' },
    target: true,
  },
  {
    id: 'province-unfiltered',
    title: 'province regulator hlj-zjt: the page as it opens (no filter, whole province)',
    user: 'hlj-zjt',
    filter: {},
    target: false,
  },
];

/**
 * The export: the province regulator's search for 项目名称 “改造” (道路改造 and 供热管网改造, about a fifth of the demo
 * world: ~100,000 rows). The endpoint has no row limit; the filter is the web app's.
 */
const EXPORT_FILTER = { name: '改造' };

const COMMAND = benchCommand('bench:projects', RESEED);

const listVariables = (s: ListScenario) => ({ filter: s.filter, page: { page: 1, pageSize: 20 } });
const listBody = (s: ListScenario) =>
  JSON.stringify({ operationName: 'RegulatorProjects', query: LIST_QUERY, variables: listVariables(s) });

interface FloorResult {
  direct: LoadResult;
  gateway: LoadResult;
}

/**
 * The fixed shape's floor (shape-floor.ts): the first list scenario at 50 connections against the projects schema
 * answered from memory, direct and through a second, real gateway process routed to it. `page` is the real
 * subgraph's answer to that scenario. Both processes are stopped afterwards; the real stack idles meanwhile.
 */
async function measureFloor(
  stack: Stack,
  started: ServiceChild[],
  page: unknown,
  token: string,
): Promise<FloorResult> {
  console.log(
    `\n[1b] the fixed shape's floor: the projects schema answered from memory (no database, no auth), same query`,
  );
  const floor = await forkService('projects-floor', {
    BENCH_FLOOR_ANSWERS: JSON.stringify({ root: { field: 'projects', value: page } }),
  });
  started.push(floor);
  const gateway = await forkService('gateway', {
    BENCH_SUBGRAPH_URLS: JSON.stringify({
      identity: stack.identity.url,
      projects: floor.url,
      analytics: stack.analytics.url,
    }),
  });
  started.push(gateway);
  try {
    const body = listBody(LIST_SCENARIOS[0]!);
    const auth = { authorization: `Bearer ${token}` };
    const shape = { connections: 50 };
    return {
      direct: await load('direct (floor)      ', { url: floor.url, headers: auth, body }, shape, [floor]),
      gateway: await load('through the gateway ', { url: gateway.url, headers: auth, body }, shape, [
        floor,
        gateway,
      ]),
    };
  } finally {
    for (const s of [gateway, floor]) {
      await s.stop();
      started.splice(started.indexOf(s), 1);
    }
  }
}

interface LoopResult {
  concurrency: number;
  durationS: number;
  operations: number;
  opsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** `op` in `concurrency` parallel closed loops for `durationS`, each call timed (for the SQL baseline). */
async function loop(concurrency: number, durationS: number, op: () => Promise<unknown>): Promise<LoopResult> {
  const latencies: number[] = [];
  const start = performance.now();
  const end = start + durationS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await op();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const r = latencySummary(latencies, (performance.now() - start) / 1000);
  return {
    concurrency,
    durationS: r.durationS,
    operations: r.count,
    opsPerSec: r.perSec,
    p50Ms: r.p50Ms,
    p95Ms: r.p95Ms,
    p99Ms: r.p99Ms,
  };
}

async function timedLoop(label: string, concurrency: number, op: () => Promise<unknown>, warmup = true) {
  process.stdout.write(`  ${label} @ ${concurrency} … `);
  if (warmup && WARMUP_S > 0) await loop(concurrency, WARMUP_S, op);
  const r = await loop(concurrency, DURATION_S, op);
  console.log(
    `${fmt(r.opsPerSec, 0)} /s, p50 ${fmt(r.p50Ms)} ms, p95 ${fmt(r.p95Ms)} ms, p99 ${fmt(r.p99Ms)} ms`,
  );
  return r;
}

// ---------- the stack ----------
interface Stack {
  identity: ServiceChild;
  projects: ServiceChild;
  analytics: ServiceChild;
  gateway: ServiceChild;
  all: ServiceChild[];
}

/**
 * identity and projects first (their relays publish whatever the seeds left in the outboxes), then analytics (its
 * consumers apply every event they have not seen), then the gateway. Publishing and projection are timed when there
 * is something to do: on a fresh prepare that is 42,460 + 500,000 events.
 */
async function startStack(figures: PreparedFigures, started: ServiceChild[]): Promise<Stack> {
  const nc = await connect({ servers: NATS_URL, name: 'bench-projects' });
  const jsm = await jetstreamManager(nc);
  try {
    const toPublish = await unpublished();
    const common = { ...EVENTS };
    const identity = await forkIdentity();
    started.push(identity);
    const withJwks = { ...common, AUTH_JWKS_URL: identity.jwksUrl! };
    const projectsInboxBefore = await inboxCount(DATABASES.projects);
    const projects = await forkService('projects', {
      ...withJwks,
      PROJECTS_DATABASE_URL: DATABASES.projects,
    });
    started.push(projects);
    const events = toPublish.identity + toPublish.projects;
    if (events > 0) {
      console.log(
        `  publishing the outboxes: ${toPublish.identity} identity + ${toPublish.projects} projects events …`,
      );
      const ms = await waitUntil('outboxes', async () => {
        const left = await unpublished();
        return {
          finished: left.identity + left.projects === 0,
          progress: `${events - left.identity - left.projects} of ${events} published`,
        };
      });
      figures.publish = { events, ms };
      console.log(
        `  published ${events} events in ${(ms / 1000).toFixed(1)} s (${fmt((events * 1000) / ms, 0)}/s)`,
      );
    }

    const analyticsInboxBefore = await inboxCount(DATABASES.analytics);
    const analytics = await forkService('analytics', {
      ...withJwks,
      ANALYTICS_DATABASE_URL: DATABASES.analytics,
    });
    started.push(analytics);
    const projectionStarted = Date.now();
    const ms = await waitUntil('consumers', async () => {
      // On a loaded machine a JetStream API request may time out: ask again at the next poll.
      const b = await backlog(jsm).catch(
        (error: Error) => new Map([[`(consumer list: ${error.message})`, 1]]),
      );
      const left = [...b.values()].reduce((a, n) => a + n, 0);
      return {
        finished: left === 0,
        progress: [...b].map(([name, n]) => `${name} ${n} left`).join(', '),
      };
    });
    const applied = (await inboxCount(DATABASES.analytics)) - analyticsInboxBefore;
    if (applied > 0) {
      figures.projection = { events: applied, ms: Date.now() - projectionStarted };
      console.log(
        `  analytics applied ${applied} events in ${(figures.projection.ms / 1000).toFixed(1)} s (${fmt((applied * 1000) / figures.projection.ms, 0)}/s)`,
      );
    }
    const enterpriseEvents = (await inboxCount(DATABASES.projects)) - projectsInboxBefore;
    if (enterpriseEvents > 0) figures.enterpriseConsumer = { events: enterpriseEvents, ms };
    if (applied > 0 || events > 0) writePrepared(figures);

    const gateway = await forkService('gateway', {
      BENCH_SUBGRAPH_URLS: JSON.stringify({
        identity: identity.url,
        projects: projects.url,
        analytics: analytics.url,
      }),
    });
    started.push(gateway);
    return { identity, projects, analytics, gateway, all: [identity, projects, analytics, gateway] };
  } finally {
    await nc.close();
  }
}

// ---------- exports ----------
/** The export checks with the report's names for the projects process (kept as earlier reports have them). */
interface ExportRun extends Omit<ExportCheck, 'rssBeforeMiB' | 'peakRssMiB' | 'vmHwmMiB'> {
  projectsRssBeforeMiB: number;
  projectsPeakRssMiB: number;
  projectsVmHwmMiB: number;
}

async function exportOnce(
  stack: Stack,
  token: string,
  format: 'xlsx' | 'csv',
  expectedRows: number,
  dir: string,
): Promise<ExportRun> {
  const params = new URLSearchParams({ format, ...EXPORT_FILTER });
  const { rssBeforeMiB, peakRssMiB, vmHwmMiB, ...r } = await exportAndVerify({
    gateway: stack.gateway,
    service: stack.projects,
    path: `/exports/projects?${params}`,
    format,
    token,
    dir,
    header: EXPORT_COLUMNS,
    expectedRows,
  });
  return {
    ...r,
    projectsRssBeforeMiB: rssBeforeMiB,
    projectsPeakRssMiB: peakRssMiB,
    projectsVmHwmMiB: vmHwmMiB,
  };
}

// ---------- writes ----------
/**
 * The counties the writes go to: Beijing's, which no list, metrics or export scenario reads (they filter inside
 * 230000), so the projects written (a few thousand per run, kept) change none of the other rows. Spread over six
 * counties as real writes are: every insert updates its county's row of project_division_count.
 */
const WRITE_COUNTIES = ['110101', '110102', '110105', '110106', '110107', '110108'];
const CREATE_PROJECT =
  'mutation CreateProject($i: ProjectInput!) { createProject(input: $i) { project { id } } }';
const WRITE_TAG = `${WRITTEN_CODE_PREFIX}${Date.now().toString(36).toUpperCase()}`;
let writesBuilt = 0;

/** A new project of the demo enterprise (its name has neither 路 nor 改造, which the list and export filters look for). */
function newProject() {
  const n = ++writesBuilt;
  return {
    name: `基准写入测试综合楼${n}号`,
    code: `${WRITE_TAG}-${n}`,
    divisionCode: WRITE_COUNTIES[n % WRITE_COUNTIES.length]!,
    detailAddress: `基准大街${n}号`,
    costYuan: '12500000.00',
    ownerUnit: '北京基准置业有限公司',
    category: 'BUILDING',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
  };
}

interface WriteVariant {
  deadline: boolean;
  keyed: boolean;
  runs: Record<string, LoadResult>;
}

interface WritesResult {
  counties: string[];
  projectsWritten: number;
  variants: WriteVariant[];
  kitShare: KitShareRow[];
}

interface KitShareRow {
  deadline: boolean;
  keyed: boolean;
  operations: number;
  p50Ms: number;
  meanMs: number;
  /** PostgreSQL's CPU (every postgres process) and the bench process's, per operation. */
  postgresCpuUs: number;
  nodeCpuUs: number;
}

/**
 * The kit's share alone, without HTTP, GraphQL or the project's rows: one transaction on the projects database
 * through MikroORM whose effect is a one-row insert into a scratch table (so that every variant's COMMIT flushes the
 * WAL, as a real write's does), sequentially: plain; under a request deadline (withDeadline: the ORM's subscriber sets
 * statement_timeout at the start and checks before COMMIT); with an Idempotency-Key (the request's fingerprint —
 * keyedMutationOf on createProject's body — claimKey before, storeAnswer after, as the kit runs them); and both. Keys
 * are written with 1 s retention, so the prune in storeAnswer works as in a steady state; keys and the scratch table
 * are dropped at the end.
 */
/** Rounds of the kit-share measurement: each variant runs DURATION_S / KIT_ROUNDS per round, interleaved. */
const KIT_ROUNDS = 4;

async function measureKitShare(): Promise<KitShareRow[]> {
  console.log(
    `  the kit's statements alone (one transaction each, sequential; ${KIT_ROUNDS} interleaved rounds, ${DURATION_S} s per variant):`,
  );
  const orm = await projectsOrm(DATABASES.projects, 2);
  const body = { query: CREATE_PROJECT, operationName: 'CreateProject', variables: { i: newProject() } };
  const answer = JSON.stringify({ data: { createProject: { project: { id: randomUUID() } } } });
  const connection = orm.em.getConnection();
  await connection.execute('create table if not exists bench_kit_share (id uuid primary key)');
  const effect = (em: EntityManager) => em.execute('insert into bench_kit_share values (?)', [randomUUID()]);
  const variants = [false, true].flatMap((deadline) =>
    [false, true].map((keyed) => ({ deadline, keyed, latencies: [] as number[], ms: 0, pgUs: 0, nodeUs: 0 })),
  );
  const opOf = (v: (typeof variants)[number]) => {
    const transaction = () =>
      (orm.em.fork() as EntityManager).transactional(async (em) => {
        if (!v.keyed) return void (await effect(em));
        const claim = {
          caller: 'bench:kit-share',
          key: randomUUID(),
          fingerprint: keyedMutationOf(body)!.fingerprint,
          operation: 'createProject',
          retentionSeconds: 1,
          waitMs: 5000,
        };
        await claimKey(em, claim);
        await effect(em);
        await storeAnswer(em, claim, 200, answer);
      });
    return () => (v.deadline ? withDeadline(Date.now() + 8000, transaction) : transaction());
  };
  try {
    for (const v of variants) if (WARMUP_S > 0) await loop(1, WARMUP_S / variants.length, opOf(v));
    for (let round = 0; round < KIT_ROUNDS; round++)
      for (const v of variants) {
        const op = opOf(v);
        const pgBefore = postgresCpuUs();
        const nodeBefore = ownCpuUs();
        const end = performance.now() + (DURATION_S * 1000) / KIT_ROUNDS;
        const started = performance.now();
        while (performance.now() < end) {
          const t0 = performance.now();
          await op();
          v.latencies.push(performance.now() - t0);
        }
        v.ms += performance.now() - started;
        v.pgUs += cpuSpentUs(pgBefore, postgresCpuUs());
        v.nodeUs += ownCpuUs() - nodeBefore;
      }
  } finally {
    await connection.execute(`delete from idempotency_record where caller = 'bench:kit-share'`);
    await connection.execute('drop table if exists bench_kit_share');
    await orm.close();
  }
  return variants.map((v) => {
    const n = v.latencies.length;
    const row: KitShareRow = {
      deadline: v.deadline,
      keyed: v.keyed,
      operations: n,
      p50Ms: percentile(
        v.latencies.sort((x, y) => x - y),
        50,
      ),
      meanMs: v.ms / n,
      postgresCpuUs: v.pgUs / n,
      nodeCpuUs: v.nodeUs / n,
    };
    console.log(
      `    deadline ${v.deadline ? 'on ' : 'off'}, ${v.keyed ? 'key   ' : 'no key'}: ${n} transactions, p50 ${fmt(row.p50Ms, 3)} ms, mean ${fmt(row.meanMs, 3)} ms; CPU µs/op PostgreSQL ${fmt(row.postgresCpuUs, 0)}, node ${fmt(row.nodeCpuUs, 0)}`,
    );
    return row;
  });
}

/**
 * createProject through the gateway as the demo enterprise, each request a new project: with a fresh Idempotency-Key
 * per request (what the web app sends) and without one, on the stack as it runs (REQUEST_DEADLINE_MS 8 s), and on a
 * second projects process with REQUEST_DEADLINE_MS=0 (no deadline) behind a second gateway — the write path as it
 * was before issue 11 when neither is used. The real stack's projects process idles meanwhile.
 */
async function measureWrites(stack: Stack, started: ServiceChild[]): Promise<WritesResult> {
  console.log(
    `\n[4] writes: createProject through the gateway as the demo enterprise, ${WRITE_COUNTIES.join(', ')}`,
  );
  const token = await demoToken(stack.gateway.url, (a) => a.role === 'ENTERPRISE');
  const target = (url: string, keyed: boolean): Target => ({
    url,
    headers: { authorization: `Bearer ${token}` },
    body: '',
    next: () => ({
      body: JSON.stringify({
        operationName: 'CreateProject',
        query: CREATE_PROJECT,
        variables: { i: newProject() },
      }),
      headers: keyed ? { 'idempotency-key': randomUUID() } : ({} as Record<string, string>),
    }),
  });
  // The enterprise is known to projects (identity's approval event), and the answer is what the loads expect.
  await gql(stack.gateway.url, CREATE_PROJECT, { i: newProject() }, { authorization: `Bearer ${token}` });
  const before = await writtenProjects();
  const variants: WriteVariant[] = [];
  const measure = async (deadline: boolean, gateway: ServiceChild, projects: ServiceChild) => {
    for (const keyed of [false, true]) {
      const runs: Record<string, LoadResult> = {};
      for (const shape of WRITE_LOADS) {
        const label = `${keyed ? 'fresh key' : 'no key   '}, deadline ${deadline ? 'on ' : 'off'}`;
        runs[loadKey(shape)] = await load(label, target(gateway.url, keyed), shape, [
          projects,
          gateway,
          stack.analytics,
        ]);
      }
      variants.push({ deadline, keyed, runs });
    }
  };
  await measure(true, stack.gateway, stack.projects);
  const noDeadline = await forkService('projects', {
    ...EVENTS,
    AUTH_JWKS_URL: stack.identity.jwksUrl!,
    PROJECTS_DATABASE_URL: DATABASES.projects,
    REQUEST_DEADLINE_MS: '0',
  });
  started.push(noDeadline);
  const gateway = await forkService('gateway', {
    BENCH_SUBGRAPH_URLS: JSON.stringify({
      identity: stack.identity.url,
      projects: noDeadline.url,
      analytics: stack.analytics.url,
    }),
  });
  started.push(gateway);
  try {
    await measure(false, gateway, noDeadline);
  } finally {
    for (const s of [gateway, noDeadline]) {
      await s.stop();
      started.splice(started.indexOf(s), 1);
    }
  }
  const projectsWritten = (await writtenProjects()) - before;
  console.log(`  ${projectsWritten} projects written (${WRITE_TAG}-*)`);
  return { counties: WRITE_COUNTIES, projectsWritten, variants, kitShare: await measureKitShare() };
}

async function writtenProjects(): Promise<number> {
  const q = `select count(*) as n from project where code like '${WRITE_TAG}-%'`;
  return Number((await sql<{ n: string }>(DATABASES.projects, q))[0]!.n);
}

/** The writes' table (also printed alone by BENCH_ONLY=writes). */
function writesMarkdown(w: WritesResult): string[] {
  const lines = [
    `## 4. Writes — \`createProject\` through the gateway as the demo enterprise`,
    '',
    `Each request registers a new project (in ${w.counties.join(', ')}: Beijing, outside every filter above; ${w.projectsWritten.toLocaleString('en')} projects written by this run and kept). “fresh key”: a new \`Idempotency-Key\` per request, as the web app sends — the key is claimed in \`idempotency_record\` and the answer stored in the effect's transaction; “no key”: as a client that sends none. “deadline on”: the stack's projects process (\`REQUEST_DEADLINE_MS\` 8 s: \`set local statement_timeout\` at every transaction start, a check before COMMIT); “deadline off”: a second projects process with \`REQUEST_DEADLINE_MS=0\` behind a second gateway. No key and deadline off is the write path as it was before issue 11. The relay (in projects) and analytics apply the events meanwhile; their CPU is in the columns.`,
    '',
    '| load | deadline | key | req/s | p50 ms | p95 ms | p99 ms | failures | CPU µs/req: projects / gateway / PostgreSQL / analytics / load generator |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const loads = Object.keys(w.variants[0]?.runs ?? {});
  for (const l of loads)
    for (const v of w.variants) {
      const x = v.runs[l]!;
      const cpu = ['projects', 'gateway', 'postgres', 'analytics', 'loadgen']
        .map((name) => fmt(x.cpuUsPerRequest[name], 0))
        .join(' / ');
      const shape = /@/.test(l) ? `open loop ${l.split('@ ')[1]}` : `${l} conn`;
      lines.push(
        `| ${shape} | ${v.deadline ? 'on' : 'off'} | ${v.keyed ? 'fresh key' : 'no key'} | ${fmt(x.reqPerSec, 0)} | ${fmt(x.p50Ms)} | ${fmt(x.p95Ms)} | ${fmt(x.p99Ms)} | ${x.failures} | ${cpu} |`,
      );
    }
  lines.push('');
  const base = w.kitShare.find((k) => !k.deadline && !k.keyed);
  lines.push(
    '**The kit’s share alone** — one transaction on the projects database through MikroORM whose effect is a one-row insert into a scratch table (every variant’s COMMIT flushes the WAL, as a real write’s does), sequential, the four variants interleaved in ' +
      `${KIT_ROUNDS} rounds: plain, under a request deadline (\`set local statement_timeout\` at the start, a check before COMMIT), with an Idempotency-Key (the request’s fingerprint, \`claimKey\` before and \`storeAnswer\` after, as the kit runs them; 1 s retention, so each write also prunes expired records), and both. The difference to the first row is what each adds to every keyed write.`,
    '',
    '| deadline | key | transactions | p50 ms | mean ms | + mean ms | CPU µs/op: PostgreSQL / node |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const k of w.kitShare)
    lines.push(
      `| ${k.deadline ? 'on' : 'off'} | ${k.keyed ? 'key' : 'no key'} | ${k.operations} | ${fmt(k.p50Ms, 3)} | ${fmt(k.meanMs, 3)} | ${base && k !== base ? `${k.meanMs >= base.meanMs ? '+' : '−'}${fmt(Math.abs(k.meanMs - base.meanMs), 3)}` : ''} | ${fmt(k.postgresCpuUs, 0)} / ${fmt(k.nodeCpuUs, 0)} |`,
    );
  lines.push('');
  return lines;
}

// ---------- metrics baseline ----------
/**
 * The dashboard's numbers computed at query time: a group-by over analytics' own fact tables (one row per project
 * with its county, USCC and validity; one row per organisation with "registered"), i.e. what analytics would do
 * without its maintained counters. Analytics may not read the projects or identity databases, so this — not a join of
 * projects with identity's enterprises — is the honest alternative. Gives the division and its children one level down.
 */
function groupBySql(code: string): { text: string; values: unknown[] } {
  const province = code.endsWith('0000');
  const childExpr = province ? `substr(p.county_code, 1, 4) || '00'` : 'p.county_code';
  const prefix = province ? code.slice(0, 2) : code.slice(0, 4);
  return {
    text: `select grouping(${childExpr}) as whole, ${childExpr} as division_code,
              count(*)::int as project_total,
              count(distinct p.uscc)::int as enterprises_with_projects,
              count(distinct p.uscc) filter (where r.uscc is not null)::int as registered_enterprises
         from project_fact p
         left join (select distinct uscc from organisation_fact where registered and uscc is not null) r
           on r.uscc = p.uscc
        where p.valid and p.county_code like $1
        group by grouping sets ((), (${childExpr}))`,
    values: [`${prefix}%`],
  };
}

interface MetricsNumbers {
  divisionCode: string;
  projectTotal: number;
  enterprisesWithProjects: number;
  registeredEnterprises: number;
}

async function baselineNumbers(pool: pg.Pool, code: string): Promise<MetricsNumbers[]> {
  const q = groupBySql(code);
  const rows = (await pool.query(q.text, q.values)).rows as Array<Record<string, unknown>>;
  return rows.map((r) => ({
    divisionCode: Number(r.whole) === 1 ? code : String(r.division_code),
    projectTotal: Number(r.project_total),
    enterprisesWithProjects: Number(r.enterprises_with_projects),
    registeredEnterprises: Number(r.registered_enterprises),
  }));
}

// ---------- main ----------
async function main() {
  const startedAt = new Date();
  const loadAtStart = loadavg();
  console.log(
    `Anze projects benchmark — ${startedAt.toISOString()} — ${cpus().length} CPU(s), node ${process.version}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (RESEED) {
    console.log('--reseed: dropping the bench databases, stream and data directory …');
    await dropBenchData();
  }
  const figures: PreparedFigures = readPrepared();
  console.log(
    `Preparing data (${EXPECTED.projects} projects, ${EXPECTED.registeredEnterprises} registered enterprises) …`,
  );
  const prepStarted = Date.now();
  const state = await prepareDatabases();
  if (state.seeded.identityMs !== undefined || state.seeded.projectsMs !== undefined) {
    figures.preparedAt = startedAt.toISOString();
    figures.seedIdentityMs = state.seeded.identityMs ?? figures.seedIdentityMs;
    figures.seedProjectsMs = state.seeded.projectsMs ?? figures.seedProjectsMs;
    writePrepared(figures);
  } else {
    console.log(`  data already in place (prepared ${figures.preparedAt ?? 'earlier'}), seeding skipped`);
  }

  const services = serviceRegistry();
  const started = services.started;

  console.log(
    'Starting identity, projects, analytics and the gateway (each in its own process, production) …',
  );
  const stack = await startStack(figures, started);
  const prepareMs = Date.now() - prepStarted;
  const pool = new pg.Pool({ connectionString: DATABASES.analytics, max: 10 });
  const dir = mkdtempSync(join(tmpdir(), 'anze-bench-projects-'));
  try {
    const tokens: Record<string, string> = {
      'hlj-zjt': await login(stack.gateway.url, 'hlj-zjt'),
      'hrb-zjj': await login(stack.gateway.url, 'hrb-zjj'),
    };
    const secret = { [GATEWAY_SECRET_HEADER]: TEST_GATEWAY_SECRET };
    const paths = (service: ServiceChild, body: string, token: string) => {
      const auth = { authorization: `Bearer ${token}` };
      return {
        direct: { url: service.url, headers: { ...secret, ...auth }, body } as Target,
        gateway: { url: stack.gateway.url, headers: auth, body } as Target,
      };
    };

    // 3. exports: measured last, defined first so that BENCH_ONLY=export runs them alone
    const measureExports = async (): Promise<{ expectedRows: number; runs: ExportRun[] }> => {
      console.log(`\n[3] export through the gateway as hlj-zjt, filter ${JSON.stringify(EXPORT_FILTER)}`);
      const exportRows = Number(
        (
          await sql<{ n: string }>(
            DATABASES.projects,
            `select count(*) as n from project where division_code like '23%' and name ilike $1`,
            [`%${EXPORT_FILTER.name}%`],
          )
        )[0]!.n,
      );
      console.log(`  ${exportRows} matching rows`);
      const runs: ExportRun[] = [];
      for (let i = 0; i < EXPORT_RUNS; i++) {
        for (const format of ['csv', 'xlsx'] as const)
          runs.push(await exportOnce(stack, tokens['hlj-zjt']!, format, exportRows, dir));
      }
      return { expectedRows: exportRows, runs };
    };

    if (ONLY === 'export') {
      await measureExports();
      console.log('BENCH_ONLY=export: no report written');
      return;
    }
    if (ONLY === 'writes') {
      // The write section alone, with a report of its own (bench/results/projects-writes-<date>.md and .json).
      const writes = await measureWrites(stack, started);
      const md = [
        `# Projects benchmark, writes only (BENCH_ONLY=writes) — ${startedAt.toISOString()}`,
        '',
        `Command: \`BENCH_ONLY=writes ${COMMAND}\`. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, node ${process.version}; load average at start ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}; ${WARMUP_S} s warm-up + ${DURATION_S} s per row. Data: ${state.projects.toLocaleString('en')} projects (see projects-<date>.md for the other sections).`,
        '',
        ...writesMarkdown(writes),
      ].join('\n');
      console.log(`\n${md}`);
      writeResults(
        'projects-writes',
        startedAt,
        {
          command: `BENCH_ONLY=writes ${COMMAND}`,
          startedAt: startedAt.toISOString(),
          loadAverageAtStart: loadAtStart,
          writes,
        },
        md,
        process.env.BENCH_RESULTS_SUFFIX,
      );
      return;
    }

    // 1. the regulator project list
    console.log(`\n[1] regulator 项目信息 list, 20 rows — ${WARMUP_S} s warm-up + ${DURATION_S} s each`);
    const list: Array<{
      scenario: ListScenario;
      total: number;
      runs: Record<string, { direct: LoadResult; gateway: LoadResult }>;
    }> = [];
    let floorPage: unknown = null;
    for (const s of LIST_SCENARIOS) {
      const variables = listVariables(s);
      const body = listBody(s);
      const p = paths(stack.projects, body, tokens[s.user]!);
      type ListAnswer = { projects: { total: number; items: Array<{ divisionCode: string }> } };
      const viaGateway = await gql<ListAnswer>(p.gateway.url, LIST_QUERY, variables, p.gateway.headers);
      const direct = await gql<ListAnswer>(p.direct.url, LIST_QUERY, variables, p.direct.headers);
      if (viaGateway.projects.total !== direct.projects.total || viaGateway.projects.items.length !== 20)
        throw new Error(`list ${s.id}: unexpected answer ${JSON.stringify(viaGateway).slice(0, 300)}`);
      console.log(` ${s.title}: ${viaGateway.projects.total} matching projects`);
      const runs: Record<string, { direct: LoadResult; gateway: LoadResult }> = {};
      if (ONLY === 'list-direct') {
        await load('direct (projects)   ', p.direct, { connections: 50 }, [stack.projects]);
        break;
      }
      if (ONLY === 'list') {
        await load('through the gateway ', p.gateway, { connections: 50 }, [stack.projects, stack.gateway]);
        break;
      }
      floorPage ??= direct.projects;
      if (ONLY === 'floor') break;
      for (const shape of LOADS) {
        runs[loadKey(shape)] = {
          direct: await load('direct (projects)   ', p.direct, shape, [stack.projects]),
          gateway: await load('through the gateway ', p.gateway, shape, [stack.projects, stack.gateway]),
        };
      }
      list.push({ scenario: s, total: viaGateway.projects.total, runs });
    }
    if (ONLY === 'list' || ONLY === 'list-direct') {
      console.log(`BENCH_ONLY=${ONLY}: no report written`);
      return;
    }

    const floor = await measureFloor(stack, started, floorPage, tokens[LIST_SCENARIOS[0]!.user]!);
    if (ONLY === 'floor') {
      console.log('BENCH_ONLY=floor: no report written');
      return;
    }

    // 2. the dashboard metrics, and the group-by baseline
    console.log(`\n[2] 数据大屏 regulatorMetrics as hlj-zjt (230000, cities breakdown)`);
    const metricsVars = {};
    const metricsBody = JSON.stringify({
      operationName: 'RegulatorMetrics',
      query: METRICS_QUERY,
      variables: metricsVars,
    });
    const mp = paths(stack.analytics, metricsBody, tokens['hlj-zjt']!);
    type MetricsAnswer = { regulatorMetrics: MetricsNumbers & { children: MetricsNumbers[] } };
    const metrics = (await gql<MetricsAnswer>(mp.gateway.url, METRICS_QUERY, metricsVars, mp.gateway.headers))
      .regulatorMetrics;
    // The counters must say what the raw rows say, and what projects holds.
    const baseline = await baselineNumbers(pool, metrics.divisionCode);
    const byCode = new Map(baseline.map((b) => [b.divisionCode, b]));
    for (const m of [metrics, ...metrics.children]) {
      const b = byCode.get(m.divisionCode) ?? {
        projectTotal: 0,
        enterprisesWithProjects: 0,
        registeredEnterprises: 0,
      };
      if (
        b.projectTotal !== m.projectTotal ||
        b.enterprisesWithProjects !== m.enterprisesWithProjects ||
        b.registeredEnterprises !== m.registeredEnterprises
      )
        throw new Error(
          `metrics ${m.divisionCode}: counters ${JSON.stringify(m)} ≠ group-by ${JSON.stringify(b)}`,
        );
    }
    const validInProjects = Number(
      (
        await sql<{ n: string }>(
          DATABASES.projects,
          `select count(*) as n from project where division_code like '23%' and status in ('UNDER_CONSTRUCTION', 'SUSPENDED')`,
        )
      )[0]!.n,
    );
    if (validInProjects !== metrics.projectTotal)
      throw new Error(
        `项目总数 ${metrics.projectTotal} ≠ ${validInProjects} valid projects in the projects database`,
      );
    console.log(
      `  ${metrics.divisionCode}: 项目总数 ${metrics.projectTotal}, enterprises ${metrics.enterprisesWithProjects}, registered ${metrics.registeredEnterprises}; ${metrics.children.length} cities — counters = group-by = projects' rows ✔`,
    );
    const counterSql = `select division_code, project_total, enterprises_with_projects, registered_enterprises from division_counter where division_code = any($1)`;
    const counterCodes = [metrics.divisionCode, ...metrics.children.map((c) => c.divisionCode)];
    const gq = groupBySql(metrics.divisionCode);
    const metricsRuns: Record<
      string,
      { direct: LoadResult; gateway: LoadResult; counterSql?: LoopResult; groupBySql?: LoopResult }
    > = {};
    for (const shape of LOADS) {
      const c = shape.connections;
      const direct = await load('direct (analytics)          ', mp.direct, shape, [stack.analytics]);
      const gateway = await load('through the gateway         ', mp.gateway, shape, [
        stack.analytics,
        stack.gateway,
      ]);
      // The SQL loops are closed loops only: they compare capacity with the group-by baseline.
      if (shape.rate) {
        metricsRuns[loadKey(shape)] = { direct, gateway };
        continue;
      }
      metricsRuns[c] = {
        direct,
        gateway,
        counterSql: await timedLoop('SQL: counter rows (pg pool of 10)', c, () =>
          pool.query(counterSql, [counterCodes]),
        ),
        // No warm-up at 50: one round of 50 queries through 10 connections already takes tens of seconds.
        groupBySql: await timedLoop(
          'SQL: group-by over the facts (pool of 10)',
          c,
          () => pool.query(gq.text, gq.values),
          c === 1,
        ),
      };
    }
    const explainGroupBy = (
      await pool.query(`explain (analyze, buffers off, timing off) ${gq.text}`, gq.values)
    ).rows
      .map((r: Record<string, string>) => r['QUERY PLAN'])
      .join('\n');

    const exports = await measureExports();
    // 4. the writes, last: they add projects (outside every filter above) and events for analytics to apply.
    const writes = await measureWrites(stack, started);
    const finalStats = Object.fromEntries(
      await Promise.all(stack.all.map(async (s) => [s.name, await s.stats()] as const)),
    ) as Record<string, { maxRssKiB: number }>;

    // ---------- report ----------
    const report: Report = {
      ...reportHead(COMMAND, startedAt, loadAtStart),
      settings: { durationS: DURATION_S, warmupS: WARMUP_S, exportRuns: EXPORT_RUNS, writeRate: WRITE_RATE },
      targets: TARGETS,
      data: {
        projects: state.projects,
        registeredEnterprises: state.identityEnterprises,
        demoWorldEnterprises: EXPECTED.enterprises,
        databases: Object.fromEntries(
          Object.entries(DATABASES).map(([k, v]) => [k, new URL(v).pathname.slice(1)]),
        ),
        stream: EVENTS.EVENTS_STREAM,
        prepared: figures,
        prepareThisRunMs: prepareMs,
      },
      list,
      floor,
      metrics: {
        divisionCode: metrics.divisionCode,
        projectTotal: metrics.projectTotal,
        children: metrics.children.length,
        runs: metricsRuns,
        explainGroupBy,
      },
      exports: { filter: EXPORT_FILTER, ...exports },
      writes,
      maxRssMiB: Object.fromEntries(Object.entries(finalStats).map(([k, v]) => [k, v.maxRssKiB / 1024])),
    };
    const md = markdown(report);
    console.log(`\n${md}`);
    writeResults('projects', startedAt, report, md, process.env.BENCH_RESULTS_SUFFIX);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await pool.end();
    await services.stop();
  }
}

// ---------- Markdown ----------
interface Report extends ReportHead {
  settings: { durationS: number; warmupS: number; exportRuns: number; writeRate: number };
  targets: typeof TARGETS;
  data: {
    projects: number;
    registeredEnterprises: number;
    demoWorldEnterprises: number;
    databases: Record<string, string>;
    stream: string;
    prepared: PreparedFigures;
    prepareThisRunMs: number;
  };
  list: Array<{
    scenario: ListScenario;
    total: number;
    runs: Record<string, { direct: LoadResult; gateway: LoadResult }>;
  }>;
  floor: FloorResult;
  metrics: {
    divisionCode: string;
    projectTotal: number;
    children: number;
    runs: Record<
      string,
      { direct: LoadResult; gateway: LoadResult; counterSql?: LoopResult; groupBySql?: LoopResult }
    >;
    explainGroupBy: string;
  };
  exports: { filter: Record<string, string>; expectedRows: number; runs: ExportRun[] };
  writes: WritesResult;
  maxRssMiB: Record<string, number>;
}

function markdown(r: Report): string {
  const lines: string[] = [];
  const s = r.settings;
  const d = r.data;
  const p = d.prepared;
  lines.push(`# Projects benchmark (500,000 projects) — ${r.startedAt}`, '');
  lines.push(`Command: \`${r.command}\` (bench/src/projects.ts).`, '');
  lines.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ${r.machine.platform}, node ${r.machine.node}; load average at start ${r.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}. **Shared 2-core machine**: PostgreSQL, NATS, the four services (identity, projects, analytics, gateway — each in its own process, production mode, log level warn) and the load generator (autocannon in the bench process) all run on it, and other work may have run at the same time; loopback only. Load runs: ${s.warmupS} s warm-up + ${s.durationS} s. Latency percentiles are computed from every request's own latency (autocannon's \`response\` event, sub-millisecond), not autocannon's 1 ms histogram.`,
    '',
  );
  lines.push('## Data', '');
  lines.push(
    `${d.projects.toLocaleString('en')} projects of ${d.demoWorldEnterprises.toLocaleString('en')} demo-world enterprises (${d.registeredEnterprises.toLocaleString('en')} registered in identity), databases ${Object.values(d.databases).join(', ')}, JetStream stream ${d.stream}. Prepared ${p.preparedAt ?? '—'} and reused by later runs; this run's preparation (checks, service start, catch-up) took ${fmt(d.prepareThisRunMs / 1000, 1)} s.`,
    '',
  );
  lines.push('| step (when the data was prepared) | events | time | rate |', '|---|---:|---:|---:|');
  lines.push(
    `| identity seed (demo accounts + registered enterprises, \`src/seed.ts\`) | | ${fmt((p.seedIdentityMs ?? NaN) / 1000, 1)} s | |`,
  );
  lines.push(
    `| projects seed (500,000 projects with their outbox events, \`src/seed.ts\`) | | ${fmt((p.seedProjectsMs ?? NaN) / 1000, 1)} s | |`,
  );
  if (p.publish)
    lines.push(
      `| outbox relays → JetStream (identity + projects) | ${p.publish.events} | ${fmt(p.publish.ms / 1000, 1)} s | ${fmt((p.publish.events * 1000) / p.publish.ms, 0)}/s |`,
    );
  if (p.projection)
    lines.push(
      `| analytics projection: its durable consumers apply every event (inbox + counters, one transaction per batch of buffered events) | ${p.projection.events} | ${fmt(p.projection.ms / 1000, 1)} s | ${fmt((p.projection.events * 1000) / p.projection.ms, 0)}/s |`,
    );
  if (p.enterpriseConsumer)
    lines.push(
      `| projects' enterprise read model (its consumer, at the same time) | ${p.enterpriseConsumer.events} | ≤ ${fmt(p.enterpriseConsumer.ms / 1000, 1)} s | |`,
    );
  lines.push('');

  const head =
    '| connections | path | req/s | p50 ms | p95 ms | p99 ms | failures | CPU µs/req: subgraph / gateway / PostgreSQL / load generator | target |';
  const sep = '|---:|---|---:|---:|---:|---:|---:|---:|---|';
  const cpu = (x: LoadResult, subgraph: string) =>
    [subgraph, 'gateway', 'postgres', 'loadgen']
      .map((name) => x.cpuUsPerRequest[name])
      .map((us) => (us === undefined ? '–' : fmt(us, 0)))
      .join(' / ');
  const row = (c: string, label: string, x: LoadResult, subgraph: string, target: string) =>
    `| ${c} | ${label} | ${fmt(x.reqPerSec, 0)} | ${fmt(x.p50Ms)} | ${fmt(x.p95Ms)} | ${fmt(x.p99Ms)} | ${x.failures} | ${cpu(x, subgraph)} | ${target} |`;

  lines.push('## 1. Regulator 项目信息 list — 20 rows, the web app’s `RegulatorProjects` query', '');
  lines.push(
    'Direct: POST to the projects subgraph with the gateway secret and the regulator’s token; through the gateway: POST to the gateway (in its own process). Sorted as the web app does (no sort argument: 登记时间 newest first, id). The answer includes `total` (a count over the filter).',
    '',
  );
  for (const l of r.list) {
    lines.push(
      `**${l.scenario.title}** — filter \`${JSON.stringify(l.scenario.filter)}\`, ${l.total.toLocaleString('en')} matching projects.`,
      '',
    );
    lines.push(head, sep);
    for (const c of Object.keys(l.runs)) {
      const x = l.runs[c]!;
      lines.push(row(c, 'direct (projects)', x.direct, 'projects', ''));
      const t =
        l.scenario.target && c === '50'
          ? `p95 ≤ ${r.targets.listP95Ms} ms ${mark(x.gateway.p95Ms <= r.targets.listP95Ms)}`
          : '';
      lines.push(row(c, 'through the gateway', x.gateway, 'projects', t));
    }
    lines.push('');
  }

  const f = r.floor;
  lines.push('### 1b. The fixed shape’s floor', '');
  lines.push(
    `The first scenario’s query and token against the projects subgraph’s own schema on \`@apollo/subgraph\` + \`@apollo/server\` behind the same node:http integration, answering from memory the page the real subgraph returned (bench/src/shape-floor.ts: no database, no token check, no @auth wrappers), direct and through a second gateway process (the real one, production mode) routed to it. What Apollo Gateway and Apollo Server alone cost per request on this machine: the list’s p95 target cannot be met below this row.`,
    '',
  );
  lines.push(head, sep);
  lines.push(row('50', 'direct (floor)', f.direct, 'projects-floor', ''));
  lines.push(
    row(
      '50',
      'through the gateway',
      f.gateway,
      'projects-floor',
      `p95 ≤ ${r.targets.listP95Ms} ms ${mark(f.gateway.p95Ms <= r.targets.listP95Ms)}`,
    ),
  );
  lines.push('');

  const m = r.metrics;
  lines.push(
    `## 2. 数据大屏 \`regulatorMetrics\` — ${m.divisionCode} with ${m.children} cities, as hlj-zjt`,
    '',
  );
  lines.push(
    `The web app’s \`RegulatorMetrics\` query (province numbers, one row per city, freshness). 项目总数 ${m.projectTotal.toLocaleString('en')}; before measuring, the bench checks that the maintained counters equal the group-by below for the province and every city, and that 项目总数 equals the valid (在建 + 停工) rows in the projects database.`,
    '',
  );
  lines.push(
    'Baseline: the same numbers computed at query time by a group-by over analytics’ own fact tables (`project_fact` ⟕ registered `organisation_fact`, `grouping sets ((), (city))`, `count(distinct uscc)`): what analytics would run without its counters (it may not read the projects or identity databases, so a join of projects with enterprises is not an option it has). Measured as SQL alone through a pg pool of 10 (the subgraph’s pool size) in closed loops at the same concurrency, next to the counter lookup the resolver runs — SQL without HTTP and GraphQL, so the baseline is if anything favoured.',
    '',
  );
  lines.push(head, sep);
  for (const c of Object.keys(m.runs)) {
    const x = m.runs[c]!;
    lines.push(row(c, 'direct (analytics)', x.direct, 'analytics', ''));
    lines.push(
      row(
        c,
        'through the gateway',
        x.gateway,
        'analytics',
        `p95 ≤ ${r.targets.metricsP95Ms} ms ${mark(x.gateway.p95Ms <= r.targets.metricsP95Ms)}`,
      ),
    );
    const loopRow = (label: string, y: LoopResult) =>
      `| ${c} | ${label} | ${fmt(y.opsPerSec, 0)} | ${fmt(y.p50Ms)} | ${fmt(y.p95Ms)} | ${fmt(y.p99Ms)} | | | |`;
    if (x.counterSql) lines.push(loopRow('SQL: counter rows (what the resolver reads)', x.counterSql));
    if (x.groupBySql) lines.push(loopRow('SQL: **baseline** group-by over the raw facts', x.groupBySql));
  }
  lines.push('', '<details><summary>EXPLAIN ANALYZE of the group-by baseline</summary>', '', '```');
  lines.push(m.explainGroupBy, '```', '', '</details>', '');

  const e = r.exports;
  lines.push(
    `## 3. Export through the gateway — \`/exports/projects?format=…&name=${e.filter.name}\` as hlj-zjt, ${e.expectedRows.toLocaleString('en')} rows`,
    '',
  );
  lines.push(
    'Timed from the request to the last byte (written to a temporary file, then verified and deleted). Memory of the projects process: RSS sampled by the bench from /proc every 50 ms, and the kernel’s peak mark VmHWM, reset just before the request (/proc/<pid>/clear_refs) — the export’s own peak, not the process’s lifetime peak. The endpoint has no row limit: the filter picks the rows.',
    '',
  );
  lines.push(
    '| format | rows | MiB | first byte ms | last byte s | projects RSS before → peak (VmHWM) MiB | gateway peak RSS MiB | verified | target |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
  );
  for (const x of e.runs) {
    const target =
      x.format === 'csv'
        ? `≤ ${r.targets.csvS} s ${mark(x.totalMs / 1000 <= r.targets.csvS)}`
        : `≤ ${r.targets.xlsxS} s ${mark(x.totalMs / 1000 <= r.targets.xlsxS)}, ≤ ${r.targets.xlsxPeakMiB} MB ${mark(x.projectsVmHwmMiB <= r.targets.xlsxPeakMiB)}`;
    lines.push(
      `| ${x.format.toUpperCase()} | ${x.rows} | ${fmt(x.bytes / MiB, 1)} | ${fmt(x.ttfbMs, 0)} | ${fmt(x.totalMs / 1000, 2)} | ${fmt(x.projectsRssBeforeMiB, 0)} → ${fmt(x.projectsPeakRssMiB, 0)} (${fmt(x.projectsVmHwmMiB, 0)}) | ${fmt(x.gatewayPeakRssMiB, 0)} | ${x.verified} | ${target} |`,
    );
  }
  lines.push('');
  lines.push(...writesMarkdown(r.writes));
  lines.push(peakRssLine(r.maxRssMiB), '');
  return `${lines.join('\n')}\n`;
}

await main();
// Pooled keep-alive sockets may keep the loop alive after cleanup.
process.exit(0);
