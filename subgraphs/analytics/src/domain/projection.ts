// The incremental projection: each event changes a fact row and, by the difference between the old and the new fact,
// the per-division counters — all in the caller's transaction (the consumer's, which also holds the inbox row).
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

/** Adds (sign 1) or removes (sign -1) one valid project's contribution to the counters of its divisions. */
async function contribute(em: EntityManager, project: ProjectState, sign: 1 | -1): Promise<void> {
  const codes = statisticalDivisions(project.countyCode);
  await em.execute(
    `insert into division_counter (division_code, project_total) values ${codes.map(() => '(?, ?)').join(', ')}
     on conflict (division_code) do update set project_total = division_counter.project_total + excluded.project_total`,
    codes.flatMap((c) => [c, sign]),
    'run',
  );
  if (!project.uscc) return;
  // Where the enterprise's count of valid projects goes 0 → 1 or 1 → 0, it enters or leaves the denominator.
  let changed: string[];
  if (sign === 1) {
    const res = await rows(
      em,
      `insert into division_enterprise (division_code, uscc, valid_projects) values ${codes.map(() => '(?, ?, 1)').join(', ')}
       on conflict (division_code, uscc) do update set valid_projects = division_enterprise.valid_projects + 1
       returning division_code, valid_projects`,
      codes.flatMap((c) => [c, project.uscc]),
    );
    changed = res.filter((r) => Number(r.valid_projects) === 1).map((r) => String(r.division_code));
  } else {
    const res = await rows(
      em,
      `update division_enterprise set valid_projects = valid_projects - 1
       where uscc = ? and division_code in (${list(codes.length)}) returning division_code, valid_projects`,
      [project.uscc, ...codes],
    );
    changed = res.filter((r) => Number(r.valid_projects) <= 0).map((r) => String(r.division_code));
    if (changed.length) {
      await em.execute(
        `delete from division_enterprise where uscc = ? and division_code in (${list(changed.length)})`,
        [project.uscc, ...changed],
        'run',
      );
    }
  }
  if (!changed.length) return;
  const registered = (await isRegistered(em, project.uscc)) ? sign : 0;
  await em.execute(
    `update division_counter set enterprises_with_projects = enterprises_with_projects + ?,
       registered_enterprises = registered_enterprises + ?
     where division_code in (${list(changed.length)})`,
    [sign, registered, ...changed],
    'run',
  );
}

function sameContribution(a: ProjectState | null, b: ProjectState | null): boolean {
  const counted = (p: ProjectState | null) => (p?.valid ? `${p.countyCode}|${p.uscc ?? ''}` : null);
  return counted(a) === counted(b);
}

