// Gateway / identity benchmark (not a test). One run brings up the real identity subgraph on a fresh database with the
// demo data and the real gateway in front of it, in production mode — once in this process (gateway and identity on
// one event loop) and once in a process of its own (as deployed; bench/src/gateway-process.ts) — measures, prints a
// Markdown table, writes bench/results/gateway-<date>.{md,json}, and tears everything down. See bench/README.md.
process.env.ANZE_LOG_LEVEL ||= 'warn';

import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { JSONWebKeySet } from 'jose';
import { ok, TEST_GATEWAY_SECRET } from '@anze/testing';
import { createTokenVerifier } from '@anze/auth';
import { loadCredential } from '@anze/ca/browser';
import type { IdentityService } from '@anze/identity/app';
import { startIdentityTestbed } from '@anze/identity/testbed';
import { DEMO_PASSWORD, DEMO_CERTIFICATE_PASSWORD, type DemoAccount } from '@anze/identity/demo';
import { createLogger, GATEWAY_SECRET_HEADER, type Logger } from '@anze/server-kit';
import { startGateway, type RunningGateway } from '@anze/gateway/server';
import { percentile, writeResults } from './results.ts';

// ---------- knobs (environment, for quick runs) ----------
const DURATION_S = Number(process.env.BENCH_DURATION_S || 8);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S || 2);
const LOGIN_DURATION_S = Number(process.env.BENCH_LOGIN_DURATION_S || 5);
const VERIFY_N = Number(process.env.BENCH_VERIFY_N || 5000);
const PRESIGNED_POOL = Number(process.env.BENCH_PRESIGNED_POOL || 200);

const TARGET_GATEWAY_P50_MS = 5;
const TARGET_VERIFY_MS = 0.2;

// The caller of the query and password-login rows: a regulator signs in with a password alone. (Platform operators
// — admin, auditor — need a second factor, password + certificate, which is not what these rows measure.)
const BENCH_USER = 'hlj-zjt';
const BENCH_ROLE = 'REGULATOR';

const VIEWER = '{ viewer { roles } }';
const PASSWORD_LOGIN =
  'mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { accessToken } }';
const CHALLENGE = 'mutation { requestCertificateChallenge { id challenge } }';
const CERT_LOGIN =
  'mutation($input: CertificateLoginInput!) { loginWithCertificate(input: $input) { accessToken } }';

const here = dirname(fileURLToPath(import.meta.url));
/** How this run was started, for the report (npm run bench -w @anze/bench runs `node src/gateway.ts`). */
const COMMAND =
  process.env.npm_lifecycle_event === 'bench'
    ? 'npm run bench -w @anze/bench'
    : `node ${process.argv
        .slice(1)
        .map((a) => a.replace(/^.*\/(bench\/src\/)/, '$1'))
        .join(' ')}`;

// ---------- measurement helpers ----------
interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** connections / req/s (Little's law, closed loop): sub-millisecond precision that autocannon's 1 ms histogram lacks. */
  derivedMeanMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** autocannon in a worker thread (`workers: 1`) so the load generator does not share the servers' event loop. */
async function cannon(t: Target, connections: number, durationS: number): Promise<autocannon.Result> {
  return autocannon({
    url: t.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...t.headers },
    body: t.body,
    connections,
    duration: durationS,
    workers: 1,
  });
}

