// Underwriting benchmark at the bench size (issue 12 §8; not a test): the insurer's 投保信息 page and the regulator's
// 项目信息 filtered by 投保状态, each direct and through the gateway, next to the shape's floor (the subgraphs' own
// schemas answering the same pages from memory, shape-floor.ts) at 1 and 50 connections; the 保单台帐 export of
// ~100,000 rows (time, peak memory of underwriting); issuePolicy at concurrency 8 with the 台帐 numbering checked in
// SQL afterwards. On the real services in production mode, each in a process of its own, with the gateway in front.
// Data: the projects benchmark's prepared world (projects-data.ts) plus underwriting's and documents' databases
// (underwriting-data.ts), prepared once and reused (`--reseed` starts over). Writes bench/results/underwriting-<date>.
// See bench/README.md.
process.env.ANZE_LOG_LEVEL ||= 'warn';

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { print, visit, type DocumentNode } from 'graphql';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { NATS_URL, samplePdf, TEST_GATEWAY_SECRET } from '@anze/testing';
import { GATEWAY_SECRET_HEADER } from '@anze/server-kit';
import { fenToYuan } from '@anze/domain';
import { DEMO_INSURERS } from '@anze/demo';
import { LEDGER_COLUMNS } from '@anze/underwriting/exports/underwriting-exports';
import { LEDGER_NUMBER } from '@anze/underwriting/domain/ledger-number';
import { ApplicationsDocument, IssuePolicyDocument, RegulatorProjectsDocument } from '@anze/web/gql';
import {
  DATA_DIR,
  DATABASES,
  dropBenchData,
  EVENTS,
  EXPECTED,
  prepareDatabases,
  sql,
  WRITTEN_CODE_PREFIX,
} from './projects-data.ts';
import {
  dropUnderwritingData,
  prepareUnderwriting,
  readUnderwritingPrepared,
  UW_DATABASES,
  writeUnderwritingPrepared,
  type UnderwritingPrepared,
} from './underwriting-data.ts';
import {
  backlog,
  benchCommand,
  cpuMeter,
  demoToken,
  DURATION_S,
  exportAndVerify,
  type ExportCheck,
  fmt,
  forkIdentity,
  gql,
  latencySummary,
  load,
  type Load,
  type LoadResult,
  login,
  MiB,
  peakRssLine,
  type ReportHead,
  reportHead,
  serviceRegistry,
  type Target,
  waitForQuiet,
  waitUntil,
  WARMUP_S,
} from './kit.ts';
import { forkService, type ServiceChild } from './services.ts';
import { writeResults } from './results.ts';

// ---------- knobs ----------
const RESEED = process.argv.includes('--reseed');
const CONNECTIONS = [1, 50];
/**
 * The real pages at 50 connections run this long (BENCH_SATURATED_S, 30): a request that costs hundreds of ms of
 * PostgreSQL CPU waits for the 49 before it, so an 8 s window can end before the first answer.
 */
const SATURATED_S = Number(process.env.BENCH_SATURATED_S || 30);
/** Exports per format (CSV, XLSX). */
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS || 1);
/** issuePolicy calls per run (each consumes one 可出单 application of the demo world) and their concurrency. */
const ISSUES = Number(process.env.BENCH_ISSUES || 400);
const ISSUE_CONCURRENCY = 8;
/** BENCH_ONLY=lists | export | issue: one section alone, its table printed, no report written. */
const ONLY = process.env.BENCH_ONLY || null;
if (ONLY !== null && !['lists', 'export', 'issue'].includes(ONLY))
  throw new Error('BENCH_ONLY must be lists, export or issue');
/** analytics is not started (nothing here reads it): the gateway's route to it leads nowhere. */
const NOWHERE = 'http://127.0.0.1:9/graphql';
/** The demo insurer with an account (人保财险, DEMO_INSURERS[0]): its applications, its 台帐. */
const INSURER = DEMO_INSURERS[0]!;

const COMMAND = benchCommand('bench:underwriting', RESEED);

// The web app's own documents (web/src/features/underwriting/graphql.ts and projects/graphql.ts, compiled into
// web/src/gql, exported as @anze/web/gql).
const APPLICATIONS_QUERY = print(ApplicationsDocument);
const REGULATOR_QUERY = print(RegulatorProjectsDocument);
const ISSUE_MUTATION = print(IssuePolicyDocument);

/**
 * The regulator's document without `insurance` (the 电子保单, which the gateway fetches from underwriting and, for
 * the file, documents): the part the projects subgraph answers itself, for the direct rows and its floor.
 */
const REGULATOR_PROJECTS_PART = print(
  visit(RegulatorProjectsDocument as DocumentNode, {
    Field: (node) => (node.name.value === 'insurance' ? null : undefined),
  }),
);

interface ListScenario {
  id: 'insurer' | 'regulator';
  title: string;
  operationName: string;
  query: string;
  /** The query the owning subgraph answers by itself (direct rows, its floor). */
  directQuery: string;
  /** The subgraph that owns the root field. */
  subgraph: 'underwriting' | 'projects';
  rootField: string;
  variables: Record<string, unknown>;
}

/**
 * 投保信息 as 人保财险's underwriter opens it with a search: 投保状态 待复审 + 项目名称 “路” (a character in most demo
 * project names, as in the projects benchmark); 项目信息 as the province regulator filters 投保状态 = 已投保.
 */
