// Event lag & catch-up benchmark (not a test), issue 3 §8: (a) the lag from project creation to the dashboard number
// (项目总数) at a steady creation rate, and (b) the catch-up after a NATS outage — the relay draining the outbox into
// JetStream and analytics applying the backlog. Runs identity, projects, analytics and the gateway as child processes
// (production mode, log level warn) on fresh databases and a private nats-server (own port and store directory, which
// the bench stops and restarts); the machine's shared NATS is never touched. Prints a Markdown table and writes
// bench/results/events-<date>.{md,json}. See bench/README.md.
process.env.ANZE_LOG_LEVEL ||= 'warn';

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyMigrations } from '@anze/orm';
import { createTestDatabase, graphqlEndpoint, PrivateNatsServer } from '@anze/testing';
import { demoEnterprises, demoProjects } from '@anze/demo';
import { identityOrm } from '@anze/identity/orm';
import { loadConfig as identityConfig } from '@anze/identity/config';
import { seedDemo, type DemoAccount } from '@anze/identity/demo';
import { demoLogin } from '@anze/identity/testbed';
import { projectsOrm } from '@anze/projects/orm';
import { seedDemoProjects } from '@anze/projects/demo-volume';
import { analyticsOrm } from '@anze/analytics/orm';
import { forkService, type ServiceChild } from './services.ts';
import { processCpuUs } from './host-cpu.ts';
import { percentile, writeResults } from './results.ts';

// ---------- knobs ----------
const QUICK = process.env.BENCH_QUICK === '1';
const LAG_RATE = Number(process.env.BENCH_LAG_RATE || 20);
const LAG_S = Number(process.env.BENCH_LAG_S || (QUICK ? 10 : 30));
const POLL_MS = Number(process.env.BENCH_POLL_MS || 25);
const OUTAGE_S = Number(process.env.BENCH_OUTAGE_S || (QUICK ? 10 : 300));
const BACKLOG = Number(process.env.BENCH_BACKLOG || (QUICK ? 20_000 : 100_000));
const SKIP_LAG = process.env.BENCH_SKIP_LAG === '1';

const TARGETS = { lagP95Ms: 1000, catchUpPerSec: 5000 };
const PROJECT_CONSUMER = 'analytics_projects_project';

/** The knobs this run was given, so the report says exactly how it was made. */
const KNOBS = Object.entries(process.env)
  .filter(([k]) => /^BENCH_(QUICK|LAG_RATE|LAG_S|POLL_MS|OUTAGE_S|BACKLOG|SKIP_LAG)$/.test(k))
  .map(([k, v]) => `${k}=${v} `)
  .join('');
const COMMAND =
  KNOBS +
  (process.env.npm_lifecycle_event === 'bench:events'
    ? 'npm run bench:events -w @anze/bench'
    : `node ${process.argv
        .slice(1)
        .map((a) => a.replace(/^.*\/(bench\/src\/)/, '$1'))
        .join(' ')}`);

// ---------- helpers ----------
const fmt = (n: number | undefined | null, digits = 0) =>
  n !== undefined && n !== null && Number.isFinite(n) ? n.toFixed(digits) : '—';
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load1 = () => Number(loadavg()[0]!.toFixed(2));

interface Distribution {
  n: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

function distribution(values: number[]): Distribution {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    p50Ms: percentile(s, 50),
    p95Ms: percentile(s, 95),
    p99Ms: percentile(s, 99),
    maxMs: s.at(-1) ?? NaN,
  };
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!res.ok || body.errors?.length || !body.data)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** CPU time so far of the PostgreSQL backends connected to each database, by pid. */
async function backendCpu(
  db: pg.Client,
  databases: Record<string, string>,
): Promise<Map<number, { db: string; us: number }>> {
  const names = Object.fromEntries(
    Object.entries(databases).map(([k, url]) => [new URL(url).pathname.slice(1), k]),
  );
  const rows = (
    await db.query<{ pid: number; datname: string }>(
      'select pid, datname from pg_stat_activity where datname = any($1)',
      [Object.keys(names)],
    )
  ).rows;
  return new Map(rows.map((r) => [r.pid, { db: names[r.datname]!, us: processCpuUs(r.pid) }]));
}