async function load(
  label: string,
  t: Target,
  connections: number,
  durationS = DURATION_S,
  afterWarmup?: () => Promise<void>,
): Promise<LoadResult> {
  process.stdout.write(`  ${label} @ ${connections} conn … `);
  if (WARMUP_S > 0) await cannon(t, connections, WARMUP_S);
  await afterWarmup?.();
  const r = await cannon(t, connections, durationS);
  const out: LoadResult = {
    connections,
    durationS,
    requests: r.requests.total,
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    meanMs: r.latency.average,
    derivedMeanMs: (connections * 1000) / r.requests.average,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
  console.log(
    `${fmt(out.reqPerSec, 0)} req/s, p50 ${fmt(out.p50Ms)} ms, mean ${fmt(out.derivedMeanMs, 3)} ms, p99 ${fmt(out.p99Ms)} ms${out.non2xx || out.errors ? ` (non2xx ${out.non2xx}, errors ${out.errors})` : ''}`,
  );
  return out;
}

interface QueryRow {
  direct: LoadResult;
  /** Gateway in the bench process, on identity's event loop. */
  gateway: LoadResult;
  /** Gateway in a process of its own; `cpuUsPerRequest` = its CPU time (user + system) ÷ requests served. */
  gatewayProcess: LoadResult & { cpuUsPerRequest: number };
}

interface LoopResult {
  concurrency: number;
  durationS: number;
  operations: number;
  failures: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `op` in `concurrency` parallel loops for `durationS` (or until `op` returns false); times each call. */
async function loop(
  concurrency: number,
  durationS: number,
  op: () => Promise<boolean | void>,
): Promise<LoopResult> {
  const latencies: number[] = [];
  let failures = 0;
  let exhausted = false;
  const start = performance.now();
  const end = start + durationS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!exhausted && performance.now() < end) {
        const t0 = performance.now();
        try {
          const more = await op();
          latencies.push(performance.now() - t0);
          if (more === false) exhausted = true;
        } catch (error) {
          failures++;
          if (failures === 1) console.warn(`\n  first failure: ${(error as Error).message}`);
          if (failures > 50) throw error;
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    concurrency,
    durationS: Number(elapsed.toFixed(2)),
    operations: latencies.length,
    failures,
    perSec: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

async function post<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors?.length || !body.data)
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

function fmt(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

// ---------- the stack ----------
interface Stack {
  identity: IdentityService;
  /** In this process: shares the event loop with identity. */
  gateway: RunningGateway;
  /** In a child process (production-like: its own event loop); `cpuUs()` reads that process's CPU time. */
  separate: { url: string; cpuUs(): Promise<number> };
  accounts: DemoAccount[];
  close(): Promise<void>;
}

/** bench/src/gateway-process.ts, forked; resolves once it listens. BENCH_GATEWAY_NODE_ARGS e.g. "--cpu-prof". */
async function forkGateway(identityUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(here, 'gateway-process.ts'), [], {
    env: { ...process.env, BENCH_IDENTITY_URL: identityUrl },
    execArgv: (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(' ').filter(Boolean),
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`gateway process exited with ${code}`)));
  });
  return { child, url };
}

async function startStack(): Promise<Stack> {
  // The run takes ~3 minutes; the default 300 s token would be close to expiring at the end.
  const testbed = await startIdentityTestbed({
    label: 'bench',
    env: { NODE_ENV: 'production', ACCESS_TOKEN_SECONDS: '3600', SESSION_IDLE_SECONDS: '3600' },
  });
  const identity = testbed.service;
  let gateway: RunningGateway | undefined;
  let child: ChildProcess | undefined;
  const close = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.send('stop');
      await exited;
    }
    await gateway?.stop().catch((e: unknown) => console.error('gateway stop failed', e));
    await testbed.close().catch((e: unknown) => console.error('identity stop failed', e));
  };
  try {
    const log: Logger = createLogger({ service: 'gateway' }, 'warn');
    gateway = await startGateway({
      port: 0,
      host: '127.0.0.1',
      production: true,
      gatewaySecret: TEST_GATEWAY_SECRET,
      subgraphUrls: { identity: identity.url },
      logger: log,
    });
    const forked = await forkGateway(identity.url);
    child = forked.child;
    const cpuUs = () =>
      new Promise<number>((resolve) => {
        forked.child.once('message', (m) => resolve((m as { cpuUs: number }).cpuUs));
        forked.child.send('cpu');
      });
    return { identity, gateway, separate: { url: forked.url, cpuUs }, accounts: testbed.accounts, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// ---------- main ----------
async function main() {
  const startedAt = new Date();
  console.log(
    `Anze gateway benchmark — ${startedAt.toISOString()} — ${cpus().length} CPU(s), node ${process.version}`,
  );
  console.log(
    'Starting identity (fresh database, demo data) and gateways (in-process, own process), production mode …',
  );
  const stack = await startStack();
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    console.error('\ninterrupted — cleaning up');
    stack.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const { identity, gateway, separate, accounts } = stack;
    const token = (
      await post<{ loginWithPassword: { accessToken: string } }>(gateway.url, PASSWORD_LOGIN, {
        u: BENCH_USER,
        p: DEMO_PASSWORD,
      })
    ).loginWithPassword.accessToken;
    for (const url of [gateway.url, separate.url]) {
      const roles = await ok<{ viewer: { roles: string[] } | null }>(url, VIEWER, {
        token,
        gatewaySecret: false,
      });
      if (!roles.viewer?.roles.includes(BENCH_ROLE))
        throw new Error(`unexpected viewer ${JSON.stringify(roles)}`);
    }
    const anon = await ok<{ viewer: unknown }>(identity.url, VIEWER);
    if (anon.viewer !== null) throw new Error('anonymous viewer should be null');

    const body = JSON.stringify({ query: VIEWER });
    const auth = { authorization: `Bearer ${token}` };
    const secret = { [GATEWAY_SECRET_HEADER]: TEST_GATEWAY_SECRET };
    const direct: Target = { url: identity.url, headers: { ...secret, ...auth }, body };
    const viaGateway: Target = { url: gateway.url, headers: { ...auth }, body };
    const viaSeparate: Target = { url: separate.url, headers: { ...auth }, body };
    const directAnon: Target = { url: identity.url, headers: { ...secret }, body };

    // 1. direct vs gateway
    console.log(
      `\n[1] { viewer { roles } } as ${BENCH_ROLE} (${BENCH_USER}) — ${WARMUP_S} s warm-up + ${DURATION_S} s each`,
    );
    const query: Record<string, QueryRow> = {};
    for (const c of [1, 50]) {
      const directRow = await load('direct (subgraph)            ', direct, c);
      const inProcess = await load('through gateway (in-process) ', viaGateway, c);
      // CPU time of the gateway process over its measured run (warm-up excluded): the gateway's own cost per
      // request, which the shared cores blur in req/s and latency.
      let cpuBefore = 0;
      const own = await load('through gateway (own process)', viaSeparate, c, DURATION_S, async () => {
        cpuBefore = await separate.cpuUs();
      });
      const gatewayCpuUsPerRequest = (await separate.cpuUs()) - cpuBefore;
      query[c] = {
        direct: directRow,
        gateway: inProcess,
        gatewayProcess: { ...own, cpuUsPerRequest: gatewayCpuUsPerRequest / own.requests },
      };
      console.log(
        `    gateway process CPU: ${fmt(query[c]!.gatewayProcess.cpuUsPerRequest, 0)} µs per request`,
      );
    }

    // 2. token verification cost
    console.log('\n[2] token verification: anonymous vs authenticated, direct to the subgraph');
    const verification: Record<string, { anonymous: LoadResult; authenticated: LoadResult }> = {};
    for (const c of [1, 50]) {
      verification[c] = {
        anonymous: await load('anonymous    ', directAnon, c),
        authenticated: await load('authenticated', direct, c),
      };
    }
    const jwks = (await (await fetch(identity.jwksUrl)).json()) as JSONWebKeySet;
    // Signature check on every call (cache off) vs the default verifier, which remembers a verified token until it
    // expires — what a subgraph does for the second and later requests of a session.
    const timeVerifier = async (verify: ReturnType<typeof createTokenVerifier>) => {
      for (let i = 0; i < 500; i++) await verify(token);
      const t0 = performance.now();
      for (let i = 0; i < VERIFY_N; i++) await verify(token);
      return ((performance.now() - t0) * 1000) / VERIFY_N;
    };
    const verifyUs = await timeVerifier(createTokenVerifier({ jwks, cacheEntries: 0 }));
    const verifyCachedUs = await timeVerifier(createTokenVerifier({ jwks }));
    console.log(
      `  createTokenVerifier({ jwks }): ${fmt(verifyUs, 1)} µs per signature check, ${fmt(verifyCachedUs, 2)} µs per cached token (N=${VERIFY_N})`,
    );

    // 3. logins (through the gateway, as the web app does)
    console.log(`\n[3] logins through the gateway — ${LOGIN_DURATION_S} s each`);
    const passwordLogin = () =>
      post(gateway.url, PASSWORD_LOGIN, { u: BENCH_USER, p: DEMO_PASSWORD }).then(() => true);
    const password: Record<string, LoopResult> = {};
    await loop(2, 1, passwordLogin); // warm-up
    for (const c of [1, 8]) {
      password[c] = await loop(c, LOGIN_DURATION_S, passwordLogin);
      console.log(
        `  password (argon2id) @ ${c}: ${fmt(password[c]!.perSec, 1)} logins/s, p50 ${fmt(password[c]!.p50Ms, 1)} ms, p99 ${fmt(password[c]!.p99Ms, 1)} ms`,
      );
    }

    const enterprise = accounts.find((a) => a.role === 'ENTERPRISE' && a.certificate);
    if (!enterprise) throw new Error('no demo enterprise certificate');
    const credential = await loadCredential({
      data: new Uint8Array(readFileSync(enterprise.certificate!)),
      password: enterprise.certificatePassword ?? DEMO_CERTIFICATE_PASSWORD,
    });
    const signedInput = async () => {
      const c = (
        await post<{ requestCertificateChallenge: { id: string; challenge: string } }>(gateway.url, CHALLENGE)
      ).requestCertificateChallenge;
      return {
        challengeId: c.id,
        certificate: credential.certificatePem,
        signature: await credential.sign(c.challenge),
        algorithm: credential.algorithm,
      };
    };
    const certRoundTrip = async () => {
      await post(gateway.url, CERT_LOGIN, { input: await signedInput() });
      return true;
    };
    const certificate: Record<string, LoopResult> = {};
    await loop(2, 1, certRoundTrip); // warm-up
    for (const c of [1, 8]) {
      certificate[c] = await loop(c, LOGIN_DURATION_S, certRoundTrip);
      console.log(
        `  certificate, full round trip (challenge + sign + login) @ ${c}: ${fmt(certificate[c]!.perSec, 1)} logins/s, p50 ${fmt(certificate[c]!.p50Ms, 1)} ms, p99 ${fmt(certificate[c]!.p99Ms, 1)} ms`,
      );
    }
    const pool = await Promise.all(Array.from({ length: PRESIGNED_POOL }, signedInput));
    const presigned = await loop(8, LOGIN_DURATION_S * 4, async () => {
      const input = pool.pop();
      if (!input) return false;
      await post(gateway.url, CERT_LOGIN, { input });
      return pool.length > 0;
    });
    console.log(
      `  certificate, pre-signed pool of ${PRESIGNED_POOL} (loginWithCertificate only) @ 8: ${fmt(presigned.perSec, 1)} logins/s, p50 ${fmt(presigned.p50Ms, 1)} ms, p99 ${fmt(presigned.p99Ms, 1)} ms`,
    );

    // ---------- report ----------
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    };
    const settings = {
      durationS: DURATION_S,
      warmupS: WARMUP_S,
      loginDurationS: LOGIN_DURATION_S,
      verifyN: VERIFY_N,
      presignedPool: PRESIGNED_POOL,
    };
    const p50Delta = {
      c1: verification[1]!.authenticated.p50Ms - verification[1]!.anonymous.p50Ms,
      c50: verification[50]!.authenticated.p50Ms - verification[50]!.anonymous.p50Ms,
    };
    // Per-request cost from throughput at saturation: 1/rps(auth) − 1/rps(anon), in ms of server time per request.
    const perRequestMs = (v: { anonymous: LoadResult; authenticated: LoadResult }) =>
      1000 / v.authenticated.reqPerSec - 1000 / v.anonymous.reqPerSec;
    const verificationCost = {
      p50DeltaMs: p50Delta,
      meanDeltaMs: {
        c1: verification[1]!.authenticated.derivedMeanMs - verification[1]!.anonymous.derivedMeanMs,
        c50: verification[50]!.authenticated.derivedMeanMs - verification[50]!.anonymous.derivedMeanMs,
      },
      perRequestFromThroughputMs: {
        c1: perRequestMs(verification[1]!),
        c50: perRequestMs(verification[50]!),
      },
      microbenchUsPerVerification: verifyUs,
      microbenchUsPerCachedToken: verifyCachedUs,
    };
    const json = {
      command: COMMAND,
      benchUser: { username: BENCH_USER, role: BENCH_ROLE },
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine,
      settings,
      targets: { gatewayP50Ms: TARGET_GATEWAY_P50_MS, tokenVerificationMs: TARGET_VERIFY_MS },
      query,
      verification,
      verificationCost,
      logins: { password, certificate, certificatePresigned: presigned },
    };
    const md = markdown(json);
    console.log(`\n${md}`);
    writeResults('gateway', startedAt, json, md);
  } finally {
    if (!stopping) {
      stopping = true;
      console.log('cleaning up (stopping services, dropping the database) …');
      await stack.close();
    }
  }
}

