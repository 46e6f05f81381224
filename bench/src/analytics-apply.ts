// Analytics batch-apply micro-benchmark (not a test): where the time of analytics' catch-up goes, without NATS.
// Applies catalogue-shaped projects.project.* events to a fresh analytics database through the code path the live
// consumer runs for a batch — one transaction per PROJECTION_BATCH_SIZE events: the inbox rows (recordInboxBatch of
// @anze/events, startConsumer's batch path), then applySourceBatch (applyProjectEvents + recordApplied). Reports
// events/s, wall and CPU µs per event (this process and its PostgreSQL backend), WAL bytes per event and the wall
// time per statement. Data: the demo world (@anze/demo) — BENCH_ENTERPRISES enterprises (85 % registered, as
// organisation facts) and their projects over Heilongjiang's counties; about 10 % of the events are status changes
// of projects registered earlier, along the domain's state machine (竣工 is final). The machine's load changes the figures a lot: compare runs made one after the
// other, several times.
//
// Knobs: BENCH_EVENTS (50000), BENCH_BATCH (events per transaction; PROJECTION_BATCH_SIZE), BENCH_ENTERPRISES
// (50000), BENCH_STATUS_SHARE (0.1), BENCH_PRELOAD (0; events applied, untimed, before the measured run, so the
// tables start at a realistic size), BENCH_EXPLAIN=1 (EXPLAIN ANALYZE of each statement of one more batch after the
// run, rolled back), BENCH_CPU_PROFILE=<file> (a .cpuprofile of this process during the measured run only).
process.env.ANZE_LOG_LEVEL ||= 'warn';

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isRaw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyMigrations } from '@anze/orm';
import { createTestDatabase } from '@anze/testing';
import { createEvent, type BatchItem, type EventEnvelope } from '@anze/events';
import { recordInboxBatch } from '@anze/events/consumer';
import { demoEnterprises, demoProjects, type DemoProject } from '@anze/demo';
import type { ProjectEventData } from '@anze/projects/events/catalogue';
import type { ProjectStatus } from '@anze/projects/domain/dictionaries';
import { analyticsOrm } from '@anze/analytics/orm';
import { applySourceBatch, PROJECTION_BATCH_SIZE } from '@anze/analytics/events/consumers';
import { SOURCES } from '@anze/analytics/events/sources';
import { processCpuUs } from './host-cpu.ts';

const EVENTS = Number(process.env.BENCH_EVENTS || 50_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES || 50_000);
const STATUS_SHARE = Number(process.env.BENCH_STATUS_SHARE || 0.1);
const PRELOAD = Number(process.env.BENCH_PRELOAD || 0);
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE;
const BATCH = Number(process.env.BENCH_BATCH || PROJECTION_BATCH_SIZE);
const source = SOURCES.find((s) => s.durable === 'analytics_projects_project')!;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// ---------- events as projects publishes them (subgraphs/projects/src/events/project-events.ts) ----------

let clock = Date.UTC(2026, 0, 1);
const tick = () => new Date((clock += 7)).toISOString();

/** The payload projects publishes (projectPayload): the demo world's projects are recorded by their constructor. */
function payload(p: DemoProject, status: ProjectStatus): ProjectEventData {
  return {
    projectId: p.id,
    code: p.code,
    name: p.name,
    divisionCode: p.divisionCode,
    category: p.category,
    costFen: p.costFen.toString(),
    constructorUscc: p.constructor.uscc,
    constructorName: p.constructor.name,
    organisationId: p.constructor.id,
    status,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
  };
}

/** The domain's state machine (projects.ts): 在建 ⇄ 停工, either → 竣工, 竣工 is final. */
const NEXT_STATUS: Record<ProjectStatus, ProjectStatus[]> = {
  UNDER_CONSTRUCTION: ['SUSPENDED', 'COMPLETED'],
  SUSPENDED: ['UNDER_CONSTRUCTION', 'COMPLETED'],
  COMPLETED: [],
};

/**
 * `count` events: registrations of the demo world's projects in order and, with probability `statusShare`, a status
 * change of a project registered earlier. Envelopes as the consumer sees them (JSON-parsed from the message).
 */
