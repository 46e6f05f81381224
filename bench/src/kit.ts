// What the benchmarks on the prepared bench world share (projects.ts, underwriting.ts): the knobs of a load run,
// autocannon closed loops timed per request with the CPU of every process on the path, GraphQL calls, the demo
// sign-ins, waiting for the durable consumers, and reading the exported files back.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import autocannon from 'autocannon';
import type { JetStreamManager } from '@nats-io/jetstream';
import { graphqlEndpoint, TEST_GATEWAY_SECRET } from '@anze/testing';
import { loadConfig as identityConfig } from '@anze/identity/config';
import { DEMO_PASSWORD, type DemoAccount } from '@anze/identity/demo';
import { demoLogin } from '@anze/identity/testbed';
import { DATA_DIR, DATABASES, EVENTS, sql } from './projects-data.ts';
import { paced, type PacedTarget } from './paced.ts';
import { forkService, procMemory, resetPeak, sampleRss, type ServiceChild } from './services.ts';
import { cpuSpentUs, ownCpuUs, postgresCpuUs } from './host-cpu.ts';
import { percentile } from './results.ts';

export const DURATION_S = Number(process.env.BENCH_DURATION_S || 8);
export const WARMUP_S = Number(process.env.BENCH_WARMUP_S || 2);

/** One load shape: closed loop over `connections`, or paced to `rate` req/s in all. */
export interface Load {
  connections: number;
  rate?: number;
}
export const loadKey = (l: Load) => (l.rate ? `${l.connections} @ ${l.rate}/s` : String(l.connections));

/** hrb-zjj must change the demo password at first sign-in; the bench sets this one (kept across runs). */
const CITY_PASSWORD = 'Bench@2026-hrb';
const LOGIN =
  'mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { accessToken mustChangePassword } }';
const CHANGE_PASSWORD =
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken mustChangePassword } }';

export const fmt = (n: number | undefined, digits = 2) =>
  n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '—';
export const mark = (ok: boolean) => (ok ? '✅' : '❌');

export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!res.ok || body.errors?.length || !body.data)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** A request to load a service with (the paced loop's shape). */
export type Target = PacedTarget;

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** non-2xx answers, socket errors and timeouts, and 200 answers carrying GraphQL `errors` (autocannon mismatches). */
  failures: number;
  /**
   * CPU time (user + system) per request of the processes on the path, µs: the services by name, `postgres` (every
   * PostgreSQL process) and `loadgen` (the bench process generating the load).
   */
  cpuUsPerRequest: Record<string, number>;
}

/**
 * autocannon in the bench process (every service runs in a child process, so the load generator shares no event
 * loop with them), closed loop, `connections` connections. Latencies are recorded per request from autocannon's
 * `response` event (high-resolution, sub-millisecond; autocannon's own histogram has 1 ms steps and no p95) and the
 * percentiles computed from the sorted list.
 */
