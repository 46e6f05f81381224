// The incremental projection: each event changes a fact row and, by the difference between the old and the new fact,
// the per-division counters — all in the caller's transaction (the consumer's, which also holds the inbox row).
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@anze/events';
import { statisticalDivisions } from './divisions.ts';
import {
  nextOrganisationState,
  nextProjectState,
  UnusableEvent,
  type OrganisationState,
  type ProjectState,
} from './facts.ts';

/**
 * Every write to the read models takes this transaction-level advisory lock. The national and province counter
 * rows are touched by every event anyway, so serialising costs no throughput, and it rules out deadlocks between
 * the two consumers and races between a project's enterprise and that enterprise's registration. Readers never
 * take it. The rebuild takes it too.
 */
export const PROJECTION_LOCK_SQL = 'select pg_advisory_xact_lock(40060001)';

type Row = Record<string, unknown>;

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

async function rows(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return em.execute<Row[]>(sql, params, 'all');
}

function projectFrom(row: Row): ProjectState {
  return {
    projectId: String(row.project_id),
    countyCode: String(row.county_code),
    uscc: (row.uscc as string | null) ?? null,
    status: String(row.status),
    valid: Boolean(row.valid),
    lastOccurredAt: new Date(row.last_occurred_at as string | Date),
    versions: {
      county: String(row.county_version),
      uscc: (row.uscc_version as string | null) ?? null,
      status: String(row.status_version),
    },
  };
}

function organisationFrom(row: Row): OrganisationState {
  return {
    organisationId: String(row.organisation_id),
    uscc: (row.uscc as string | null) ?? null,
    organisationType: String(row.organisation_type),
    registrationStatus: String(row.registration_status),
    registered: Boolean(row.registered),
    lastOccurredAt: new Date(row.last_occurred_at as string | Date),
    versions: {
      type: String(row.type_version),
      uscc: (row.uscc_version as string | null) ?? null,
      status: String(row.status_version),
    },
  };
}

async function isRegistered(em: EntityManager, uscc: string): Promise<boolean> {
  const [row] = await rows(
    em,
    'select exists (select 1 from organisation_fact where uscc = ? and registered) as registered',
    [uscc],
  );
  return Boolean(row?.registered);
}

function sameContribution(a: ProjectState | null, b: ProjectState | null): boolean {
  const counted = (p: ProjectState | null) => (p?.valid ? `${p.countyCode}|${p.uscc ?? ''}` : null);
  return counted(a) === counted(b);
}

/**
 * Applies a `projects.project.*` event. Returns false when it changed nothing (superseded or not used); throws
 * UnusableEvent for an event no retry can apply.
 */
export async function applyProjectEvent(em: EntityManager, event: EventEnvelope): Promise<boolean> {
  let unusable: UnusableEvent | null = null;
  const changed = await applyProjectEvents(em, [event], (_, err) => (unusable = err));
  if (unusable) throw unusable;
  return changed > 0;
}