function* projectEvents(
  count: number,
  projects: Iterator<DemoProject>,
  seed: number,
): Generator<EventEnvelope> {
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Projects that can still change status; a project leaves the list when it reaches 竣工.
  const open: Array<{ project: DemoProject; status: ProjectStatus }> = [];
  for (let i = 0; i < count; i++) {
    let event: EventEnvelope;
    if (open.length > 0 && random() < STATUS_SHARE) {
      const at = Math.floor(random() * open.length);
      const entry = open[at]!;
      const options = NEXT_STATUS[entry.status];
      const to = options[Math.floor(random() * options.length)]!;
      event = createEvent({
        type: 'projects.project.status_changed',
        divisionCode: entry.project.divisionCode,
        aggregate: { type: 'project', id: entry.project.id },
        occurredAt: tick(),
        data: { ...payload(entry.project, to), from: entry.status, to },
      });
      entry.status = to;
      if (NEXT_STATUS[to].length === 0) open.splice(at, 1);
    } else {
      const next = projects.next();
      if (next.done) return;
      const p = next.value;
      if (NEXT_STATUS[p.status].length > 0) open.push({ project: p, status: p.status });
      event = createEvent({
        type: 'projects.project.registered',
        divisionCode: p.divisionCode,
        aggregate: { type: 'project', id: p.id },
        occurredAt: tick(),
        data: payload(p, p.status),
      });
    }
    yield JSON.parse(JSON.stringify(event)) as EventEnvelope;
  }
}

// ---------- per-statement timing ----------