async function count(db: pg.Client, text: string, values: unknown[] = []): Promise<number> {
  return Number((await db.query<{ n: string }>(text, values)).rows[0]!.n);
}

// ---------- GraphQL ----------
const CREATE_PROJECT = 'mutation($i: ProjectInput!) { createProject(input: $i) { project { id } } }';
const PROVINCE = '230000';
const METRICS = `query { regulatorMetrics(divisionCode: "${PROVINCE}") { projectTotal } }`;
// 项目总数 counts valid projects: 在建 and 停工 (analytics' validity.ts); projects' own count of the same.
const VALID_PROJECT_COUNT = `{
  u: projects(filter: { divisionCode: "${PROVINCE}", status: UNDER_CONSTRUCTION }) { total }
  s: projects(filter: { divisionCode: "${PROVINCE}", status: SUSPENDED }) { total }
}`;

let serial = 0;
function projectInput() {
  serial++;
  return {
    name: `哈尔滨市南岗区事件延迟测试工程${serial}号楼`,
    code: `2408-230103-04-01-${String(800000 + serial).padStart(6, '0')}`,
    divisionCode: '230103',
    detailAddress: `学府路 ${serial} 号`,
    costYuan: '12500000.00',
    ownerUnit: '哈尔滨学府置业有限公司',
    category: 'BUILDING',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
  };
}

// ---------- the stack ----------
interface Stack {
  nats: PrivateNatsServer;
  databases: { identity: string; projects: string; analytics: string };
  identity: ServiceChild;
  projects: ServiceChild;
  analytics: ServiceChild;
  gateway: ServiceChild;
  enterprise: string;
  /** A demo account's access token through the gateway, by the method SIGN_IN_POLICY gives its role. */
  signIn(username: string): Promise<string>;
  close(): Promise<void>;
}