const SCENARIOS: ListScenario[] = [
  {
    id: 'insurer',
    title: `insurer 投保信息 — ${INSURER.name} (certificate login), 投保状态 待复审 + 项目名称 “路”, 20 rows`,
    operationName: 'Applications',
    query: APPLICATIONS_QUERY,
    directQuery: APPLICATIONS_QUERY,
    subgraph: 'underwriting',
    rootField: 'insuranceApplications',
    variables: { filter: { status: 'SUBMITTED', projectName: '路' }, page: { page: 1, pageSize: 20 } },
  },
  {
    id: 'regulator',
    title: 'regulator 项目信息 — hlj-zjt (230000, password login), 投保状态 = 已投保, 20 rows',
    operationName: 'RegulatorProjects',
    query: REGULATOR_QUERY,
    directQuery: REGULATOR_PROJECTS_PART,
    subgraph: 'projects',
    rootField: 'projects',
    variables: { filter: { insuranceStatus: 'INSURED' }, page: { page: 1, pageSize: 20 } },
  },
];

/**
 * The 保单台帐 export: 人保财险's underwriter's 批量导出 of its whole 台帐, no search — its market share of the bench
 * world's ~293,000 policies, ~90,000 rows (the regulator's province-wide 台帐 would be all of them). The exact count
 * is checked against SQL and reported.
 */
const EXPORT_FILTER: Record<string, string> = {};

// ---------- the stack ----------
interface Stack {
  identity: ServiceChild;
  projects: ServiceChild;
  underwriting: ServiceChild;
  documents: ServiceChild;
  gateway: ServiceChild;
  all: ServiceChild[];
}

/** The bench's databases by name (for pg_stat_activity). */
const BENCH_DATABASE_NAMES = [...Object.values(DATABASES), ...Object.values(UW_DATABASES)].map((u) =>
  new URL(u).pathname.slice(1),
);
const OUTBOXES = {
  identity: DATABASES.identity,
  projects: DATABASES.projects,
  underwriting: UW_DATABASES.underwriting,
  documents: UW_DATABASES.documents,
};
/** The durable consumers of the services started here (analytics', if an earlier projects run made them, wait). */
const OWN_CONSUMERS = /^(projects|underwriting|documents)_/;

async function countOf(url: string, text: string, values: unknown[] = []): Promise<number> {
  return Number((await sql<{ n: string }>(url, text, values))[0]?.n ?? 0);
}

async function unpublishedEvents(): Promise<number> {
  let n = 0;
  for (const url of Object.values(OUTBOXES))
    n += await countOf(url, 'select count(*) as n from outbox where published_at is null');
  return n;
}

async function ownBacklog(jsm: JetStreamManager): Promise<Map<string, number>> {
  // On a loaded machine a JetStream API request may time out: ask again at the next poll.
  const all = await backlog(jsm).catch((error: Error) => new Map([[`(consumer list: ${error.message})`, 1]]));
  return new Map([...all].filter(([name]) => OWN_CONSUMERS.test(name) || name.startsWith('(')));
}

function gatewayFor(urls: Record<string, string>) {
  return forkService('gateway', { BENCH_SUBGRAPH_URLS: JSON.stringify({ analytics: NOWHERE, ...urls }) });
}

/**
 * identity, projects, underwriting and documents, each with its relay and consumers; then everything the seeds left
 * is published and applied (timed when there is something to do: on a fresh prepare ~540,000 identity and projects
 * events and ~365,000 of underwriting's, which projects, underwriting and documents consume), then the gateway.
 */
async function startStack(figures: UnderwritingPrepared, started: ServiceChild[]): Promise<Stack> {
  const nc = await connect({ servers: NATS_URL, name: 'bench-underwriting' });
  const jsm = await jetstreamManager(nc);
  try {
    const toPublish = await unpublishedEvents();
    const identity = await forkIdentity();
    started.push(identity);
    const withJwks = { ...EVENTS, AUTH_JWKS_URL: identity.jwksUrl! };
    const projects = await forkService('projects', {
      ...withJwks,
      PROJECTS_DATABASE_URL: DATABASES.projects,
    });
    started.push(projects);
    const underwriting = await forkService('underwriting', {
      ...withJwks,
      UNDERWRITING_DATABASE_URL: UW_DATABASES.underwriting,
    });
    started.push(underwriting);
    const documents = await forkService('documents', {
      ...withJwks,
      DOCUMENTS_DATABASE_URL: UW_DATABASES.documents,
      ANZE_DATA_DIR: DATA_DIR,
    });
    started.push(documents);
    const startedAt = Date.now();
    if (toPublish > 0) {
      console.log(`  publishing the outboxes: ${toPublish} events …`);
      const ms = await waitUntil('outboxes', async () => {
        const left = await unpublishedEvents();
        return { finished: left === 0, progress: `${toPublish - left} of ${toPublish} published` };
      });
      figures.publish = { events: toPublish, ms };
      console.log(`  published in ${fmt(ms / 1000, 1)} s (${fmt((toPublish * 1000) / ms, 0)}/s)`);
    }
    const pendingAtStart = Object.fromEntries(await ownBacklog(jsm));
    const caughtUp = await waitUntil('consumers', async () => {
      const b = await ownBacklog(jsm);
      const left = [...b.values()].reduce((a, n) => a + n, 0);
      return { finished: left === 0, progress: [...b].map(([n, k]) => `${n} ${k} left`).join(', ') };
    });
    if (toPublish > 0) {
      figures.catchUp = { ms: Date.now() - startedAt, consumers: pendingAtStart };
      writeUnderwritingPrepared(figures);
      console.log(`  consumers caught up ${fmt(caughtUp / 1000, 1)} s after the outboxes were empty`);
    }
    const gateway = await gatewayFor({
      identity: identity.url,
      projects: projects.url,
      underwriting: underwriting.url,
      documents: documents.url,
    });
    started.push(gateway);
    return {
      identity,
      projects,
      underwriting,
      documents,
      gateway,
      all: [identity, projects, underwriting, documents, gateway],
    };
  } finally {
    await nc.close();
  }
}