/** Wall time per statement kind (ms), count and characters sent (SQL and parameters), keyed by its first words. */
const statements = new Map<string, { ms: number; n: number; chars: number }>();
function statementKind(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim().toLowerCase();
  if (s.startsWith('with ')) {
    // Name a statement with data-modifying WITH queries by what it writes.
    const writes = [...s.matchAll(/(?<!do )(insert into|delete from|update) (\w+)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    return `with … ${writes.join(' + ')}`;
  }
  const m = /^(insert into \w+|update \w+|delete from \w+|select .*? from \w+|select \w+|\w+)/.exec(s);
  return m ? m[1]!.slice(0, 60) : s.slice(0, 40);
}

function timed(em: EntityManager): EntityManager {
  const execute = em.execute.bind(em);
  em.execute = (async (sql: string, params: unknown[] = [], ...rest: unknown[]) => {
    const t = performance.now();
    try {
      return await (execute as (...a: unknown[]) => Promise<unknown>)(sql, params, ...rest);
    } finally {
      const k = statementKind(String(sql));
      const e = statements.get(k) ?? { ms: 0, n: 0, chars: 0 };
      e.ms += performance.now() - t;
      e.n++;
      e.chars +=
        String(sql).length +
        params.reduce<number>(
          // A raw fragment (a literal quoted by the caller) must not be turned into a string: that registers it.
          (a, p) => a + (isRaw(p) ? p.sql.length : String(p).length),
          0,
        );
      statements.set(k, e);
    }
  }) as typeof em.execute;
  return em;
}

// ---------- the consumer's batch path ----------

let sequence = 0;
const skipped: string[] = [];

async function applyBatch(root: EntityManager, events: EventEnvelope[], measure: boolean): Promise<void> {
  const items: BatchItem[] = events.map((envelope) => ({
    envelope,
    meta: { subject: 'bench', streamSequence: ++sequence, deliveryCount: 1, redelivered: false },
  }));
  await root.fork().transactional(async (tx) => {
    const em = measure ? timed(tx as EntityManager) : (tx as EntityManager);
    const isNew = await recordInboxBatch(
      em,
      source.durable,
      items.map((i) => ({ eventId: i.envelope.id, streamSequence: i.meta.streamSequence })),
    );
    const fresh = items.filter((_, i) => isNew[i]);
    if (fresh.length)
      await applySourceBatch(em, source, fresh, (event, err) => skipped.push(`${event.id}: ${err.message}`));
  });
}

async function explainOneBatch(root: EntityManager, events: EventEnvelope[]): Promise<void> {
  const em = root.fork();
  await em
    .transactional(async (tx) => {
      const execute = tx.execute.bind(tx);
      tx.execute = (async (sql: string, params: unknown[] = [], method?: string) => {
        if (/^\s*(insert|update|delete|select (?!pg_advisory)|with)/i.test(sql)) {
          // EXPLAIN ANALYZE executes the statement: undo that, then run it for real.
          await execute('savepoint explained', [], 'run');
          const plan = await execute<Array<Record<string, string>>>(
            `explain (analyze, buffers) ${sql}`,
            params,
            'all',
          );
          await execute('rollback to savepoint explained', [], 'run');
          const text = plan.map((r) => Object.values(r)[0]!.replace(/'\{[^']{200,}\}'/g, "'{…}'")).join('\n');
          console.log(`\n-- ${statementKind(sql)}\n${text}`);
        }
        return execute(sql, params, method as 'all');
      }) as typeof tx.execute;
      const items: BatchItem[] = events.map((envelope) => ({
        envelope,
        meta: { subject: 'bench', streamSequence: ++sequence, deliveryCount: 1, redelivered: false },
      }));
      await recordInboxBatch(
        tx as EntityManager,
        source.durable,
        items.map((i) => ({ eventId: i.envelope.id, streamSequence: i.meta.streamSequence })),
      ).catch(() => []);
      await applySourceBatch(tx as EntityManager, source, items, () => {});
      throw new Error('rollback');
    })
    .catch((err: Error) => {
      if (err.message !== 'rollback') throw err;
    });
}

// ---------- checks: the counters equal group-bys over the facts ----------

async function verify(em: EntityManager): Promise<string[]> {
  const expected = await em.execute<Array<Record<string, unknown>>>(
    `select c.code, count(*) as projects, count(distinct p.uscc) as enterprises,
       count(distinct p.uscc) filter (where p.uscc in (select uscc from organisation_fact where registered)) as registered
     from project_fact p cross join lateral (select distinct unnest(array['000000', left(p.county_code, 2) || '0000',
       left(p.county_code, 4) || '00', p.county_code]) as code) c
     where p.valid group by c.code`,
  );
  const actual = await em.execute<Array<Record<string, unknown>>>(
    `select division_code as code, project_total as projects, enterprises_with_projects as enterprises,
       registered_enterprises as registered from division_counter
     where project_total <> 0 or enterprises_with_projects <> 0 or registered_enterprises <> 0 order by division_code`,
  );
  const line = (r: Record<string, unknown>) => `${r.code} ${r.projects} ${r.enterprises} ${r.registered}`;
  const a = new Set(actual.map(line));
  const e = new Set(expected.map(line));
  return [...e].filter((x) => !a.has(x)).concat([...a].filter((x) => !e.has(x)).map((x) => `extra ${x}`));
}

// ---------- main ----------

async function main(): Promise<void> {
  const db = await createTestDatabase('bench_analytics_apply');
  // One connection: every statement runs on one backend, whose CPU time is then read from /proc.
  const orm = await analyticsOrm(db.url, 1);
  try {
    await applyMigrations(orm);
    const em = orm.em.fork() as EntityManager;
    const enterprises = demoEnterprises(ENTERPRISES);
    // Organisation facts as identity's events leave them: one ENTERPRISE per USCC, 85 % approved.
    for (let i = 0; i < enterprises.length; i += 5000) {
      await em.execute(
        `insert into organisation_fact (organisation_id, uscc, organisation_type, registration_status, registered,
           last_occurred_at, type_version, uscc_version, status_version)
         select o, u, 'ENTERPRISE', case when r then 'APPROVED' else 'PENDING' end, r, now(), 'v', 'v', 'v'
         from jsonb_to_recordset(?::jsonb) as x(o varchar(64), u varchar(18), r boolean)`,
        [
          JSON.stringify(
            enterprises.slice(i, i + 5000).map((e) => ({ o: e.id, u: e.uscc, r: e.registered })),
          ),
        ],
        'run',
      );
    }
    const projects = demoProjects(Math.ceil((PRELOAD + EVENTS) * 1.2) + 1000, enterprises);
    // Not for…of: leaving it early would close the generator.
    const batchOf = (gen: Generator<EventEnvelope>) => {
      const batch: EventEnvelope[] = [];
      for (let e = gen.next(); !e.done; e = gen.next()) {
        batch.push(e.value);
        if (batch.length === BATCH) break;
      }
      return batch;
    };
    if (PRELOAD) {
      const preload = projectEvents(PRELOAD, projects, 1);
      for (let batch = batchOf(preload); batch.length; batch = batchOf(preload))
        await applyBatch(orm.em as EntityManager, batch, false);
      await em.execute('vacuum analyze', [], 'run');
    }
    const all = [...projectEvents(EVENTS, projects, 2)];
    const [{ pid }] = (await em.execute<Array<{ pid: number }>>('select pg_backend_pid() as pid')) as [
      { pid: number },
    ];

    const profiler = CPU_PROFILE ? new Session() : null;
    if (profiler) {
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    const wal = async () =>
      String((await em.execute<Array<{ lsn: string }>>('select pg_current_wal_lsn()::text as lsn'))[0]!.lsn);
    const wal0 = await wal();
    const loadBefore = load();
    const cpu0 = process.cpuUsage();
    const pg0 = processCpuUs(pid);
    const t0 = performance.now();
    let transactionsMs = 0;
    for (let i = 0; i < all.length; i += BATCH) {
      const t = performance.now();
      await applyBatch(orm.em as EntityManager, all.slice(i, i + BATCH), true);
      transactionsMs += performance.now() - t;
    }
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const pgUs = processCpuUs(pid) - pg0;
    const loadAfter = load();
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(CPU_PROFILE!, JSON.stringify(profile));
      profiler.disconnect();
    }

    const n = all.length;
    const [{ bytes }] = (await em.execute<Array<{ bytes: string }>>(
      'select pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)::text as bytes',
      [wal0],
    )) as [{ bytes: string }];
    const perEvent = (ms: number) => ((ms * 1000) / n).toFixed(1);
    const statementsMs = [...statements.values()].reduce((a, s) => a + s.ms, 0);
    console.log(`\n${n} events (${BATCH} per transaction, ${PRELOAD} preloaded, ${ENTERPRISES} enterprises)`);
    console.log(`load average before: ${loadBefore}; after: ${loadAfter}`);
    console.log(`events/s: ${((n / wallMs) * 1000).toFixed(0)}; wall µs/event: ${perEvent(wallMs)}`);
    console.log(
      `CPU µs/event: node ${((cpu.user + cpu.system) / n).toFixed(1)}, PostgreSQL backend ${(pgUs / n).toFixed(1)}`,
    );
    console.log(`WAL bytes/event: ${(Number(bytes) / n).toFixed(0)}`);
    console.log(
      '\n| statement | calls | wall µs/event | share | chars sent/event |\n|---|---:|---:|---:|---:|',
    );
    for (const [kind, s] of [...statements].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(
        `| ${kind} | ${s.n} | ${perEvent(s.ms)} | ${((s.ms / wallMs) * 100).toFixed(1)} % | ${(s.chars / n).toFixed(0)} |`,
      );
    }
    console.log(
      `| (begin, commit, computing between statements) | | ${perEvent(transactionsMs - statementsMs)} | ${(((transactionsMs - statementsMs) / wallMs) * 100).toFixed(1)} % | |`,
    );
    if (EXPLAIN) {
      // The plans as they are at the end of the run, for one more batch of events.
      await explainOneBatch(orm.em as EntityManager, [...projectEvents(BATCH, projects, 3)]);
    }
    const wrong = await verify(em);
    console.log(
      `\ncheck: counters = group-by over the facts: ${wrong.length ? `NO (${wrong.slice(0, 5).join('; ')})` : 'yes'}; skipped events: ${skipped.length}`,
    );
    if (wrong.length) process.exitCode = 1;
  } finally {
    await orm.close();
    await db.drop();
  }
}

// Output piped into `head` must not abort the run before the database is dropped.
process.stdout.on('error', () => {});
await main();