// ---------- Markdown ----------
interface Report {
  command: string;
  benchUser: { username: string; role: string };
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  settings: {
    durationS: number;
    warmupS: number;
    loginDurationS: number;
    verifyN: number;
    presignedPool: number;
  };
  query: Record<string, QueryRow>;
  verification: Record<string, { anonymous: LoadResult; authenticated: LoadResult }>;
  verificationCost: {
    p50DeltaMs: { c1: number; c50: number };
    meanDeltaMs: { c1: number; c50: number };
    perRequestFromThroughputMs: { c1: number; c50: number };
    microbenchUsPerVerification: number;
    microbenchUsPerCachedToken: number;
  };
  logins: {
    password: Record<string, LoopResult>;
    certificate: Record<string, LoopResult>;
    certificatePresigned: LoopResult;
  };
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');

function markdown(r: Report): string {
  const s = r.settings;
  const lines: string[] = [];
  lines.push(`# Gateway benchmark — ${r.startedAt}`, '');
  lines.push(`Command: \`${r.command}\` (bench/src/gateway.ts).`, '');
  lines.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ${r.machine.platform}, node ${r.machine.node}. Identity in the bench process; the gateway both in that process (one event loop with identity) and in a process of its own (as deployed); production mode, log level warn; autocannon in a worker thread of the bench process; everything shares the machine's cores; loopback only. Load runs: ${s.warmupS} s warm-up + ${s.durationS} s.`,
    '',
  );