/** Applies a `projects.project.*` event. Returns false when it changed nothing (superseded or not used). */
export async function applyProjectEvent(em: EntityManager, event: EventEnvelope): Promise<boolean> {
  await em.execute(PROJECTION_LOCK_SQL, [], 'all');
  const projectId = (event.data as { projectId?: unknown } | null)?.projectId;
  const [row] = await rows(em, 'select * from project_fact where project_id = ?', [String(projectId ?? '')]);
  const current = row ? projectFrom(row) : null;
  const next = nextProjectState(current, event);
  if (!next) return false;
  if (!sameContribution(current, next)) {
    if (current?.valid) await contribute(em, current, -1);
    if (next.valid) await contribute(em, next, 1);
  }
  await em.execute(
    `insert into project_fact (project_id, county_code, uscc, status, valid, last_occurred_at, county_version,
       uscc_version, status_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (project_id) do update set county_code = excluded.county_code, uscc = excluded.uscc,
       status = excluded.status, valid = excluded.valid, last_occurred_at = excluded.last_occurred_at,
       county_version = excluded.county_version, uscc_version = excluded.uscc_version,
       status_version = excluded.status_version`,
    [
      next.projectId,
      next.countyCode,
      next.uscc,
      next.status,
      next.valid,
      next.lastOccurredAt,
      next.versions.county,
      next.versions.uscc,
      next.versions.status,
    ],
    'run',
  );
  return true;
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
    // The enterprise enters or leaves the numerator of every division where it has valid projects.
    await em.execute(
      `update division_counter c set registered_enterprises = c.registered_enterprises + ?
       from division_enterprise de where de.uscc = ? and de.division_code = c.division_code`,
      [after ? 1 : -1, uscc],
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
 * Applies several `projects.project.*` events, in stream order, with a handful of set-based statements instead of
 * several per event (the big row sets travel as one JSON parameter each, jsonb_to_recordset: PostgreSQL parses one
 * literal instead of thousands, about a fifth faster per statement): the facts of all their projects are read at once, the events folded in memory (the same
 * `nextProjectState`), and the counters changed by the difference between each project's contribution before the
 * first and after the last event — contributions telescope, so this equals applying the events one by one.
 * `onUnusable` is told of events no retry can apply (they are skipped, as the one-by-one path does).
 * Registration status comes from organisation_fact, which another consumer writes; within this transaction it is
 * fixed, exactly as for a run of single applications.
 */
export async function applyProjectEvents(
  em: EntityManager,
  events: readonly EventEnvelope[],
  onUnusable: (event: EventEnvelope, error: UnusableEvent) => void,
): Promise<void> {
  if (!events.length) return;
  await em.execute(PROJECTION_LOCK_SQL, [], 'all');
  const idOf = (e: EventEnvelope) => String((e.data as { projectId?: unknown } | null)?.projectId ?? '');
  const ids = [...new Set(events.map(idOf))];
  const original = new Map(
    (await rows(em, `select * from project_fact where project_id in (${list(ids.length)})`, ids)).map((r) => {
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
  if (!changed.size) return;

  // Net change of each division's project total and of each (division, enterprise) valid-project count.
  const totals = new Map<string, number>();
  const perEnterprise = new Map<string, { division: string; uscc: string; delta: number }>();
  const count = (p: ProjectState, sign: 1 | -1) => {
    if (!p.valid) return;
    for (const code of statisticalDivisions(p.countyCode)) {
      totals.set(code, (totals.get(code) ?? 0) + sign);
      if (!p.uscc) continue;
      const key = `${code}|${p.uscc}`;
      const entry = perEnterprise.get(key) ?? { division: code, uscc: p.uscc, delta: 0 };
      entry.delta += sign;
      perEnterprise.set(key, entry);
    }
  };
  for (const id of changed) {
    const before = original.get(id) ?? null;
    const after = latest.get(id)!;
    if (sameContribution(before, after)) continue;
    if (before) count(before, -1);
    count(after, 1);
  }

  // Enterprises entering (0 → >0 valid projects) or leaving (>0 → 0) a division's denominator.
  const entering = new Map<string, string[]>();
  const leaving = new Map<string, string[]>();
  const moves = [...perEnterprise.values()].filter((e) => e.delta !== 0);
  if (moves.length) {
    const res = await rows(
      em,
      `insert into division_enterprise (division_code, uscc, valid_projects)
       select d, u, n from jsonb_to_recordset(?::jsonb) as x(d varchar(6), u varchar(18), n int)
       on conflict (division_code, uscc) do update set valid_projects = division_enterprise.valid_projects + excluded.valid_projects
       returning division_code, uscc, valid_projects`,
      [JSON.stringify(moves.map((m) => ({ d: m.division, u: m.uscc, n: m.delta })))],
    );
    for (const r of res) {
      const key = `${String(r.division_code)}|${String(r.uscc)}`;
      const now = Number(r.valid_projects);
      const before = now - perEnterprise.get(key)!.delta;
      const target = before <= 0 && now > 0 ? entering : before > 0 && now <= 0 ? leaving : null;
      if (target)
        target.set(String(r.uscc), [...(target.get(String(r.uscc)) ?? []), String(r.division_code)]);
    }
    const gone = [...leaving.keys()];
    if (gone.length) {
      await em.execute(
        `delete from division_enterprise where valid_projects <= 0 and uscc in (${list(gone.length)})`,
        gone,
        'run',
      );
    }
  }
  const usccs = [...new Set([...entering.keys(), ...leaving.keys()])];
  const registered = new Set(
    usccs.length
      ? (
          await rows(
            em,
            `select distinct uscc from organisation_fact where registered and uscc in (${list(usccs.length)})`,
            usccs,
          )
        ).map((r) => String(r.uscc))
      : [],
  );
  const counters = new Map<string, { total: number; withProjects: number; registered: number }>();
  const counter = (code: string) => {
    let c = counters.get(code);
    if (!c) counters.set(code, (c = { total: 0, withProjects: 0, registered: 0 }));
    return c;
  };
  for (const [code, delta] of totals) counter(code).total += delta;
  for (const [sign, moved] of [
    [1, entering],
    [-1, leaving],
  ] as const) {
    for (const [uscc, codes] of moved) {
      for (const code of codes) {
        counter(code).withProjects += sign;
        if (registered.has(uscc)) counter(code).registered += sign;
      }
    }
  }
  const deltas = [...counters].filter(([, c]) => c.total || c.withProjects || c.registered);
  if (deltas.length) {
    await em.execute(
      `insert into division_counter (division_code, project_total, enterprises_with_projects, registered_enterprises)
       values ${deltas.map(() => '(?, ?, ?, ?)').join(', ')}
       on conflict (division_code) do update set project_total = division_counter.project_total + excluded.project_total,
         enterprises_with_projects = division_counter.enterprises_with_projects + excluded.enterprises_with_projects,
         registered_enterprises = division_counter.registered_enterprises + excluded.registered_enterprises`,
      deltas.flatMap(([code, c]) => [code, c.total, c.withProjects, c.registered]),
      'run',
    );
  }

  const facts = [...changed].map((id) => latest.get(id)!);
  await em.execute(
    `insert into project_fact (project_id, county_code, uscc, status, valid, last_occurred_at, county_version,
       uscc_version, status_version)
     select p, c, u, s, v, t, cv, uv, sv from jsonb_to_recordset(?::jsonb) as x(p varchar(64), c varchar(6),
       u varchar(18), s varchar(32), v boolean, t timestamptz, cv varchar(64), uv varchar(64), sv varchar(64))
     on conflict (project_id) do update set county_code = excluded.county_code, uscc = excluded.uscc,
       status = excluded.status, valid = excluded.valid, last_occurred_at = excluded.last_occurred_at,
       county_version = excluded.county_version, uscc_version = excluded.uscc_version,
       status_version = excluded.status_version`,
    [
      JSON.stringify(
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
    'run',
  );
}