// ---------- checks ----------
interface InsuranceCounts {
  /** 投保状态 → projects in the projects database (its copy, kept from underwriting's events). */
  projects: Record<string, number>;
  /** The same derived from underwriting's own rows: a policy → 已投保, else the open application's state. */
  underwriting: Record<string, number>;
}

/** projects' 投保状态 must say what underwriting's rows say, or the regulator's filter measures stale data. */
async function checkInsuranceCounts(): Promise<InsuranceCounts> {
  const projectsRows = await sql<{ s: string; n: string }>(
    DATABASES.projects,
    `select insurance_status as s, count(*) as n from project where code not like '${WRITTEN_CODE_PREFIX}%' group by 1`,
  );
  const underwritingRows = await sql<{ s: string; n: string }>(
    UW_DATABASES.underwriting,
    `select s, count(*) as n from (
       select case when exists (select 1 from policy p where p.project_id = ip.id) then 'INSURED'
                   else coalesce((select a.status from insurance_application a where a.project_id = ip.id
                                   and a.status in ('SUBMITTED', 'APPROVED', 'REJECTED')), 'UNINSURED') end as s
         from insured_project ip) x group by 1`,
  );
  const of = (rows: Array<{ s: string; n: string }>) =>
    Object.fromEntries(rows.map((r) => [r.s, Number(r.n)]));
  const counts = { projects: of(projectsRows), underwriting: of(underwritingRows) };
  for (const s of ['INSURED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'UNINSURED'])
    if ((counts.projects[s] ?? 0) !== (counts.underwriting[s] ?? 0))
      throw new Error(
        `投保状态 ${s}: projects ${counts.projects[s]} ≠ underwriting ${counts.underwriting[s]}`,
      );
  console.log(`  投保状态 in projects = underwriting's rows ✔ ${JSON.stringify(counts.projects)}`);
  return counts;
}

// ---------- lists ----------
interface ListResult {
  scenario: Omit<ListScenario, 'query' | 'directQuery'>;
  total: number;
  runs: Record<string, Record<'direct' | 'gateway' | 'floorDirect' | 'floorGateway', LoadResult>>;
}

type Page = { items: Array<Record<string, unknown>>; total: number };

/**
 * The floors of a scenario: the owning subgraph's schema answering its page from memory, and for the regulator's
 * page also underwriting's and documents' schemas answering the gateway's entity fetches (`Project.insurance`, the
 * policy file) with what the real ones answered. Returns them and a second gateway routed to them.
 */
async function startFloors(
  s: ListScenario,
  direct: Page,
  viaGateway: Page,
  stack: Stack,
  started: ServiceChild[],
): Promise<{ floor: ServiceChild; processes: ServiceChild[]; gateway: ServiceChild }> {
  const floors: ServiceChild[] = [];
  const fork = async (name: Parameters<typeof forkService>[0], answers: unknown) => {
    const child = await forkService(name, { BENCH_FLOOR_ANSWERS: JSON.stringify(answers) });
    started.push(child);
    floors.push(child);
    return child;
  };
  const floor = await fork(`${s.subgraph}-floor`, { root: { field: s.rootField, value: direct } });
  const urls: Record<string, string> = {
    identity: stack.identity.url,
    projects: stack.projects.url,
    underwriting: stack.underwriting.url,
    documents: stack.documents.url,
    [s.subgraph]: floor.url,
  };
  if (s.id === 'regulator') {
    type Row = { id: string; insurance: { policy: { policyDocument: { id: string } | null } | null } | null };
    const rows = viaGateway.items as unknown as Row[];
    urls.underwriting = (
      await fork('underwriting-floor', {
        entities: {
          Project: Object.fromEntries(rows.map((r) => [r.id, { id: r.id, insurance: r.insurance }])),
        },
      })
    ).url;
    const files = rows.flatMap((r) =>
      r.insurance?.policy?.policyDocument ? [r.insurance.policy.policyDocument] : [],
    );
    urls.documents = (
      await fork('documents-floor', {
        entities: { Document: Object.fromEntries(files.map((f) => [f.id, f])) },
      })
    ).url;
  }
  const gateway = await gatewayFor(urls);
  started.push(gateway);
  return { floor, processes: floors, gateway };
}

async function measureList(
  s: ListScenario,
  token: string,
  stack: Stack,
  started: ServiceChild[],
): Promise<ListResult> {
  console.log(`\n ${s.title}`);
  const owner = stack[s.subgraph];
  const auth = { authorization: `Bearer ${token}` };
  const body = (query: string) =>
    JSON.stringify({ operationName: s.operationName, query, variables: s.variables });
  const direct: Target = {
    url: owner.url,
    headers: { [GATEWAY_SECRET_HEADER]: TEST_GATEWAY_SECRET, ...auth },
    body: body(s.directQuery),
  };
  const gateway: Target = { url: stack.gateway.url, headers: auth, body: body(s.query) };
  const viaGateway = (await gql<Record<string, Page>>(gateway.url, s.query, s.variables, auth))[s.rootField]!;
  const directPage = (
    await gql<Record<string, Page>>(direct.url, s.directQuery, s.variables, direct.headers)
  )[s.rootField]!;
  if (viaGateway.items.length !== 20 || directPage.total !== viaGateway.total)
    throw new Error(`${s.id}: unexpected answer ${JSON.stringify(viaGateway).slice(0, 300)}`);
  console.log(`  ${viaGateway.total} matching rows`);
  const floors = await startFloors(s, directPage, viaGateway, stack, started);
  const gatewayPath = s.id === 'regulator' ? [stack.projects, stack.underwriting, stack.documents] : [owner];
  const runs: ListResult['runs'] = {};
  try {
    const floorDirect: Target = { url: floors.floor.url, headers: auth, body: body(s.directQuery) };
    const floorGateway: Target = { url: floors.gateway.url, headers: auth, body: body(s.query) };
    const floorAnswer = await gql<Record<string, Page>>(floorGateway.url, s.query, s.variables, auth);
    if (JSON.stringify(floorAnswer[s.rootField]) !== JSON.stringify(viaGateway))
      throw new Error(`${s.id}: the floor's answer differs from the real one`);
    const measure = async (
      label: string,
      t: Target,
      shape: Load,
      processes: ServiceChild[],
      durationS = DURATION_S,
    ) => {
      const r = await load(label, t, shape, processes, durationS);
      await waitForQuiet(BENCH_DATABASE_NAMES);
      return r;
    };
    for (const connections of CONNECTIONS) {
      const shape = { connections };
      const realS = connections > 1 ? Math.max(DURATION_S, SATURATED_S) : DURATION_S;
      runs[connections] = {
        direct: await measure(`direct (${s.subgraph})        `, direct, shape, [owner], realS),
        gateway: await measure(
          'through the gateway    ',
          gateway,
          shape,
          [...gatewayPath, stack.gateway],
          realS,
        ),
        floorDirect: await measure('floor, direct          ', floorDirect, shape, [floors.floor]),
        floorGateway: await measure('floor, through gateway ', floorGateway, shape, [
          ...floors.processes,
          floors.gateway,
        ]),
      };
    }
  } finally {
    for (const child of [floors.gateway, ...floors.processes]) {
      await child.stop();
      started.splice(started.indexOf(child), 1);
    }
  }
  const { query: _q, directQuery: _d, ...scenario } = s;
  return { scenario, total: viaGateway.total, runs };
}

// ---------- the 保单台帐 export ----------
async function measureExports(
  stack: Stack,
  token: string,
): Promise<{ expectedRows: number; runs: ExportCheck[] }> {
  console.log(
    `\n[3] 保单台帐 批量导出 through the gateway as ${INSURER.name}, filter ${JSON.stringify(EXPORT_FILTER)}`,
  );
  // The insurer's scope: its own 台帐 rows.
  const expectedRows = await countOf(
    UW_DATABASES.underwriting,
    'select count(*) as n from ledger_entry where insurer_id = $1',
    [INSURER.id],
  );
  console.log(`  ${expectedRows} rows in SQL`);
  const dir = mkdtempSync(join(tmpdir(), 'anze-bench-underwriting-'));
  try {
    const runs: ExportCheck[] = [];
    for (let i = 0; i < EXPORT_RUNS; i++)
      for (const format of ['csv', 'xlsx'] as const)
        runs.push(
          await exportAndVerify({
            gateway: stack.gateway,
            service: stack.underwriting,
            path: `/exports/ledger?${new URLSearchParams({ format, ...EXPORT_FILTER })}`,
            format,
            token,
            dir,
            header: LEDGER_COLUMNS.map((c) => c.header),
            expectedRows,
          }),
        );
    return { expectedRows, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- issuePolicy ----------
interface IssueResult {
  concurrency: number;
  issues: number;
  succeeded: number;
  failures: number;
  firstFailure: string | null;
  durationS: number;
  issuesPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  cpuUsPerIssue: Record<string, number>;
  poolBefore: number;
  policyNumberPrefix: string;
  ledger: LedgerCheck;
}

interface LedgerCheck {
  policies: number;
  ledgerRows: number;
  distinctNumbers: number;
  wellFormed: number;
  /** 台帐 rows whose 项目号 stamp is the policy's issue time in the platform time zone (Asia/Shanghai). */
  stampMatches: number;
  /** The most issues in one second of this run (the random suffix is what keeps them apart). */
  maxInOneSecond: number;
  wholeTable: { rows: number; distinct: number };
}

/** A real (tiny) PDF uploaded through the gateway as the insurer: documents' event makes it known to underwriting. */
async function upload(gatewayUrl: string, token: string, kind: 'POLICY' | 'AGREEMENT'): Promise<string> {
  const form = new FormData();
  form.set('kind', kind);
  form.set(
    'file',
    new Blob([samplePdf(`bench ${kind} ${randomUUID()}`)], { type: 'application/pdf' }),
    `${kind}.pdf`,
  );
  const res = await fetch(`${new URL(gatewayUrl).origin}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
    body: form,
  });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id)
    throw new Error(`upload ${kind}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

const day = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * issuePolicy (the web app's IssuePolicy document) through the gateway as 人保财险's underwriter: ISSUES of the demo
 * world's 可出单 applications of 人保财险 (plausible quotes: an implausible one needs a confirmation the form asks for
 * separately), ISSUE_CONCURRENCY closed loops taking the next one, each call with a fresh
 * Idempotency-Key as the web app sends, the quote as premium, one 保单文件 and 协议文件 uploaded for the run. Then
 * the 台帐 numbers are checked in SQL.
 */
async function measureIssues(stack: Stack, token: string): Promise<IssueResult> {
  console.log(
    `\n[4] issuePolicy through the gateway as ${INSURER.name}, ${ISSUES} issues at concurrency ${ISSUE_CONCURRENCY}`,
  );
  const policyDocumentId = await upload(stack.gateway.url, token, 'POLICY');
  const agreementDocumentId = await upload(stack.gateway.url, token, 'AGREEMENT');
  await waitUntil('the uploaded files reaching underwriting', async () => {
    const n = await countOf(
      UW_DATABASES.underwriting,
      'select count(*) as n from known_document where id = any($1)',
      [[policyDocumentId, agreementDocumentId]],
    );
    return { finished: n === 2, progress: `${n} of 2` };
  });
  const poolBefore = await countOf(
    UW_DATABASES.underwriting,
    `select count(*) as n from insurance_application where insurer_id = $1 and status = 'APPROVED' and not implausible`,
    [INSURER.id],
  );
  if (poolBefore < ISSUES)
    throw new Error(`only ${poolBefore} 可出单 applications of ${INSURER.name} left: run with --reseed`);
  const pool = await sql<{
    id: string;
    version: number;
    project_id: string;
    project_name: string;
    project_code: string;
    quote_fen: string;
  }>(
    UW_DATABASES.underwriting,
    `select id, version, project_id, project_name, project_code, quote_fen from insurance_application
      where insurer_id = $1 and status = 'APPROVED' and not implausible order by id limit $2`,
    [INSURER.id, ISSUES],
  );
  const owners = new Map(
    (
      await sql<{ id: string; owner_unit: string }>(
        DATABASES.projects,
        'select id, owner_unit from project where id = any($1)',
        [pool.map((a) => a.project_id)],
      )
    ).map((p) => [p.id, p.owner_unit]),
  );
  const prefix = `BENCH${Date.now().toString(36).toUpperCase()}`;
  const effective = Date.now() + 86_400_000;
  const requests = pool.map((a, i) =>
    JSON.stringify({
      operationName: 'IssuePolicy',
      query: ISSUE_MUTATION,
      variables: {
        applicationId: a.id,
        version: Number(a.version),
        input: {
          ownerUnit: owners.get(a.project_id) ?? '建设单位',
          projectName: a.project_name,
          projectCode: a.project_code,
          premiumYuan: fenToYuan(BigInt(a.quote_fen)),
          effectiveDate: day(effective),
          expiryDate: day(effective + 365 * 86_400_000),
          policyNumber: `${prefix}-${i + 1}`,
          policyDocumentId,
          agreementDocumentId,
          agreementAccepted: true,
        },
      },
    }),
  );
  const cpu = await cpuMeter([stack.underwriting, stack.gateway, stack.projects, stack.documents]);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: ISSUE_CONCURRENCY }, async () => {
      while (next < requests.length) {
        const body = requests[next++]!;
        const started = performance.now();
        const res = await fetch(stack.gateway.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'idempotency-key': randomUUID(),
          },
          body,
        });
        const text = await res.text();
        latencies.push(performance.now() - started);
        if (res.status !== 200 || text.includes('"errors"')) {
          failures++;
          firstFailure ??= `HTTP ${res.status} ${text.slice(0, 300)}`;
        }
      }
    }),
  );
  const summary = latencySummary(latencies, (performance.now() - t0) / 1000);
  const succeeded = summary.count - failures;
  const ledger = await checkLedger(prefix);
  const r: IssueResult = {
    concurrency: ISSUE_CONCURRENCY,
    issues: summary.count,
    succeeded,
    failures,
    firstFailure,
    durationS: summary.durationS,
    issuesPerSec: succeeded / summary.durationS,
    p50Ms: summary.p50Ms,
    p95Ms: summary.p95Ms,
    p99Ms: summary.p99Ms,
    cpuUsPerIssue: await cpu(summary.count),
    poolBefore,
    policyNumberPrefix: prefix,
    ledger,
  };
  console.log(
    `  ${succeeded} issued in ${fmt(summary.durationS, 1)} s: ${fmt(r.issuesPerSec, 1)}/s, p50 ${fmt(r.p50Ms)} ms, p95 ${fmt(r.p95Ms)} ms, p99 ${fmt(r.p99Ms)} ms, failures ${failures}${firstFailure ? ` (${firstFailure})` : ''}`,
  );
  if (
    ledger.policies !== succeeded ||
    ledger.ledgerRows !== succeeded ||
    ledger.distinctNumbers !== succeeded
  )
    throw new Error(`台帐: ${JSON.stringify(ledger)} for ${succeeded} issues`);
  return r;
}

/**
 * What the numbering promises (domain/ledger-number.ts): `CB-YYYYMMDD-HHMMSS-XXXXXXX`, the issue time in the platform
 * time zone and 7 random upper-case hex digits, unique (a unique index refuses a repeat). It is not a sequence, so
 * there is no order and no gap to check: the run's numbers are checked for one row per policy, distinctness, form
 * and stamp, and the whole table for distinctness.
 */
async function checkLedger(prefix: string): Promise<LedgerCheck> {
  const url = UW_DATABASES.underwriting;
  const [row] = await sql<Record<string, string>>(
    url,
    `select count(distinct p.id) as policies, count(l.id) as ledger_rows, count(distinct l.ledger_number) as distinct_numbers,
            count(*) filter (where l.ledger_number = 'CB-' || to_char(p.issued_at at time zone 'Asia/Shanghai', 'YYYYMMDD-HH24MISS') || '-' || right(l.ledger_number, 7)) as stamp_matches
       from policy p left join ledger_entry l on l.policy_id = p.id where p.policy_number like $1`,
    [`${prefix}-%`],
  );
  const numbers = await sql<{ ledger_number: string }>(
    url,
    `select l.ledger_number from ledger_entry l join policy p on p.id = l.policy_id where p.policy_number like $1`,
    [`${prefix}-%`],
  );
  const perSecond = new Map<string, number>();
  for (const { ledger_number: n } of numbers)
    perSecond.set(n.slice(0, 18), (perSecond.get(n.slice(0, 18)) ?? 0) + 1);
  const [whole] = await sql<{ rows: string; distinct: string }>(
    url,
    'select count(*) as rows, count(distinct ledger_number) as distinct from ledger_entry',
  );
  const check: LedgerCheck = {
    policies: Number(row!.policies),
    ledgerRows: Number(row!.ledger_rows),
    distinctNumbers: Number(row!.distinct_numbers),
    wellFormed: numbers.filter((n) => LEDGER_NUMBER.test(n.ledger_number)).length,
    stampMatches: Number(row!.stamp_matches),
    maxInOneSecond: Math.max(0, ...perSecond.values()),
    wholeTable: { rows: Number(whole!.rows), distinct: Number(whole!.distinct) },
  };
  console.log(`  台帐: ${JSON.stringify(check)}`);
  if (check.wellFormed !== check.ledgerRows || check.stampMatches !== check.ledgerRows)
    throw new Error(`台帐 numbers not as promised: ${JSON.stringify(check)}`);
  if (check.wholeTable.rows !== check.wholeTable.distinct)
    throw new Error('台帐: repeated numbers in the table');
  return check;
}

// ---------- main ----------
async function main() {
  const startedAt = new Date();
  const loadAtStart = loadavg();
  console.log(
    `Anze underwriting benchmark — ${startedAt.toISOString()} — ${cpus().length} CPU(s), node ${process.version}, load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`,
  );
  if (RESEED) {
    console.log('--reseed: dropping the bench databases, stream and data directory …');
    await dropBenchData();
    await dropUnderwritingData();
  }
  const figures = readUnderwritingPrepared();
  console.log(`Preparing data (${EXPECTED.projects} projects; identity, projects, then underwriting) …`);
  const prepStarted = Date.now();
  const world = await prepareDatabases();
  const state = await prepareUnderwriting(figures);
  if (state.seededMs === undefined)
    console.log(`  underwriting data in place (prepared ${figures.preparedAt ?? 'earlier'})`);

  const services = serviceRegistry();
  const started = services.started;

  try {
    console.log(
      'Starting identity, projects, underwriting, documents and the gateway (each in its own process) …',
    );
    const stack = await startStack(figures, started);
    const prepareMs = Date.now() - prepStarted;
    const insurance = await checkInsuranceCounts();
    const tokens = {
      insurer: await demoToken(
        stack.gateway.url,
        (a) => a.role === 'INSURER' && a.organisation === INSURER.name,
      ),
      regulator: await login(stack.gateway.url, 'hlj-zjt'),
    };

    const lists: ListResult[] = [];
    if (!ONLY || ONLY === 'lists') {
      console.log(`\n[1–2] the lists, 20 rows — ${WARMUP_S} s warm-up + ${DURATION_S} s each`);
      for (const s of SCENARIOS)
        lists.push(
          await measureList(s, s.id === 'insurer' ? tokens.insurer : tokens.regulator, stack, started),
        );
    }
    const exports = !ONLY || ONLY === 'export' ? await measureExports(stack, tokens.insurer) : null;
    const issues = !ONLY || ONLY === 'issue' ? await measureIssues(stack, tokens.insurer) : null;
    const finalStats = Object.fromEntries(
      await Promise.all(stack.all.map(async (s) => [s.name, (await s.stats()).maxRssKiB / 1024] as const)),
    );
    const report: Report = {
      ...reportHead(COMMAND, startedAt, loadAtStart),
      loadAverageAtEnd: loadavg(),
      settings: {
        durationS: DURATION_S,
        warmupS: WARMUP_S,
        saturatedS: SATURATED_S,
        exportRuns: EXPORT_RUNS,
        issues: ISSUES,
      },
      data: {
        projects: world.projects,
        registeredEnterprises: world.identityEnterprises,
        underwriting: state,
        insurance,
        prepared: figures,
        prepareThisRunMs: prepareMs,
      },
      lists,
      exports,
      issues,
      maxRssMiB: finalStats,
    };
    const md = markdown(report);
    console.log(`\n${md}`);
    if (ONLY) console.log(`BENCH_ONLY=${ONLY}: no report written`);
    else writeResults('underwriting', startedAt, report, md, process.env.BENCH_RESULTS_SUFFIX);
  } finally {
    await services.stop();
  }
}

// ---------- Markdown ----------
interface Report extends ReportHead {
  loadAverageAtEnd: number[];
  settings: { durationS: number; warmupS: number; saturatedS: number; exportRuns: number; issues: number };
  data: {
    projects: number;
    registeredEnterprises: number;
    underwriting: { projects: number; applications: number; policies: number; seededMs?: number };
    insurance: InsuranceCounts;
    prepared: UnderwritingPrepared;
    prepareThisRunMs: number;
  };
  lists: ListResult[];
  exports: { expectedRows: number; runs: ExportCheck[] } | null;
  issues: IssueResult | null;
  maxRssMiB: Record<string, number>;
}

const cpuText = (cpu: Record<string, number>) =>
  Object.entries(cpu)
    .map(([name, us]) => `${name} ${fmt(us, 0)}`)
    .join(', ');

function markdown(r: Report): string {
  const lines: string[] = [];
  const p = r.data.prepared;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  lines.push(`# Underwriting benchmark (bench size) — ${r.startedAt}`, '');
  lines.push(`Command: \`${r.command}\` (bench/src/underwriting.ts).`, '');
  lines.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ${r.machine.platform}, node ${r.machine.node}; **load average at start ${load(r.loadAverageAtStart)}, at the end ${load(r.loadAverageAtEnd)}** (1, 5, 15 min). Shared 2-core machine: PostgreSQL, NATS, identity, projects, underwriting, documents, the gateway (each in its own process, production mode, log level warn), the floors and the load generator (autocannon in the bench process) all run on it, with whatever else ran at the time; loopback only. Load runs: ${r.settings.warmupS} s warm-up + ${r.settings.durationS} s (the real pages at 50 connections: ${r.settings.saturatedS} s). Percentiles from every request's own latency.`,
    '',
  );
  const u = r.data.underwriting;
  lines.push('## Data', '');
  lines.push(
    `${r.data.projects.toLocaleString('en')} projects (${r.data.registeredEnterprises.toLocaleString('en')} registered enterprises), underwriting: ${u.applications.toLocaleString('en')} applications, ${u.policies.toLocaleString('en')} demo-world policies (plus the bench's own issues of earlier runs). Underwriting seed (bulk, \`src/seed.ts\`, ANZE_DEMO_SIZE=bench): ${p.seedMs ? `${fmt(p.seedMs / 1000, 1)} s (${fmt(((p.applications ?? 0) * 1000) / p.seedMs, 0)} applications/s), prepared ${p.preparedAt}` : '—'}.${p.publish ? ` First start: ${p.publish.events.toLocaleString('en')} outbox events published in ${fmt(p.publish.ms / 1000, 1)} s; every consumer caught up ${fmt((p.catchUp?.ms ?? NaN) / 1000, 1)} s after the start (backlog then: ${cpuText(p.catchUp?.consumers ?? {})}).` : ''} This run's preparation (checks, service start, catch-up): ${fmt(r.data.prepareThisRunMs / 1000, 1)} s.`,
    '',
  );
  lines.push(
    `投保状态 checked before measuring — projects' copy (from underwriting's events) = underwriting's rows: ${Object.entries(
      r.data.insurance.projects,
    )
      .map(([s, n]) => `${s} ${n.toLocaleString('en')}`)
      .join(', ')}.`,
    '',
  );

  lines.push('## 1–2. The lists — 20 rows, the web app’s documents, with the shape’s floor', '');
  lines.push(
    'Direct: POST to the owning subgraph with the gateway secret and the token (for the regulator: projects’ part of the document, without `insurance`, which the gateway fetches from underwriting and documents). Through the gateway: the web app’s whole document. Floor: the owning subgraph’s own schema.graphql answering from memory the page the real subgraph returned (shape-floor.ts: no database, no token check, no @auth wrappers) — for the regulator’s page also underwriting’s and documents’ schemas answering the gateway’s entity fetches from memory — direct and through a second gateway routed to the floors. “× floor” = req/s ÷ the floor’s req/s on the same path.',
    '',
  );
  const head =
    '| connections | path | s | answers | req/s | × floor | p50 ms | p95 ms | p99 ms | failures | CPU µs/req |';
  const sep = '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|';
  const rate = (x: number) => fmt(x, x < 100 ? 1 : 0);
  for (const l of r.lists) {
    lines.push(
      `**${l.scenario.title}** — \`${l.scenario.operationName}\`, variables \`${JSON.stringify(l.scenario.variables)}\`, ${l.total.toLocaleString('en')} matching rows.`,
      '',
      head,
      sep,
    );
    for (const c of Object.keys(l.runs)) {
      const x = l.runs[c]!;
      const row = (label: string, y: LoadResult, floor?: LoadResult) =>
        `| ${c} | ${label} | ${fmt(y.durationS, 0)} | ${y.requests} | ${rate(y.reqPerSec)} | ${floor ? fmt(y.reqPerSec / floor.reqPerSec, 3) : ''} | ${fmt(y.p50Ms)} | ${fmt(y.p95Ms)} | ${fmt(y.p99Ms)} | ${y.failures} | ${cpuText(y.cpuUsPerRequest)} |`;
      lines.push(row(`direct (${l.scenario.subgraph})`, x.direct, x.floorDirect));
      lines.push(row('through the gateway', x.gateway, x.floorGateway));
      lines.push(row('floor, direct', x.floorDirect));
      lines.push(row('floor, through the gateway', x.floorGateway));
    }
    // What the machine allows at saturation, from the CPU one request costs when nothing queues.
    const one = l.runs['1']?.gateway;
    if (one) {
      const ms =
        Object.entries(one.cpuUsPerRequest)
          .filter(([name]) => name !== 'loadgen')
          .reduce((a, [, us]) => a + us, 0) / 1000;
      lines.push(
        '',
        `CPU of one request through the gateway at 1 connection, every process on the path (load generator aside): ${fmt(ms, 1)} ms — at most ~${rate((2 * 1000) / ms)} req/s on 2 otherwise idle cores. “answers”: responses within the window; a request still waiting at its end is not counted, one the gateway gave up on (its 10 s upstream timeout) is a failure.`,
      );
    }
    lines.push('');
  }

  if (r.exports) {
    const e = r.exports;
    lines.push(
      `## 3. 保单台帐 批量导出 — \`/exports/ledger?format=…\` through the gateway as ${INSURER.name}'s underwriter (its own 台帐), ${e.expectedRows.toLocaleString('en')} rows`,
      '',
      'Timed from the request to the last byte (written to a temporary file, verified against the SQL count, deleted). Memory of the underwriting process: RSS sampled from /proc every 50 ms, and VmHWM after resetting it (/proc/<pid>/clear_refs) just before the request — the export’s own peak.',
      '',
      '| format | rows | MiB | first byte ms | last byte s | underwriting RSS before → peak (VmHWM) MiB | gateway peak RSS MiB | verified |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
    );
    for (const x of e.runs)
      lines.push(
        `| ${x.format.toUpperCase()} | ${x.rows} | ${fmt(x.bytes / MiB, 1)} | ${fmt(x.ttfbMs, 0)} | ${fmt(x.totalMs / 1000, 2)} | ${fmt(x.rssBeforeMiB, 0)} → ${fmt(x.peakRssMiB, 0)} (${fmt(x.vmHwmMiB, 0)}) | ${fmt(x.gatewayPeakRssMiB, 0)} | ${x.verified} |`,
      );
    lines.push('');
  }

  if (r.issues) {
    const i = r.issues;
    const g = i.ledger;
    lines.push(
      `## 4. 出单 — \`issuePolicy\` through the gateway as ${INSURER.name}, concurrency ${i.concurrency}`,
      '',
      `The web app’s \`IssuePolicy\` document on ${i.issues} of ${INSURER.name}’s ${i.poolBefore.toLocaleString('en')} 可出单 applications of the demo world (each issue consumes one; --reseed restores them), a fresh Idempotency-Key per call, the quote as premium, policy numbers \`${i.policyNumberPrefix}-n\`, one 保单文件 and one 协议文件 uploaded through the gateway for the run. Each issue is one transaction: the policy, its 台帐 row with a new 项目号, the application’s 已投保, the history and the \`underwriting.policy.issued\` event (which projects and documents apply meanwhile: their CPU is in the row).`,
      '',
      '| issues | issues/s | p50 ms | p95 ms | p99 ms | failures | CPU µs/issue |',
      '|---:|---:|---:|---:|---:|---:|---|',
      `| ${i.succeeded} | ${fmt(i.issuesPerSec, 1)} | ${fmt(i.p50Ms)} | ${fmt(i.p95Ms)} | ${fmt(i.p99Ms)} | ${i.failures} | ${cpuText(i.cpuUsPerIssue)} |`,
      '',
      `台帐 numbering, checked in SQL afterwards: ${g.policies} policies, ${g.ledgerRows} 台帐 rows (one per policy), ${g.distinctNumbers} distinct 项目号, ${g.wellFormed} of the form \`CB-YYYYMMDD-HHMMSS-XXXXXXX\`, ${g.stampMatches} whose stamp is the issue time in Asia/Shanghai; up to ${g.maxInOneSecond} issues in one second (kept apart by the random suffix); the whole table ${g.wholeTable.rows.toLocaleString('en')} rows, ${g.wholeTable.distinct.toLocaleString('en')} distinct numbers. The numbering promises uniqueness and this form, not a sequence: there is no order or gap to check.`,
      '',
    );
    if (i.firstFailure) lines.push(`First failure: \`${i.firstFailure}\``, '');
  }
  lines.push(peakRssLine(r.maxRssMiB), '');
  return `${lines.join('\n')}\n`;
}

await main();
// Pooled keep-alive sockets may keep the loop alive after cleanup.
process.exit(0);