  lines.push(
    `## 1. \`{ viewer { roles } }\` as ${r.benchUser.role} (\`${r.benchUser.username}\`) — direct to identity vs through the gateway`,
    '',
  );
  lines.push(
    'autocannon records latency in whole milliseconds, so p50/p99 have 1 ms resolution; "mean ms" is connections ÷ req/s (closed loop), precise below 1 ms.',
    '',
  );
  lines.push(
    "The gateway-process CPU column is that process's CPU time (user + system, `process.cpuUsage()`) over the measured run divided by the requests it served: the gateway's own cost per request, which req/s and latency blur because load generator, identity and gateway share the cores.",
    '',
  );
  lines.push(
    '| connections | path | req/s | p50 ms | p99 ms | mean ms | non-2xx / errors | gateway CPU µs/req | target |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---|',
  );
  const row = (c: string, label: string, x: LoadResult, cpu: string, target: string) =>
    `| ${c} | ${label} | ${fmt(x.reqPerSec, 0)} | ${fmt(x.p50Ms)} | ${fmt(x.p99Ms)} | ${fmt(x.derivedMeanMs, 3)} | ${x.non2xx} / ${x.errors} | ${cpu} | ${target} |`;
  const overhead = (c: string, label: string, x: LoadResult, d: LoadResult) =>
    `| ${c} | ${label} | ${fmt((x.reqPerSec / d.reqPerSec) * 100, 0)} % of direct | +${fmt(x.p50Ms - d.p50Ms)} | +${fmt(x.p99Ms - d.p99Ms)} | +${fmt(x.derivedMeanMs - d.derivedMeanMs, 3)} | | | |`;
  const target = (x: LoadResult) =>
    `p50 < ${TARGET_GATEWAY_P50_MS} ms ${mark(x.p50Ms < TARGET_GATEWAY_P50_MS)}`;
  for (const c of Object.keys(r.query)) {
    const q = r.query[c]!;
    lines.push(row(c, 'direct (subgraph + gateway secret)', q.direct, '', ''));
    lines.push(
      row(
        c,
        'through the gateway, in-process (one event loop with identity)',
        q.gateway,
        '',
        target(q.gateway),
      ),
    );
    lines.push(overhead(c, 'gateway overhead, in-process', q.gateway, q.direct));
    lines.push(
      row(
        c,
        'through the gateway, own process',
        q.gatewayProcess,
        fmt(q.gatewayProcess.cpuUsPerRequest, 0),
        target(q.gatewayProcess),
      ),
    );
    lines.push(overhead(c, 'gateway overhead, own process', q.gatewayProcess, q.direct));
  }
  lines.push('');