/** Applies an `identity.organisation.*` event. Returns false when it changed nothing. */
export async function applyOrganisationEvent(em: EntityManager, event: EventEnvelope): Promise<boolean> {
  await em.execute(PROJECTION_LOCK_SQL, [], 'all');
  const organisationId = (event.data as { organisationId?: unknown } | null)?.organisationId;
  const [row] = await rows(em, 'select * from organisation_fact where organisation_id = ?', [
    String(organisationId ?? ''),
  ]);
  const current = row ? organisationFrom(row) : null;
  const next = nextOrganisationState(current, event);
  if (!next) return false;
  const usccs = [...new Set([current?.uscc, next.uscc].filter((u): u is string => !!u))];
  const before = await Promise.all(usccs.map((u) => isRegistered(em, u)));
  await em.execute(
    `insert into organisation_fact (organisation_id, uscc, organisation_type, registration_status, registered,
       last_occurred_at, type_version, uscc_version, status_version)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (organisation_id) do update set uscc = excluded.uscc, organisation_type = excluded.organisation_type,
       registration_status = excluded.registration_status, registered = excluded.registered,
       last_occurred_at = excluded.last_occurred_at, type_version = excluded.type_version,
       uscc_version = excluded.uscc_version, status_version = excluded.status_version`,
    [
      next.organisationId,
      next.uscc,
      next.organisationType,
      next.registrationStatus,
      next.registered,
      next.lastOccurredAt,
      next.versions.type,
      next.versions.uscc,
      next.versions.status,
    ],
    'run',
  );
  for (const [i, uscc] of usccs.entries()) {
    const after = await isRegistered(em, uscc);
    if (after === before[i]) continue;
    // The enterprise enters or leaves the numerator of every division where it has valid projects: the levels
    // above each county it has valid projects in.
    const counties = await rows(em, 'select division_code from division_enterprise where uscc = ?', [uscc]);
    const codes = [...new Set(counties.flatMap((r) => statisticalDivisions(String(r.division_code))))];
    if (!codes.length) continue;
    await em.execute(
      `update division_counter set registered_enterprises = registered_enterprises + ?
       where division_code in (${list(codes.length)})`,
      [after ? 1 : -1, ...codes],
      'run',
    );
  }
  return true;
}

/** Freshness of one source, written in the transaction that applied the event. */
export async function recordApplied(
  em: EntityManager,
  source: string,
  event: EventEnvelope,
  streamSequence: number,
): Promise<void> {
  await em.execute(
    `insert into projection_state (source, last_event_id, last_event_occurred_at, last_applied_at, last_stream_sequence)
     values (?, ?, ?, now(), ?)
     on conflict (source) do update set last_event_id = excluded.last_event_id,
       last_event_occurred_at = excluded.last_event_occurred_at, last_applied_at = excluded.last_applied_at,
       last_stream_sequence = excluded.last_stream_sequence`,
    [source, event.id, new Date(event.occurredAt), streamSequence],
    'run',
  );
}

/**
 * A value as a JSON string literal, for a `?::jsonb` parameter. MikroORM quotes string parameters one character at a
 * time: for a batch's rows (a few hundred kB) about a quarter of the Node CPU time of the batch
 * (bench/src/analytics-apply.ts). replaceAll quotes the same way (quotes doubled; backslashes doubled in an E''
 * string), natively.
 */
function jsonLiteral(value: unknown) {
  const json = JSON.stringify(value).replaceAll("'", "''");
  return raw(json.includes('\\') ? `E'${json.replaceAll('\\', '\\\\')}'` : `'${json}'`);
}

/**
 * The facts of the given projects: one primary-key probe per id. `offset 0` keeps the lateral subquery from being
 * flattened into a join, for which the planner would rather scan the whole table than probe a few hundred ids (its
 * cost model assumes disk reads; the table is in memory): a scan grows with the table, the probes do not.
 */
const SELECT_PROJECT_FACTS = `select f.* from jsonb_array_elements_text(?::jsonb) as k(id)
  cross join lateral (select * from project_fact where project_id = k.id offset 0) f`;

/**
 * Changes the (county, enterprise) valid-project counts by the given deltas and returns, for each enterprise
 * concerned, its counts per county BEFORE the change and whether it is registered. One statement: the deltas travel
 * as one JSON parameter, and all parts of a statement read the same snapshot, so the subqueries do not see the
 * upsert. The subqueries in the select list run once per enterprise, by index, whatever the size of the tables and
 * their statistics (scalar subqueries: an EXISTS there may be planned as one scan of the whole table, hashed).
 */
const MOVE_ENTERPRISES = `with x as (select d, u, n from jsonb_to_recordset(?::jsonb) as x(d varchar(6), u varchar(18), n int)),
  upsert as (
    insert into division_enterprise (uscc, division_code, valid_projects) select u, d, n from x
    on conflict (uscc, division_code) do update set valid_projects = division_enterprise.valid_projects + excluded.valid_projects
  )
  select t.u as uscc,
    coalesce((select true from organisation_fact o where o.uscc = t.u and o.registered limit 1), false) as registered,
    (select json_object_agg(de.division_code, de.valid_projects) from division_enterprise de where de.uscc = t.u) as counties
  from (select distinct u from x) t`;