async function startStack(tmp: string): Promise<Stack> {
  const closers: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((e) => console.error('cleanup:', e));
  };
  try {
    const nats = new PrivateNatsServer(join(tmp, 'nats'));
    mkdirSync(nats.storeDir);
    await nats.start();
    closers.push(() => nats.stop());

    const dbs = {
      identity: await createTestDatabase('bench_events_identity'),
      projects: await createTestDatabase('bench_events_projects'),
      analytics: await createTestDatabase('bench_events_analytics'),
    };
    for (const db of Object.values(dbs)) closers.push(() => db.drop());
    for (const [url, makeOrm] of [
      [dbs.identity.url, identityOrm],
      [dbs.projects.url, projectsOrm],
      [dbs.analytics.url, analyticsOrm],
    ] as const) {
      const orm = await makeOrm(url);
      try {
        await applyMigrations(orm);
      } finally {
        await orm.close();
      }
    }
    const dataDir = join(tmp, 'data');
    const idEnv = {
      IDENTITY_DATABASE_URL: dbs.identity.url,
      ANZE_DATA_DIR: dataDir,
      // A full run takes about 10 minutes: the default 300 s token would expire on the way.
      ACCESS_TOKEN_SECONDS: '7200',
      SESSION_IDLE_SECONDS: '7200',
      NATS_URL: nats.url,
    };
    const orm = await identityOrm(dbs.identity.url);
    let enterprise: string;
    const cfg = identityConfig({ ...process.env, ...idEnv, GATEWAY_SECRET: 'bench' });
    let accounts: DemoAccount[];
    try {
      accounts = await seedDemo(orm.em.fork() as EntityManager, cfg.caTrustDir);
      enterprise = accounts.find((a) => a.role === 'ENTERPRISE')!.username;
    } finally {
      await orm.close();
    }

    const identity = await forkService('identity', idEnv);
    closers.push(() => identity.stop());
    const common = { NATS_URL: nats.url, AUTH_JWKS_URL: identity.jwksUrl! };
    const projects = await forkService('projects', { ...common, PROJECTS_DATABASE_URL: dbs.projects.url });
    closers.push(() => projects.stop());
    const analytics = await forkService('analytics', {
      ...common,
      ANALYTICS_DATABASE_URL: dbs.analytics.url,
    });
    closers.push(() => analytics.stop());
    const gateway = await forkService('gateway', {
      BENCH_SUBGRAPH_URLS: JSON.stringify({
        identity: identity.url,
        projects: projects.url,
        analytics: analytics.url,
      }),
    });
    closers.push(() => gateway.stop());
    return {
      nats,
      databases: { identity: dbs.identity.url, projects: dbs.projects.url, analytics: dbs.analytics.url },
      identity,
      projects,
      analytics,
      gateway,
      enterprise,
      signIn: (username) => demoLogin(graphqlEndpoint(gateway.url), { config: cfg, accounts }, username),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

// ---------- (a) lag ----------
interface LagResult {
  rate: number;
  durationS: number;
  created: number;
  failures: number;
  /** createProject round trip through the gateway. */
  createMs: Distribution;
  /** From the createProject response to the poller seeing 项目总数 reach that project's rank. */
  endToEndMs: Distribution;
  /** Of those, how many were already counted when their own response arrived (lag 0). */
  countedBeforeResponse: number;
  pollIntervalMs: number;
  pollQueryMs: Distribution;
  /** analytics' inbox processed_at − the event's occurredAt. */
  inboxMs: Distribution;
  /** projects' outbox published_at − occurredAt: the relay's share. */
  relayMs: Distribution;
  loadAvg: { before: number; after: number };
}

async function measureLag(stack: Stack, enterpriseToken: string, regulatorToken: string): Promise<LagResult> {
  const gw = stack.gateway.url;
  const total = async () =>
    (await gql<{ regulatorMetrics: { projectTotal: number } }>(gw, METRICS, {}, regulatorToken))
      .regulatorMetrics.projectTotal;
  const base = await total();
  const loadBefore = load1();

  // The poller: one metrics query every POLL_MS (start to start) as the province regulator, through the gateway.
  const seen: number[] = []; // seen[n] = first time (ms since epoch) the total was ≥ base + n
  const pollMs: number[] = [];
  let polling = true;
  let highest = 0;
  const poller = (async () => {
    while (polling) {
      const t0 = Date.now();
      const n = (await total()) - base;
      const t1 = Date.now();
      pollMs.push(t1 - t0);
      // The answer was true at some moment between request and response: the response time is an upper bound.
      for (let k = highest + 1; k <= n; k++) seen[k] = t1;
      highest = Math.max(highest, n);
      await sleep(Math.max(0, POLL_MS - (t1 - t0)));
    }
  })();

  // The creator: an open loop at LAG_RATE per second, each request on its schedule whatever the earlier ones do.
  const n = Math.round(LAG_RATE * LAG_S);
  const responses: Array<{ id: string; sentAt: number; at: number }> = [];
  let failures = 0;
  const start = Date.now() + 100;
  const requests: Array<Promise<void>> = [];
  for (let i = 0; i < n; i++) {
    const due = start + (i * 1000) / LAG_RATE;
    await sleep(Math.max(0, due - Date.now()));
    const sentAt = Date.now();
    requests.push(
      gql<{ createProject: { project: { id: string } } }>(
        gw,
        CREATE_PROJECT,
        { i: projectInput() },
        enterpriseToken,
      ).then(
        (r) => void responses.push({ id: r.createProject.project.id, sentAt, at: Date.now() }),
        (err) => {
          failures++;
          if (failures <= 3) console.error('  createProject failed:', (err as Error).message);
        },
      ),
    );
  }
  await Promise.all(requests);
  const deadline = Date.now() + 60_000;
  while (highest < responses.length && Date.now() < deadline) await sleep(50);
  polling = false;
  await poller;
  if (highest < responses.length)
    throw new Error(`analytics counted ${highest} of ${responses.length} new projects`);

  // Analytics applies in stream order ≈ commit order ≈ response order: the k-th response is the k-th project counted.
  responses.sort((a, b) => a.at - b.at);
  let countedBefore = 0;
  const endToEnd = responses.map((r, i) => {
    const lag = seen[i + 1]! - r.at;
    if (lag <= 0) countedBefore++;
    return Math.max(0, lag);
  });

  // The same events seen from inside: occurredAt (projects, before its commit) → processed_at (analytics' inbox row,
  // PostgreSQL now() = the start of the applying transaction) and → published_at (the relay's batch).
  const pj = new pg.Client({ connectionString: stack.databases.projects });
  const an = new pg.Client({ connectionString: stack.databases.analytics });
  await pj.connect();
  await an.connect();
  let inbox: number[];
  let relay: number[];
  try {
    const ids = responses.map((r) => r.id);
    const events = (
      await pj.query<{ id: string; occurred_at: Date; published_at: Date }>(
        `select id, occurred_at, published_at from outbox where payload->'data'->>'projectId' = any($1::text[])`,
        [ids],
      )
    ).rows;
    const applied = new Map(
      (
        await an.query<{ event_id: string; processed_at: Date }>(
          'select event_id, processed_at from inbox where consumer = $1 and event_id = any($2::uuid[])',
          [PROJECT_CONSUMER, events.map((e) => e.id)],
        )
      ).rows.map((r) => [r.event_id, r.processed_at.getTime()]),
    );
    inbox = events.map((e) => applied.get(e.id)! - e.occurred_at.getTime());
    relay = events.map((e) => e.published_at.getTime() - e.occurred_at.getTime());
  } finally {
    await pj.end();
    await an.end();
  }
  return {
    rate: LAG_RATE,
    durationS: LAG_S,
    created: responses.length,
    failures,
    createMs: distribution(responses.map((r) => r.at - r.sentAt)),
    endToEndMs: distribution(endToEnd),
    countedBeforeResponse: countedBefore,
    pollIntervalMs: POLL_MS,
    pollQueryMs: distribution(pollMs),
    inboxMs: distribution(inbox),
    relayMs: distribution(relay),
    loadAvg: { before: loadBefore, after: load1() },
  };
}

// ---------- (b) catch-up ----------
interface CatchUpResult {
  backlog: number;
  outageS: number;
  /** Writing the backlog through seedDemoProjects while NATS is down. */
  writeMs: number;
  writePerSec: number;
  relay: {
    /** NATS restart → the first row published / the outbox empty (sampled every 100 ms). */
    firstPublishAfterRestartMs: number;
    emptyAfterRestartMs: number;
    /** backlog ÷ (empty − restart). */
    perSecFromRestart: number;
    /** backlog ÷ (last − first published_at of the backlog's rows). */
    perSecWhileDraining: number;
  };
  analytics: {
    firstAppliedAfterRestartMs: number;
    doneAfterRestartMs: number;
    perSecFromRestart: number;
    /** 80 % of the backlog ÷ (time the 90th percentile row was applied − time of the 10th), from inbox processed_at. */
    perSecMiddle80: number;
    /** CPU time of the analytics process per applied event (user + system). */
    cpuUsPerEvent: number;
  };
  projectsCpuUsPerEvent: number;
  /** nats-server since its restart (JetStream recovery included). */
  natsServerCpuUsPerEvent: number;
  /** PostgreSQL backends of each service's database (10 ms clock ticks; backends that ended meanwhile are missed). */
  postgresCpuUsPerEvent: { projects: number; analytics: number };
  verified: {
    analyticsProjectTotal: number;
    projectsTotal: number;
    inboxRows: number;
    inboxDistinct: number;
    projectFacts: number;
    projectRows: number;
    ok: boolean;
  };
  loadAvg: { beforeOutage: number; atRestart: number; atEnd: number };
}

async function measureCatchUp(stack: Stack, regulatorToken: string): Promise<CatchUpResult> {
  const pj = new pg.Client({ connectionString: stack.databases.projects });
  const an = new pg.Client({ connectionString: stack.databases.analytics });
  await pj.connect();
  await an.connect();
  try {
    const pending = () => count(pj, 'select count(*) as n from outbox where published_at is null');
    const applied = () =>
      count(an, 'select count(*) as n from inbox where consumer = $1', [PROJECT_CONSUMER]);
    // Start from a quiet state: everything written so far published and applied.
    const projectRows = () => count(pj, 'select count(*) as n from project');
    while ((await pending()) > 0 || (await applied()) < (await projectRows())) await sleep(100);
    const appliedBefore = await applied();
    const loadBeforeOutage = load1();

    console.log(`  stopping nats-server (SIGTERM) for at least ${OUTAGE_S} s …`);
    const stoppedAt = Date.now();
    await stack.nats.stop();
    const orm = await projectsOrm(stack.databases.projects);
    const writeStart = Date.now();
    let written: number;
    try {
      written = await seedDemoProjects(
        orm.em.fork() as EntityManager,
        demoProjects(BACKLOG, demoEnterprises(Math.max(1, Math.ceil(BACKLOG / 10)))),
        (done) => {
          if (done % 20_000 === 0) console.log(`    written ${done} / ${BACKLOG}`);
        },
      );
    } finally {
      await orm.close();
    }
    const writeMs = Date.now() - writeStart;
    if (written !== BACKLOG) throw new Error(`wrote ${written} of ${BACKLOG} projects`);
    const backlog = await pending();
    if (backlog !== BACKLOG) throw new Error(`outbox holds ${backlog} rows, expected ${BACKLOG}`);
    console.log(
      `  backlog written: ${BACKLOG} projects in ${(writeMs / 1000).toFixed(1)} s (${fmt((BACKLOG * 1000) / writeMs)}/s)`,
    );
    const wait = stoppedAt + OUTAGE_S * 1000 - Date.now();
    if (wait > 0) {
      console.log(`  waiting ${(wait / 1000).toFixed(0)} s more (outage ${OUTAGE_S} s) …`);
      await sleep(wait);
    }

    const cpuBefore = await Promise.all([stack.analytics.stats(), stack.projects.stats()]);
    const pgBefore = await backendCpu(pj, stack.databases);
    const loadAtRestart = load1();
    await stack.nats.start();
    const restartedAt = Date.now();
    console.log(
      `  nats-server restarted after ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s; draining …`,
    );
    let firstPublish = NaN;
    let empty = NaN;
    let firstApplied = NaN;
    let done = NaN;
    let lastLog = Date.now();
    const deadline = restartedAt + 30 * 60_000;
    while (Number.isNaN(done)) {
      const [left, got] = await Promise.all([pending(), applied()]);
      const now = Date.now();
      if (Number.isNaN(firstPublish) && left < BACKLOG) firstPublish = now;
      if (Number.isNaN(empty) && left === 0) empty = now;
      if (Number.isNaN(firstApplied) && got > appliedBefore) firstApplied = now;
      if (got - appliedBefore >= BACKLOG && left === 0) done = now;
      if (now - lastLog > 5000) {
        console.log(
          `    outbox ${left} left, analytics applied ${got - appliedBefore} (${((now - restartedAt) / 1000).toFixed(0)} s)`,
        );
        lastLog = now;
      }
      if (now > deadline) throw new Error('catch-up did not finish within 30 minutes');
      await sleep(100);
    }
    const cpuAfter = await Promise.all([stack.analytics.stats(), stack.projects.stats()]);
    const natsCpuUs = processCpuUs(stack.nats.pid!);
    const pgAfter = await backendCpu(pj, stack.databases);
    const pgCpuUs: Record<string, number> = { identity: 0, projects: 0, analytics: 0 };
    for (const [pid, after] of pgAfter) pgCpuUs[after.db]! += after.us - (pgBefore.get(pid)?.us ?? 0);

    // Exact figures from the rows themselves: published_at (the relay's batch) and processed_at (the applying
    // transaction's start).
    const pub = (
      await pj.query<{ first: Date; last: Date }>(
        'select min(published_at) as first, max(published_at) as last from outbox where created_at >= $1',
        [new Date(writeStart)],
      )
    ).rows[0]!;
    const appliedTimes = (
      await an.query<{ t: Date }>(
        'select processed_at as t from inbox where consumer = $1 and processed_at >= $2 order by processed_at',
        [PROJECT_CONSUMER, new Date(restartedAt - 1000)],
      )
    ).rows.map((r) => r.t.getTime());
    const at = (q: number) =>
      appliedTimes[Math.min(appliedTimes.length - 1, Math.floor(q * appliedTimes.length))]!;
    const middleMs = at(0.9) - at(0.1);

    const gw = stack.gateway.url;
    const analyticsTotal = (
      await gql<{ regulatorMetrics: { projectTotal: number } }>(gw, METRICS, {}, regulatorToken)
    ).regulatorMetrics.projectTotal;
    const valid = await gql<{ u: { total: number }; s: { total: number } }>(
      gw,
      VALID_PROJECT_COUNT,
      {},
      regulatorToken,
    );
    const projectsTotal = valid.u.total + valid.s.total;
    const inbox = (
      await an.query<{ n: string; d: string }>(
        'select count(*) as n, count(distinct event_id) as d from inbox where consumer = $1',
        [PROJECT_CONSUMER],
      )
    ).rows[0]!;
    const projectFacts = await count(an, 'select count(*) as n from project_fact');
    const projectCount = await projectRows();
    const verified = {
      analyticsProjectTotal: analyticsTotal,
      projectsTotal,
      inboxRows: Number(inbox.n),
      inboxDistinct: Number(inbox.d),
      projectFacts,
      projectRows: projectCount,
      ok: false,
    };
    verified.ok =
      analyticsTotal === projectsTotal &&
      verified.inboxRows === verified.inboxDistinct &&
      verified.inboxRows === projectCount &&
      projectFacts === projectCount;
    return {
      backlog: BACKLOG,
      outageS: Number(((restartedAt - stoppedAt) / 1000).toFixed(1)),
      writeMs,
      writePerSec: (BACKLOG * 1000) / writeMs,
      relay: {
        firstPublishAfterRestartMs: firstPublish - restartedAt,
        emptyAfterRestartMs: empty - restartedAt,
        perSecFromRestart: (BACKLOG * 1000) / (empty - restartedAt),
        perSecWhileDraining: (BACKLOG * 1000) / Math.max(1, pub.last.getTime() - pub.first.getTime()),
      },
      analytics: {
        firstAppliedAfterRestartMs: firstApplied - restartedAt,
        doneAfterRestartMs: done - restartedAt,
        perSecFromRestart: (BACKLOG * 1000) / (done - restartedAt),
        perSecMiddle80: (0.8 * appliedTimes.length * 1000) / Math.max(1, middleMs),
        cpuUsPerEvent: (cpuAfter[0]!.cpuUs - cpuBefore[0]!.cpuUs) / BACKLOG,
      },
      projectsCpuUsPerEvent: (cpuAfter[1]!.cpuUs - cpuBefore[1]!.cpuUs) / BACKLOG,
      natsServerCpuUsPerEvent: natsCpuUs / BACKLOG,
      postgresCpuUsPerEvent: {
        projects: pgCpuUs.projects! / BACKLOG,
        analytics: pgCpuUs.analytics! / BACKLOG,
      },
      verified,
      loadAvg: { beforeOutage: loadBeforeOutage, atRestart: loadAtRestart, atEnd: load1() },
    };
  } finally {
    await pj.end();
    await an.end();
  }
}

// ---------- report ----------
function markdown(r: {
  startedAt: string;
  machine: Record<string, unknown>;
  lag: LagResult | null;
  catchUp: CatchUpResult;
}): string {
  const m = r.machine;
  const lines = [
    `# Event lag & catch-up benchmark — ${r.startedAt}`,
    '',
    `Command: \`${COMMAND}\` (bench/src/events.ts).`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}, node ${m.node}; identity, projects, analytics and the gateway each in a process of their own (production mode, log level warn), a private nats-server ${m.natsServer}, PostgreSQL 15, the bench process: all on the same ${m.cpus} cores, shared with whatever else runs (load averages below).`,
    '',
  ];
  const d = (x: Distribution) => `${fmt(x.p50Ms)} | ${fmt(x.p95Ms)} | ${fmt(x.p99Ms)} | ${fmt(x.maxMs)}`;
  if (r.lag) {
    const l = r.lag;
    lines.push(
      `## a) Lag from project creation to the dashboard number`,
      '',
      `The demo enterprise creates ${l.created} projects through the gateway (\`createProject\`), ${l.rate}/s for ${l.durationS} s (open loop; ${l.failures} failures). Load average ${l.loadAvg.before} → ${l.loadAvg.after}.`,
      '',
      '| what | from → to | n | p50 ms | p95 ms | p99 ms | max ms | target |',
      '|---|---|---:|---:|---:|---:|---:|---|',
      `| **end to end (outside)** | createProject response → the province regulator's \`regulatorMetrics.projectTotal\` (gateway, polled every ${l.pollIntervalMs} ms) reaches that project's rank | ${l.endToEndMs.n} | ${d(l.endToEndMs)} | p95 ≤ 1000 ${mark(l.endToEndMs.p95Ms <= TARGETS.lagP95Ms)} |`,
      `| inside analytics | event occurredAt (projects) → analytics inbox processed_at | ${l.inboxMs.n} | ${d(l.inboxMs)} | |`,
      `| of which the relay | event occurredAt → outbox published_at | ${l.relayMs.n} | ${d(l.relayMs)} | |`,
      `| createProject | request → response, through the gateway | ${l.createMs.n} | ${d(l.createMs)} | |`,
      `| the poller's query | regulatorMetrics round trip | ${l.pollQueryMs.n} | ${d(l.pollQueryMs)} | |`,
      '',
      `End to end: the k-th createProject response (in arrival order) is matched with the first poll answer showing the total at base + k; the answer's arrival time is used (an upper bound: the number was there some time during that poll). ${l.countedBeforeResponse} projects were already counted when their own response arrived (counted as 0). Inside: occurredAt is set by projects before its commit; processed_at is PostgreSQL's now() in analytics' applying transaction (its start, not its commit).`,
      '',
    );
  }
  const c = r.catchUp;
  lines.push(
    `## b) Catch-up after a NATS outage`,
    '',
    `nats-server stopped (SIGTERM) for ${c.outageS} s; meanwhile ${c.backlog} projects were written through \`seedDemoProjects\` (the same \`projects.project.registered\` events through the outbox as the app; ${fmt(c.writePerSec)}/s, ${(c.writeMs / 1000).toFixed(1)} s); then restarted on the same port and store. Load average: ${c.loadAvg.beforeOutage} before the outage, ${c.loadAvg.atRestart} at restart, ${c.loadAvg.atEnd} at the end.`,
    '',
    '| what | events/s | detail | target |',
    '|---|---:|---|---|',
    `| relay drain (outbox → JetStream), from restart to outbox empty | ${fmt(c.relay.perSecFromRestart)} | first row published ${fmt(c.relay.firstPublishAfterRestartMs)} ms after restart, empty after ${fmt(c.relay.emptyAfterRestartMs)} ms | ≥ 5000 ${mark(c.relay.perSecFromRestart >= TARGETS.catchUpPerSec)} |`,
    `| relay drain, first to last published_at | ${fmt(c.relay.perSecWhileDraining)} | | |`,
    `| analytics apply, from restart until all applied | ${fmt(c.analytics.perSecFromRestart)} | first applied ${fmt(c.analytics.firstAppliedAfterRestartMs)} ms after restart, all after ${fmt(c.analytics.doneAfterRestartMs)} ms | ≥ 5000 ${mark(c.analytics.perSecFromRestart >= TARGETS.catchUpPerSec)} |`,
    `| analytics apply, steady state (middle 80 % by processed_at) | ${fmt(c.analytics.perSecMiddle80)} | | |`,
    `| CPU per event, restart → all applied | | analytics process ${fmt(c.analytics.cpuUsPerEvent)} µs + its PostgreSQL backends ${fmt(c.postgresCpuUsPerEvent.analytics)} µs; projects process (relay) ${fmt(c.projectsCpuUsPerEvent)} µs + its backends ${fmt(c.postgresCpuUsPerEvent.projects)} µs; nats-server ${fmt(c.natsServerCpuUsPerEvent)} µs | |`,
    '',
    `End state ${mark(c.verified.ok)}: analytics 项目总数 ${c.verified.analyticsProjectTotal} = projects' own count of valid (在建 + 停工) projects ${c.verified.projectsTotal}; ${c.verified.projectRows} projects in all; analytics inbox ${c.verified.inboxRows} rows, ${c.verified.inboxDistinct} distinct events (no duplicates, one per project); ${c.verified.projectFacts} project facts.`,
    '',
  );
  return lines.join('\n');
}