export function cannon(t: Target, shape: Load, durationS: number, latencies?: number[]) {
  if (shape.rate) throw new Error('paced loads run through paced(), not autocannon');
  return new Promise<autocannon.Result>((resolveRun, reject) => {
    const instance = autocannon(
      {
        url: t.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...t.headers },
        body: t.body,
        ...(t.next
          ? {
              requests: [
                {
                  setupRequest: (req: autocannon.Request) => {
                    const own = t.next!();
                    return { ...req, body: own.body, headers: { ...req.headers, ...own.headers } };
                  },
                },
              ],
            }
          : {}),
        connections: shape.connections,
        duration: durationS,
        timeout: 30,
        // A GraphQL error comes back as 200: count it as a failure.
        verifyBody: (body) => !String(body ?? '').includes('"errors"'),
      },
      (err, result) => (err ? reject(err) : resolveRun(result)),
    );
    if (latencies) instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

export async function load(
  label: string,
  t: Target,
  shape: Load,
  processes: ServiceChild[],
  durationS = DURATION_S,
): Promise<LoadResult> {
  const { connections } = shape;
  process.stdout.write(
    `  ${label} @ ${connections} conn${shape.rate ? ` paced to ${shape.rate} req/s` : ''} … `,
  );
  const run = async (durationS: number, latencies?: number[]) => {
    if (!shape.rate) {
      const r = await cannon(t, shape, durationS, latencies);
      return r.non2xx + r.errors + r.timeouts + r.mismatches;
    }
    return (await paced(t, shape.rate, durationS, shape.connections, latencies)).failures;
  };
  if (WARMUP_S > 0) await run(WARMUP_S);
  const latencies: number[] = [];
  const cpu = await cpuMeter(processes);
  const t0 = performance.now();
  const failures = await run(durationS, latencies);
  const s = latencySummary(latencies, (performance.now() - t0) / 1000);
  const out: LoadResult = {
    connections,
    durationS: s.durationS,
    requests: s.count,
    reqPerSec: s.perSec,
    p50Ms: s.p50Ms,
    p95Ms: s.p95Ms,
    p99Ms: s.p99Ms,
    maxMs: s.maxMs,
    failures,
    cpuUsPerRequest: await cpu(s.count),
  };
  console.log(
    `${fmt(out.reqPerSec, 0)} req/s, p50 ${fmt(out.p50Ms)} ms, p95 ${fmt(out.p95Ms)} ms, p99 ${fmt(out.p99Ms)} ms${out.failures ? ` (FAILURES ${out.failures})` : ''}; CPU µs/req ${Object.entries(
      out.cpuUsPerRequest,
    )
      .map(([name, us]) => `${name} ${fmt(us, 0)}`)
      .join(', ')}`,
  );
  return out;
}
/** Every durable consumer of the bench stream and its backlog (pending + unacknowledged). */
export async function backlog(jsm: JetStreamManager): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for await (const c of jsm.consumers.list(EVENTS.EVENTS_STREAM))
    out.set(c.name, c.num_pending + c.num_ack_pending);
  return out;
}

export async function inboxCount(url: string): Promise<number> {
  return Number((await sql<{ n: string }>(url, 'select count(*) as n from inbox'))[0]!.n);
}

export async function waitUntil(
  what: string,
  done: () => Promise<{ finished: boolean; progress: string }>,
  timeoutMs = 3 * 3600_000,
) {
  const started = Date.now();
  let lastLog = 0;
  for (;;) {
    const s = await done();
    if (s.finished) return Date.now() - started;
    if (Date.now() - lastLog > 10_000) {
      console.log(`    ${what}: ${s.progress} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      lastLog = Date.now();
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not done after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A password login through the gateway (the regulators), changing the initial password where it must be. */
export async function login(gatewayUrl: string, username: string): Promise<string> {
  type Payload = { accessToken: string; mustChangePassword: boolean };
  let payload: Payload;
  try {
    payload = (
      await gql<{ loginWithPassword: Payload }>(gatewayUrl, LOGIN, { u: username, p: DEMO_PASSWORD })
    ).loginWithPassword;
  } catch {
    // An earlier run already replaced hrb-zjj's initial password.
    payload = (
      await gql<{ loginWithPassword: Payload }>(gatewayUrl, LOGIN, { u: username, p: CITY_PASSWORD })
    ).loginWithPassword;
  }
  if (payload.mustChangePassword) {
    // As the web app does at first sign-in: 修改密码, which returns a token without the pending-change restriction.
    payload = (
      await gql<{ changePassword: Payload }>(
        gatewayUrl,
        CHANGE_PASSWORD,
        { c: DEMO_PASSWORD, n: CITY_PASSWORD },
        { authorization: `Bearer ${payload.accessToken}` },
      )
    ).changePassword;
    console.log(`  ${username}: initial password changed (must change at first login)`);
  }
  return payload.accessToken;
}
export const MiB = 2 ** 20;

export function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`${cmd} exited ${code}`))));
  });
}

/** Rows and header of an XLSX: the entries must be there, and sheet1's rows are counted as unzip streams them. */
export async function verifyXlsx(file: string): Promise<{ rows: number; header: string[] }> {
  const listing = await run('unzip', ['-l', file]);
  for (const entry of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
    if (!listing.includes(entry)) throw new Error(`XLSX lacks ${entry}`);
  return new Promise((resolveRows, reject) => {
    const child = spawn('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let rows = 0;
    let head = '';
    let tail = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (head.length < 20_000) head += chunk.slice(0, 20_000);
      const text = tail + chunk;
      rows += (text.match(/<row[ >]/g) ?? []).length - (tail.match(/<row[ >]/g) ?? []).length;
      tail = text.slice(-8);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`unzip exited ${code}`));
      const firstRow = /<row[^>]*>(.*?)<\/row>/s.exec(head)?.[1] ?? '';
      // exceljs writes strings as formula-less str cells (<v>) when shared strings are off; inline <t> also counts.
      const header = [...firstRow.matchAll(/<(v|t)(?: [^>]*)?>([^<]*)<\/\1>/g)].map((m) => m[2]!);
      resolveRows({ rows: rows - 1, header });
    });
  });
}

/** Rows and header of the CSV (UTF-8 with BOM, CRLF; demo values hold no line breaks). */
export function verifyCsv(file: string): { rows: number; header: string[] } {
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('CSV lacks the UTF-8 BOM');
  const lines = text.slice(1).split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return { rows: lines.length - 1, header: lines[0]!.split(',') };
}
/**
 * The access token of the first demo account `which` picks, signed in as SIGN_IN_POLICY wants for its role (a
 * certificate login for ENTERPRISE and INSURER: the challenge signed with the account's demo .p12).
 */
export async function demoToken(gatewayUrl: string, which: (a: DemoAccount) => boolean): Promise<string> {
  const accounts = JSON.parse(readFileSync(join(DATA_DIR, 'demo-accounts.json'), 'utf8')) as DemoAccount[];
  const config = identityConfig({
    ...process.env,
    ANZE_DATA_DIR: DATA_DIR,
    IDENTITY_DATABASE_URL: DATABASES.identity,
    GATEWAY_SECRET: TEST_GATEWAY_SECRET,
  });
  const account = accounts.find(which);
  if (!account) throw new Error('no such demo account');
  return demoLogin(graphqlEndpoint(gatewayUrl), { config, accounts }, account.username);
}

/** Rate and percentiles of a run's latencies (ms; sorted in place). */
export function latencySummary(latencies: number[], elapsedS: number) {
  latencies.sort((a, b) => a - b);
  return {
    durationS: Number(elapsedS.toFixed(2)),
    count: latencies.length,
    perSec: latencies.length / elapsedS,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? NaN,
  };
}

/**
 * Starts counting the CPU (user + system) of `processes`, of PostgreSQL (every `postgres` process) and of the load
 * generator (this process); the function returned gives, once the run is over, each one's µs per operation.
 */
export async function cpuMeter(
  processes: ServiceChild[],
): Promise<(operations: number) => Promise<Record<string, number>>> {
  const before = await Promise.all(processes.map((p) => p.stats()));
  const host = { postgres: postgresCpuUs(), loadgen: ownCpuUs() };
  return async (operations) => {
    const postgres = postgresCpuUs();
    const loadgen = ownCpuUs();
    const after = await Promise.all(processes.map((p) => p.stats()));
    return Object.fromEntries([
      ...processes.map((p, i) => [p.name, (after[i]!.cpuUs - before[i]!.cpuUs) / operations]),
      ['postgres', cpuSpentUs(host.postgres, postgres) / operations],
      ['loadgen', (loadgen - host.loadgen) / operations],
    ]);
  };
}

/** The machine as the reports describe it. */
export function machineInfo() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/**
 * Waits until no query runs in `databases` (the bench's): requests a saturated load run gave up on (timeouts) keep
 * running in the services and PostgreSQL, and the next run must not inherit their work.
 */
export async function waitForQuiet(databases: string[]): Promise<void> {
  await waitUntil('queries left running', async () => {
    const [row] = await sql<{ n: string }>(
      DATABASES.projects,
      `select count(*) as n from pg_stat_activity where datname = any($1) and state = 'active' and pid <> pg_backend_pid()`,
      [databases],
    );
    return { finished: Number(row!.n) === 0, progress: `${row!.n} active` };
  });
}

/** The report's closing line: each process's peak RSS over the whole run. */
export function peakRssLine(maxRssMiB: Record<string, number>): string {
  const list = Object.entries(maxRssMiB).map(([k, v]) => `${k} ${fmt(v, 0)} MiB`);
  return `Peak RSS of each process over the whole run (\`process.resourceUsage().maxRSS\`): ${list.join(', ')}.`;
}

/** What every report of a bench run starts with. */
export interface ReportHead {
  command: string;
  startedAt: string;
  finishedAt: string;
  loadAverageAtStart: number[];
  machine: ReturnType<typeof machineInfo>;
}

/** The head of a report written now, of a run started at `startedAt` with that load average. */
export function reportHead(command: string, startedAt: Date, loadAverageAtStart: number[]): ReportHead {
  return {
    command,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    loadAverageAtStart,
    machine: machineInfo(),
  };
}

/** The command line a report names: the npm script when run through it, else node and the script's arguments. */
export function benchCommand(script: string, reseed: boolean): string {
  return process.env.npm_lifecycle_event === script
    ? `npm run ${script} -w @anze/bench${reseed ? ' -- --reseed' : ''}`
    : `node ${process.argv
        .slice(1)
        .map((a) => a.replace(/^.*\/(bench\/src\/)/, '$1'))
        .join(' ')}`;
}

/**
 * The services a run starts, stopped in reverse order when it ends (`stop`) or on Ctrl-C / SIGTERM; the bench data is
 * kept either way.
 */
export function serviceRegistry() {
  const started: ServiceChild[] = [];
  let stopping = false;
  const stopAll = async () => {
    for (const s of [...started].reverse()) await s.stop().catch(() => {});
  };
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    console.error('\ninterrupted — stopping the services (the data is kept)');
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    started,
    async stop() {
      if (stopping) return;
      stopping = true;
      console.log('stopping the services (the bench data is kept; --reseed starts over) …');
      await stopAll();
    },
  };
}

/** identity on the bench world's database and data directory, with tokens that outlive a run. */
export async function forkIdentity(): Promise<ServiceChild> {
  return forkService('identity', {
    ...EVENTS,
    IDENTITY_DATABASE_URL: DATABASES.identity,
    ANZE_DATA_DIR: DATA_DIR,
    // A run takes several minutes: the default 300 s token would expire on the way.
    ACCESS_TOKEN_SECONDS: '3600',
    SESSION_IDLE_SECONDS: '3600',
  });
}

/** GETs `url` with the token into `file`: time to the first byte (headers) and to the last, and the bytes. */
export async function timedDownload(
  url: string,
  token: string,
  file: string,
): Promise<{ ttfbMs: number; totalMs: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const ttfbMs = performance.now() - t0;
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  let bytes = 0;
  const counting = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
  counting.on('data', (c: Buffer) => (bytes += c.length));
  await pipeline(counting, createWriteStream(file));
  return { ttfbMs, totalMs: performance.now() - t0, bytes };
}

/** One export through the gateway, its file checked, and the exporting service's memory meanwhile. */
export interface ExportCheck {
  format: 'xlsx' | 'csv';
  rows: number;
  bytes: number;
  ttfbMs: number;
  totalMs: number;
  /** The exporting service: RSS before, peak RSS sampled every 50 ms, and the kernel's peak mark (VmHWM, reset before). */
  rssBeforeMiB: number;
  peakRssMiB: number;
  vmHwmMiB: number;
  gatewayPeakRssMiB: number;
  header: string[];
  verified: string;
}

/**
 * GETs an export (`path` with its query) through the gateway into `dir`, times it, and verifies the file: its header
 * row must be `header` and its data rows `expectedRows` (CSV parsed; XLSX entries listed and sheet1 streamed). The
 * file is deleted afterwards.
 */
export async function exportAndVerify(o: {
  gateway: ServiceChild;
  service: ServiceChild;
  path: string;
  format: 'xlsx' | 'csv';
  token: string;
  dir: string;
  header: readonly string[];
  expectedRows: number;
}): Promise<ExportCheck> {
  const file = join(o.dir, `export.${o.format}`);
  const pid = o.service.pid;
  const rssBefore = procMemory(pid, 'VmRSS');
  resetPeak(pid);
  const stopSampling = sampleRss([pid, o.gateway.pid], 50);
  const t = await timedDownload(`${new URL(o.gateway.url).origin}${o.path}`, o.token, file);
  const peaks = stopSampling();
  const hwm = procMemory(pid, 'VmHWM');
  const parsed = o.format === 'csv' ? verifyCsv(file) : await verifyXlsx(file);
  if (parsed.rows !== o.expectedRows || parsed.header.join(',') !== o.header.join(','))
    throw new Error(
      `${o.path}: ${parsed.rows} rows (expected ${o.expectedRows}), header ${JSON.stringify(parsed.header)}`,
    );
  rmSync(file, { force: true });
  const r: ExportCheck = {
    format: o.format,
    rows: parsed.rows,
    ...t,
    rssBeforeMiB: rssBefore / MiB,
    peakRssMiB: peaks.get(pid)! / MiB,
    vmHwmMiB: hwm / MiB,
    gatewayPeakRssMiB: peaks.get(o.gateway.pid)! / MiB,
    header: parsed.header,
    verified:
      o.format === 'csv'
        ? "parsed: BOM, header row = the export's columns, data rows counted = SQL count"
        : "unzip -l (workbook, sheet1), sheet1.xml streamed: header cells = the export's columns, <row> elements counted = SQL count",
  };
  console.log(
    `  ${o.format.toUpperCase()} ${r.rows} rows, ${fmt(r.bytes / MiB, 1)} MiB: first byte ${fmt(r.ttfbMs, 0)} ms, last byte ${fmt(r.totalMs / 1000, 2)} s; ${o.service.name} RSS ${fmt(r.rssBeforeMiB, 0)} → peak ${fmt(r.peakRssMiB, 0)} MiB (VmHWM ${fmt(r.vmHwmMiB, 0)} MiB), gateway peak ${fmt(r.gatewayPeakRssMiB, 0)} MiB`,
  );
  return r;
}