/**
 * Data-modifying statements on different tables as one statement (one round trip): all but the last as WITH
 * queries, which PostgreSQL runs whether or not anything reads them.
 */
async function writeTogether(
  em: EntityManager,
  statements: ReadonlyArray<[string, unknown[]]>,
): Promise<void> {
  const ctes = statements.slice(0, -1).map(([sql], i) => `w${i} as (${sql})`);
  await em.execute(
    `${ctes.length ? `with ${ctes.join(', ')} ` : ''}${statements.at(-1)![0]}`,
    statements.flatMap(([, params]) => params),
    'run',
  );
}

/** The divisions (every level) where an enterprise with these valid-project counts per county has projects. */
function presence(counties: Map<string, number>): Set<string> {
  const codes = new Set<string>();
  for (const [county, n] of counties) {
    if (n <= 0) continue;
    for (const code of statisticalDivisions(county)) codes.add(code);
  }
  return codes;
}

/**
 * Applies several `projects.project.*` events, in stream order, with a handful of set-based statements instead of
 * several per event (the big row sets travel as one JSON parameter each, jsonb_to_recordset: PostgreSQL parses one
 * literal instead of thousands, about a fifth faster per statement): the facts of all their projects are read at
 * once, the events folded in memory (the same `nextProjectState`), and the counters changed by the difference
 * between each project's contribution before the first and after the last event — contributions telescope, so this
 * equals applying the events one by one. `onUnusable` is told of events no retry can apply (they are skipped, as the
 * one-by-one path does). Registration status comes from organisation_fact, which another consumer writes; within
 * this transaction it is fixed, exactly as for a run of single applications. Returns the number of projects whose
 * fact changed.
 *
 * Enterprises are counted per county only (division_enterprise): whether an enterprise enters or leaves a city,
 * province or the country follows from its counts in all its counties, read in the same statement as the upsert —
 * one row per project instead of one per level.
 */