  lines.push('## 2. Token verification — anonymous vs authenticated, direct to identity', '');
  lines.push(
    '| connections | caller | req/s | p50 ms | p99 ms | mean ms | non-2xx / errors |',
    '|---:|---|---:|---:|---:|---:|---:|',
  );
  for (const c of Object.keys(r.verification)) {
    const v = r.verification[c]!;
    lines.push(
      `| ${c} | anonymous | ${fmt(v.anonymous.reqPerSec, 0)} | ${fmt(v.anonymous.p50Ms)} | ${fmt(v.anonymous.p99Ms)} | ${fmt(v.anonymous.derivedMeanMs, 3)} | ${v.anonymous.non2xx} / ${v.anonymous.errors} |`,
    );
    lines.push(
      `| ${c} | authenticated (Bearer) | ${fmt(v.authenticated.reqPerSec, 0)} | ${fmt(v.authenticated.p50Ms)} | ${fmt(v.authenticated.p99Ms)} | ${fmt(v.authenticated.derivedMeanMs, 3)} | ${v.authenticated.non2xx} / ${v.authenticated.errors} |`,
    );
  }
  const vc = r.verificationCost;
  const us = vc.microbenchUsPerVerification;
  lines.push('');
  lines.push('| derived cost of verifying the token | value | target |', '|---|---:|---|');
  lines.push(`| Δ p50 (authenticated − anonymous) @ 1 conn | ${fmt(vc.p50DeltaMs.c1, 3)} ms | |`);
  lines.push(`| Δ p50 (authenticated − anonymous) @ 50 conn | ${fmt(vc.p50DeltaMs.c50, 3)} ms | |`);
  lines.push(`| Δ mean latency (authenticated − anonymous) @ 1 conn | ${fmt(vc.meanDeltaMs.c1, 3)} ms | |`);
  lines.push(
    `| per request from req/s (1/rps_auth − 1/rps_anon) @ 1 conn | ${fmt(vc.perRequestFromThroughputMs.c1, 3)} ms | |`,
  );
  lines.push(
    `| per request from req/s (1/rps_auth − 1/rps_anon) @ 50 conn (CPU cost at saturation) | ${fmt(vc.perRequestFromThroughputMs.c50, 3)} ms | < ${TARGET_VERIFY_MS} ms ${mark(vc.perRequestFromThroughputMs.c50 < TARGET_VERIFY_MS)} |`,
  );
  lines.push(
    `| \`createTokenVerifier({ jwks, cacheEntries: 0 })\` micro-benchmark: signature check on every call, N=${s.verifyN} | ${fmt(us, 1)} µs (${fmt(us / 1000, 3)} ms) | < ${TARGET_VERIFY_MS} ms ${mark(us / 1000 < TARGET_VERIFY_MS)} |`,
  );
  const cached = vc.microbenchUsPerCachedToken;
  lines.push(
    `| \`createTokenVerifier({ jwks })\` (default) micro-benchmark: the same token again, served from the verified-token cache, N=${s.verifyN} | ${fmt(cached, 2)} µs (${fmt(cached / 1000, 4)} ms) | < ${TARGET_VERIFY_MS} ms ${mark(cached / 1000 < TARGET_VERIFY_MS)} |`,
  );
  lines.push('');