// ---------- main ----------
async function main() {
  const startedAt = new Date();
  const tmp = mkdtempSync(join(tmpdir(), 'anze-bench-events-'));
  const natsVersion = await new Promise<string>((res) => {
    const p = spawn('nats-server', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (c: Buffer) => (out += c.toString()));
    p.once('exit', () => res(out.trim().replace(/^nats-server:\s*/, '')));
    p.once('error', () => res('?'));
  });
  const machine = {
    cpus: cpus().length,
    cpuModel: (cpus()[0]?.model ?? '?').replace(/\s+\d+-Core Processor$/, '').trim(),
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    natsServer: natsVersion,
  };
  console.log(
    `events bench: lag ${SKIP_LAG ? 'skipped' : `${LAG_RATE}/s × ${LAG_S} s`}, outage ${OUTAGE_S} s, backlog ${BACKLOG}; load ${load1()}`,
  );
  let stack: Stack | undefined;
  let stopping = false;
  const cleanup = async () => {
    if (stopping) return;
    stopping = true;
    console.log('cleaning up (stopping services and nats-server, dropping the databases) …');
    await stack?.close();
    rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    console.log('starting the stack …');
    stack = await startStack(tmp);
    const gw = stack.gateway.url;
    // The enterprise signs in with its CA certificate, the regulator with its password (SIGN_IN_POLICY).
    const enterpriseToken = await stack.signIn(stack.enterprise);
    const regulatorToken = await stack.signIn('hlj-zjt');
    // projects accepts the enterprise once identity's approval event has reached it over NATS.
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await gql(gw, CREATE_PROJECT, { i: projectInput() }, enterpriseToken);
        break;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await sleep(250);
      }
    }
    let lag: LagResult | null = null;
    if (!SKIP_LAG) {
      console.log(`(a) lag: ${LAG_RATE} projects/s for ${LAG_S} s …`);
      lag = await measureLag(stack, enterpriseToken, regulatorToken);
      console.log(
        `  end to end p50 ${fmt(lag.endToEndMs.p50Ms)} ms, p95 ${fmt(lag.endToEndMs.p95Ms)} ms; inbox p50 ${fmt(lag.inboxMs.p50Ms)} ms, p95 ${fmt(lag.inboxMs.p95Ms)} ms`,
      );
    }
    console.log(`(b) catch-up: ${BACKLOG} events after a ${OUTAGE_S} s outage …`);
    const catchUp = await measureCatchUp(stack, regulatorToken);
    const json = {
      command: COMMAND,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine,
      settings: {
        quick: QUICK,
        lagRate: LAG_RATE,
        lagS: LAG_S,
        pollMs: POLL_MS,
        outageS: OUTAGE_S,
        backlog: BACKLOG,
      },
      targets: TARGETS,
      lag,
      catchUp,
    };
    const md = markdown({ startedAt: json.startedAt, machine, lag, catchUp });
    console.log(`\n${md}`);
    writeResults('events', startedAt, json, md, process.env.BENCH_RESULTS_SUFFIX);
    if (!catchUp.verified.ok) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

await main();