export async function applyProjectEvents(
  em: EntityManager,
  events: readonly EventEnvelope[],
  onUnusable: (event: EventEnvelope, error: UnusableEvent) => void,
): Promise<number> {
  if (!events.length) return 0;
  await em.execute(PROJECTION_LOCK_SQL, [], 'all');
  const idOf = (e: EventEnvelope) => String((e.data as { projectId?: unknown } | null)?.projectId ?? '');
  const ids = [...new Set(events.map(idOf))];
  const original = new Map(
    (await rows(em, SELECT_PROJECT_FACTS, [jsonLiteral(ids)])).map((r) => {
      const p = projectFrom(r);
      return [p.projectId, p] as const;
    }),
  );
  const latest = new Map<string, ProjectState>(original);
  const changed = new Set<string>();
  for (const event of events) {
    let next: ProjectState | null;
    try {
      next = nextProjectState(latest.get(idOf(event)) ?? null, event);
    } catch (err) {
      if (!(err instanceof UnusableEvent)) throw err;
      onUnusable(event, err);
      continue;
    }
    if (!next) continue;
    latest.set(next.projectId, next);
    changed.add(next.projectId);
  }
  if (!changed.size) return 0;

  // Net change of each division's project total and of each (county, enterprise) valid-project count.
  const totals = new Map<string, number>();
  const perCounty = new Map<string, Map<string, number>>(); // uscc → county → delta
  const count = (p: ProjectState, sign: 1 | -1) => {
    if (!p.valid) return;
    for (const code of statisticalDivisions(p.countyCode)) totals.set(code, (totals.get(code) ?? 0) + sign);
    if (!p.uscc) return;
    let counties = perCounty.get(p.uscc);
    if (!counties) perCounty.set(p.uscc, (counties = new Map()));
    counties.set(p.countyCode, (counties.get(p.countyCode) ?? 0) + sign);
  };
  for (const id of changed) {
    const before = original.get(id) ?? null;
    const after = latest.get(id)!;
    if (sameContribution(before, after)) continue;
    if (before) count(before, -1);
    count(after, 1);
  }

  const counters = new Map<string, { total: number; withProjects: number; registered: number }>();
  const counter = (code: string) => {
    let c = counters.get(code);
    if (!c) counters.set(code, (c = { total: 0, withProjects: 0, registered: 0 }));
    return c;
  };
  for (const [code, delta] of totals) counter(code).total += delta;

  const moves = [...perCounty].flatMap(([u, counties]) =>
    [...counties].filter(([, n]) => n !== 0).map(([d, n]) => ({ d, u, n })),
  );
  // Where the enterprise's valid projects go 0 → >0 or >0 → 0, it enters or leaves that division's denominator
  // (and its numerator if registered); its rows at 0 go.
  const gone: string[] = [];
  if (moves.length) {
    for (const r of await rows(em, MOVE_ENTERPRISES, [jsonLiteral(moves)])) {
      const uscc = String(r.uscc);
      const stored = (typeof r.counties === 'string' ? JSON.parse(r.counties) : r.counties) as Record<
        string,
        number
      > | null;
      const before = new Map(Object.entries(stored ?? {}).map(([c, n]) => [c, Number(n)] as const));
      const after = new Map(before);
      for (const [county, delta] of perCounty.get(uscc) ?? [])
        after.set(county, (after.get(county) ?? 0) + delta);
      if ([...after.values()].some((n) => n <= 0)) gone.push(uscc);
      const was = presence(before);
      const is = presence(after);
      const registered = r.registered === true || r.registered === 't';
      for (const [sign, from, to] of [
        [1, was, is],
        [-1, is, was],
      ] as const) {
        for (const code of to) {
          if (from.has(code)) continue;
          counter(code).withProjects += sign;
          if (registered) counter(code).registered += sign;
        }
      }
    }
  }

  // The writes go to different tables: one statement, one round trip.
  const writes: Array<[string, unknown[]]> = [];
  if (gone.length) {
    writes.push([
      `delete from division_enterprise where valid_projects <= 0 and uscc in (${list(gone.length)})`,
      gone,
    ]);
  }
  const deltas = [...counters].filter(([, c]) => c.total || c.withProjects || c.registered);
  if (deltas.length) {
    writes.push([
      `insert into division_counter (division_code, project_total, enterprises_with_projects, registered_enterprises)
       values ${deltas.map(() => '(?, ?, ?, ?)').join(', ')}
       on conflict (division_code) do update set project_total = division_counter.project_total + excluded.project_total,
         enterprises_with_projects = division_counter.enterprises_with_projects + excluded.enterprises_with_projects,
         registered_enterprises = division_counter.registered_enterprises + excluded.registered_enterprises`,
      deltas.flatMap(([code, c]) => [code, c.total, c.withProjects, c.registered]),
    ]);
  }
  const facts = [...changed].map((id) => latest.get(id)!);
  writes.push([
    `insert into project_fact (project_id, county_code, uscc, status, valid, last_occurred_at, county_version,
       uscc_version, status_version)
     select p, c, u, s, v, t, cv, uv, sv from jsonb_to_recordset(?::jsonb) as x(p varchar(64), c varchar(6),
       u varchar(18), s varchar(32), v boolean, t timestamptz, cv varchar(64), uv varchar(64), sv varchar(64))
     on conflict (project_id) do update set county_code = excluded.county_code, uscc = excluded.uscc,
       status = excluded.status, valid = excluded.valid, last_occurred_at = excluded.last_occurred_at,
       county_version = excluded.county_version, uscc_version = excluded.uscc_version,
       status_version = excluded.status_version`,
    [
      jsonLiteral(
        // Short keys: this text is written to PostgreSQL's socket for every batch.
        facts.map((f) => ({
          p: f.projectId,
          c: f.countyCode,
          u: f.uscc,
          s: f.status,
          v: f.valid,
          t: f.lastOccurredAt.toISOString(),
          cv: f.versions.county,
          uv: f.versions.uscc,
          sv: f.versions.status,
        })),
      ),
    ],
  ]);
  await writeTogether(em, writes);
  return changed.size;
}