  lines.push(`## 3. Logins through the gateway — ${s.loginDurationS} s per row`, '');
  lines.push(
    '| login | concurrency | logins/s | p50 ms | p99 ms | logins (failures) |',
    '|---|---:|---:|---:|---:|---:|',
  );
  for (const c of Object.keys(r.logins.password)) {
    const x = r.logins.password[c]!;
    lines.push(
      `| password (\`loginWithPassword\`, argon2id) | ${c} | ${fmt(x.perSec, 1)} | ${fmt(x.p50Ms, 1)} | ${fmt(x.p99Ms, 1)} | ${x.operations} (${x.failures}) |`,
    );
  }
  for (const c of Object.keys(r.logins.certificate)) {
    const x = r.logins.certificate[c]!;
    lines.push(
      `| certificate, full round trip (challenge + sign + \`loginWithCertificate\`) | ${c} | ${fmt(x.perSec, 1)} | ${fmt(x.p50Ms, 1)} | ${fmt(x.p99Ms, 1)} | ${x.operations} (${x.failures}) |`,
    );
  }
  const p = r.logins.certificatePresigned;
  lines.push(
    `| certificate, pre-signed pool of ${s.presignedPool} (\`loginWithCertificate\` only) | ${p.concurrency} | ${fmt(p.perSec, 1)} | ${fmt(p.p50Ms, 1)} | ${fmt(p.p99Ms, 1)} | ${p.operations} (${p.failures}) |`,
  );
  lines.push('');
  return `${lines.join('\n')}\n`;
}

await main();
// Pooled keep-alive sockets (undici) and NATS reconnect timers may keep the loop alive after cleanup.
process.exit(0);
