// Persistence of the read models (read-model.entity.ts): the statements of the incremental projection, the counter
// and freshness reads, and the rebuild's replacement of every table. Plain SQL throughout: the projection's batch
// path is set-based (a handful of statements whatever the batch size, bench/src/analytics-apply.ts), and the reads
// are lookups by primary key into plain objects.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@anze/events';
import { jsonLiteral } from '@anze/orm';
import type { ClaimState, OrganisationState, ProjectState } from './facts.ts';

/**
 * Every write to the read models takes this transaction-level advisory lock. The national and province counter
 * rows are touched by every event anyway, so serialising costs no throughput, and it rules out deadlocks between
 * the two consumers and races between a project's enterprise and that enterprise's registration. Readers never
 * take it. The rebuild takes it too.
 */
const PROJECTION_LOCK_SQL = 'select pg_advisory_xact_lock(40060001)';

type Row = Record<string, unknown>;

const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

async function rows(em: EntityManager, sql: string, params: unknown[] = []): Promise<Row[]> {
  return em.execute<Row[]>(sql, params, 'all');
}

export async function lockProjection(em: EntityManager): Promise<void> {
  await em.execute(PROJECTION_LOCK_SQL, [], 'all');
}

// ---- facts ----

function projectFrom(row: Row): ProjectState {
  return {
    projectId: String(row.project_id),
    countyCode: String(row.county_code),
    uscc: (row.uscc as string | null) ?? null,
    status: String(row.status),
    valid: Boolean(row.valid),
    insured: Boolean(row.insured),
    lastOccurredAt: new Date(row.last_occurred_at as string | Date),
    versions: {
      county: String(row.county_version),
      uscc: (row.uscc_version as string | null) ?? null,
      status: String(row.status_version),
    },
  };
}

function claimFrom(row: Row): ClaimState {
  return {
    claimId: String(row.claim_id),
    countyCode: String(row.county_code),
    status: String(row.status),
    settledAmountFen: row.settled_amount_fen === null ? null : String(row.settled_amount_fen),
    lastOccurredAt: new Date(row.last_occurred_at as string | Date),
    version: String(row.version),
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

/**
 * The facts of the given ids: one primary-key probe per id. `offset 0` keeps the lateral subquery from being
 * flattened into a join, for which the planner would rather scan the whole table than probe a few hundred ids (its
 * cost model assumes disk reads; the table is in memory): a scan grows with the table, the probes do not.
 */
async function findFacts<T>(
  em: EntityManager,
  table: 'project_fact' | 'claim_fact',
  key: 'project_id' | 'claim_id',
  ids: readonly string[],
  from: (row: Row) => T,
): Promise<Map<string, T>> {
  const sql = `select f.* from jsonb_array_elements_text(?::jsonb) as k(id)
    cross join lateral (select * from ${table} where ${key} = k.id offset 0) f`;
  return new Map((await rows(em, sql, [jsonLiteral(ids)])).map((r) => [String(r[key]), from(r)] as const));
}

/** The stored facts of these projects, by id; a project not seen yet has none. */
export function findProjectFacts(
  em: EntityManager,
  projectIds: readonly string[],
): Promise<Map<string, ProjectState>> {
  return findFacts(em, 'project_fact', 'project_id', projectIds, projectFrom);
}

/** The stored facts of these claims, by id; a claim not seen yet has none. */
export function findClaimFacts(
  em: EntityManager,
  claimIds: readonly string[],
): Promise<Map<string, ClaimState>> {
  return findFacts(em, 'claim_fact', 'claim_id', claimIds, claimFrom);
}

export async function findOrganisationFact(
  em: EntityManager,
  organisationId: string,
): Promise<OrganisationState | null> {
  const [row] = await rows(em, 'select * from organisation_fact where organisation_id = ?', [organisationId]);
  return row ? organisationFrom(row) : null;
}

/** Whether an organisation with this USCC counts as a registered enterprise. */
export async function isRegistered(em: EntityManager, uscc: string): Promise<boolean> {
  const [row] = await rows(
    em,
    'select exists (select 1 from organisation_fact where uscc = ? and registered) as registered',
    [uscc],
  );
  return Boolean(row?.registered);
}

export async function saveOrganisationFact(em: EntityManager, next: OrganisationState): Promise<void> {
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
}

// ---- enterprises per county and counters ----

/** The counties where the enterprise has valid projects (division_enterprise holds a row only while positive). */
export async function countiesOfEnterprise(em: EntityManager, uscc: string): Promise<string[]> {
  const counties = await rows(em, 'select division_code from division_enterprise where uscc = ?', [uscc]);
  return counties.map((r) => String(r.division_code));
}

/** Adds `delta` to the registered enterprises (注册比率's numerator) of these divisions. */
export async function addRegisteredEnterprises(
  em: EntityManager,
  divisionCodes: readonly string[],
  delta: 1 | -1,
): Promise<void> {
  await em.execute(
    `update division_counter set registered_enterprises = registered_enterprises + ?
       where division_code in (${list(divisionCodes.length)})`,
    [delta, ...divisionCodes],
    'run',
  );
}

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

/** A change of one enterprise's valid projects in one county. */
export interface EnterpriseMove {
  /** county */
  d: string;
  /** USCC */
  u: string;
  /** delta */
  n: number;
}

export interface EnterpriseBefore {
  uscc: string;
  registered: boolean;
  /** Valid projects per county before the moves. */
  counties: Map<string, number>;
}

/** Applies the moves and returns each enterprise's counties as they were before them (see MOVE_ENTERPRISES). */
export async function moveEnterprises(
  em: EntityManager,
  moves: readonly EnterpriseMove[],
): Promise<EnterpriseBefore[]> {
  return (await rows(em, MOVE_ENTERPRISES, [jsonLiteral(moves)])).map((r) => {
    const stored = (typeof r.counties === 'string' ? JSON.parse(r.counties) : r.counties) as Record<
      string,
      number
    > | null;
    return {
      uscc: String(r.uscc),
      registered: r.registered === true || r.registered === 't',
      counties: new Map(Object.entries(stored ?? {}).map(([c, n]) => [c, Number(n)] as const)),
    };
  });
}

/** Net change of one division's counters. */
export interface CounterDelta {
  total: number;
  withProjects: number;
  registered: number;
  /** 投保笔数: insured projects, whatever their status. */
  insured: number;
  /** 投保比率's numerator: insured valid projects. */
  insuredValid: number;
}

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

/**
 * A statement upserting fact rows (the first column is the key) from one JSON parameter, jsonb_to_recordset. Short
 * keys (k0, k1, …): this text is written to PostgreSQL's socket for every batch.
 */
function upsertFacts(
  table: 'project_fact' | 'claim_fact',
  columns: ReadonlyArray<readonly [name: string, type: string]>,
  rows: ReadonlyArray<readonly unknown[]>,
): [string, unknown[]] {
  const keys = columns.map((_, i) => `k${i}`);
  return [
    `insert into ${table} (${columns.map(([c]) => c).join(', ')})
     select ${keys.join(', ')} from jsonb_to_recordset(?::jsonb)
       as x(${columns.map(([, type], i) => `${keys[i]} ${type}`).join(', ')})
     on conflict (${columns[0]![0]}) do update set
       ${columns
         .slice(1)
         .map(([c]) => `${c} = excluded.${c}`)
         .join(', ')}`,
    [jsonLiteral(rows.map((row) => Object.fromEntries(row.map((v, i) => [keys[i], v]))))],
  ];
}

/**
 * A statement adding each row's values (after its division code) to those columns of division_counter, inserting
 * the rows no event has touched yet.
 */
function addToCounters(
  columns: readonly string[],
  rows: ReadonlyArray<readonly [string, ...Array<number | string>]>,
): [string, unknown[]] {
  const placeholders = `(${['?', ...columns.map(() => '?')].join(', ')})`;
  return [
    `insert into division_counter (division_code, ${columns.join(', ')})
     values ${rows.map(() => placeholders).join(', ')}
     on conflict (division_code) do update set
       ${columns.map((c) => `${c} = division_counter.${c} + excluded.${c}`).join(', ')}`,
    rows.flat(),
  ];
}

/**
 * The writes of a batch of project events, to different tables, as one statement: the (county, enterprise) rows of
 * `emptied` enterprises that fell to 0 go, the counters change by `counters`, the facts are upserted.
 */
export async function writeProjectBatch(
  em: EntityManager,
  w: {
    emptied: readonly string[];
    counters: ReadonlyArray<[string, CounterDelta]>;
    facts: readonly ProjectState[];
  },
): Promise<void> {
  const writes: Array<[string, unknown[]]> = [];
  if (w.emptied.length) {
    writes.push([
      `delete from division_enterprise where valid_projects <= 0 and uscc in (${list(w.emptied.length)})`,
      [...w.emptied],
    ]);
  }
  if (w.counters.length) {
    writes.push(
      addToCounters(
        [
          'project_total',
          'enterprises_with_projects',
          'registered_enterprises',
          'insured_projects',
          'insured_valid_projects',
        ],
        w.counters.map(([code, c]) => [
          code,
          c.total,
          c.withProjects,
          c.registered,
          c.insured,
          c.insuredValid,
        ]),
      ),
    );
  }
  writes.push(
    upsertFacts(
      'project_fact',
      [
        ['project_id', 'varchar(64)'],
        ['county_code', 'varchar(6)'],
        ['uscc', 'varchar(18)'],
        ['status', 'varchar(32)'],
        ['valid', 'boolean'],
        ['insured', 'boolean'],
        ['last_occurred_at', 'timestamptz'],
        ['county_version', 'varchar(64)'],
        ['uscc_version', 'varchar(64)'],
        ['status_version', 'varchar(64)'],
      ],
      w.facts.map((f) => [
        f.projectId,
        f.countyCode,
        f.uscc,
        f.status,
        f.valid,
        f.insured,
        f.lastOccurredAt.toISOString(),
        f.versions.county,
        f.versions.uscc,
        f.versions.status,
      ]),
    ),
  );
  await writeTogether(em, writes);
}

/** Net change of one division's claim counters. */
export interface ClaimCounterDelta {
  /** 出险笔数 */
  claims: number;
  /** 赔款金额, 分 */
  paidFen: bigint;
}

/** The writes of a batch of claim events as one statement: the counters change by `counters`, the facts are upserted. */
export async function writeClaimBatch(
  em: EntityManager,
  w: { counters: ReadonlyArray<[string, ClaimCounterDelta]>; facts: readonly ClaimState[] },
): Promise<void> {
  const writes: Array<[string, unknown[]]> = [];
  if (w.counters.length) {
    writes.push(
      addToCounters(
        ['claims_recorded', 'settled_amount_fen'],
        // The amount as a decimal string: exact whatever its size (the column is bigint).
        w.counters.map(([code, c]) => [code, c.claims, c.paidFen.toString()]),
      ),
    );
  }
  writes.push(
    upsertFacts(
      'claim_fact',
      [
        ['claim_id', 'varchar(64)'],
        ['county_code', 'varchar(6)'],
        ['status', 'varchar(16)'],
        ['settled_amount_fen', 'bigint'],
        ['last_occurred_at', 'timestamptz'],
        ['version', 'varchar(64)'],
      ],
      // The amount stays a string in the JSON: JSON numbers would lose 分 above 2^53.
      w.facts.map((f) => [
        f.claimId,
        f.countyCode,
        f.status,
        f.settledAmountFen,
        f.lastOccurredAt.toISOString(),
        f.version,
      ]),
    ),
  );
  await writeTogether(em, writes);
}

/** The dashboard's numbers of one division as stored. */
export interface DivisionCounts {
  projectTotal: number;
  enterprisesWithProjects: number;
  registeredEnterprises: number;
  insuredProjects: number;
  insuredValidProjects: number;
  /** 出险笔数 */
  claimsRecorded: number;
  /** 赔款金额, 分 */
  settledAmountFen: bigint;
}

/** The counter rows of these divisions, by code; a division no event has touched has none. */
export async function findDivisionCounters(
  em: EntityManager,
  divisionCodes: readonly string[],
): Promise<Map<string, DivisionCounts>> {
  const found = await rows(
    em,
    `select division_code, project_total, enterprises_with_projects, registered_enterprises, insured_projects,
       insured_valid_projects, claims_recorded, settled_amount_fen::text as settled_amount_fen
     from division_counter where division_code in (${list(divisionCodes.length)})`,
    [...divisionCodes],
  );
  return new Map(
    found.map((r) => [
      String(r.division_code),
      {
        projectTotal: Number(r.project_total ?? 0),
        enterprisesWithProjects: Number(r.enterprises_with_projects ?? 0),
        registeredEnterprises: Number(r.registered_enterprises ?? 0),
        insuredProjects: Number(r.insured_projects ?? 0),
        insuredValidProjects: Number(r.insured_valid_projects ?? 0),
        claimsRecorded: Number(r.claims_recorded ?? 0),
        settledAmountFen: BigInt(String(r.settled_amount_fen ?? '0')),
      },
    ]),
  );
}

// ---- projection state (freshness) ----

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

export interface ProjectionStateRow {
  lastEventOccurredAt: Date;
  lastAppliedAt: Date;
  lastStreamSequence: number;
}

/** projection_state by source. */
export async function findProjectionStates(em: EntityManager): Promise<Map<string, ProjectionStateRow>> {
  const found = await rows(
    em,
    'select source, last_event_occurred_at, last_applied_at, last_stream_sequence from projection_state',
  );
  return new Map(
    found.map((r) => [
      String(r.source),
      {
        lastEventOccurredAt: new Date(r.last_event_occurred_at as Date),
        lastAppliedAt: new Date(r.last_applied_at as Date),
        lastStreamSequence: Number(r.last_stream_sequence),
      },
    ]),
  );
}

// ---- the rebuild ----

/**
 * The locks a rebuild needs, in this order: the inbox first (a live consumer inserts its inbox row before it asks for
 * the projection lock, so holding the inbox makes it wait without holding anything we need), then the projection
 * lock. Plain reads of the counters go on and see the old numbers until the rebuild commits.
 */
export async function lockForRebuild(em: EntityManager): Promise<void> {
  await em.execute('lock table inbox in exclusive mode', [], 'run');
  await lockProjection(em);
}

const CHUNK = 1000;

async function insertAll(
  em: EntityManager,
  table: string,
  columns: string[],
  values: unknown[][],
  suffix = '',
): Promise<void> {
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < values.length; i += CHUNK) {
    const chunk = values.slice(i, i + CHUNK);
    await em.execute(
      `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => row).join(', ')} ${suffix}`,
      chunk.flat(),
      'run',
    );
  }
}

/** A division's counters as a rebuild derives them from the facts. */
export interface RebuiltCounter {
  projects: number;
  enterprises: number;
  registered: number;
  insured: number;
  insuredValid: number;
  claims: number;
  paidFen: bigint;
}

/** Everything a rebuild writes: the facts, what the counters derive from them, and the applied events. */
export interface ReadModels {
  projects: Iterable<ProjectState>;
  organisations: Iterable<OrganisationState>;
  claims: Iterable<ClaimState>;
  /** `${county}|${uscc}` → valid projects */
  perEnterprise: Map<string, number>;
  counters: Map<string, RebuiltCounter>;
  /** Last event per source, for projection_state. */
  last: Map<string, { eventId: string; occurredAt: Date; streamSequence: number }>;
  /** (source, event id, stream sequence) of every event taken into account, for the inbox. */
  inbox: ReadonlyArray<readonly [string, string, number]>;
}

/** Replaces every read model with `m`, and marks its events as applied for the live consumers. */
export async function replaceReadModels(em: EntityManager, m: ReadModels): Promise<void> {
  for (const table of [
    'division_counter',
    'division_enterprise',
    'project_fact',
    'organisation_fact',
    'claim_fact',
    'projection_state',
  ]) {
    // delete, not truncate: truncate would block readers until commit.
    await em.execute(`delete from ${table}`, [], 'run');
  }
  await insertAll(
    em,
    'project_fact',
    [
      'project_id',
      'county_code',
      'uscc',
      'status',
      'valid',
      'insured',
      'last_occurred_at',
      'county_version',
      'uscc_version',
      'status_version',
    ],
    [...m.projects].map((p) => [
      p.projectId,
      p.countyCode,
      p.uscc,
      p.status,
      p.valid,
      p.insured,
      p.lastOccurredAt,
      p.versions.county,
      p.versions.uscc,
      p.versions.status,
    ]),
  );
  await insertAll(
    em,
    'organisation_fact',
    [
      'organisation_id',
      'uscc',
      'organisation_type',
      'registration_status',
      'registered',
      'last_occurred_at',
      'type_version',
      'uscc_version',
      'status_version',
    ],
    [...m.organisations].map((o) => [
      o.organisationId,
      o.uscc,
      o.organisationType,
      o.registrationStatus,
      o.registered,
      o.lastOccurredAt,
      o.versions.type,
      o.versions.uscc,
      o.versions.status,
    ]),
  );
  await insertAll(
    em,
    'claim_fact',
    ['claim_id', 'county_code', 'status', 'settled_amount_fen', 'last_occurred_at', 'version'],
    [...m.claims].map((c) => [
      c.claimId,
      c.countyCode,
      c.status,
      c.settledAmountFen,
      c.lastOccurredAt,
      c.version,
    ]),
  );
  await insertAll(
    em,
    'division_enterprise',
    ['division_code', 'uscc', 'valid_projects'],
    [...m.perEnterprise].map(([key, n]) => [...key.split('|'), n]),
  );
  await insertAll(
    em,
    'division_counter',
    [
      'division_code',
      'project_total',
      'enterprises_with_projects',
      'registered_enterprises',
      'insured_projects',
      'insured_valid_projects',
      'claims_recorded',
      'settled_amount_fen',
    ],
    [...m.counters].map(([code, c]) => [
      code,
      c.projects,
      c.enterprises,
      c.registered,
      c.insured,
      c.insuredValid,
      c.claims,
      c.paidFen.toString(),
    ]),
  );
  await insertAll(
    em,
    'projection_state',
    ['source', 'last_event_id', 'last_event_occurred_at', 'last_applied_at', 'last_stream_sequence'],
    [...m.last].map(([source, a]) => [source, a.eventId, a.occurredAt, new Date(), a.streamSequence]),
  );
  await insertAll(
    em,
    'inbox',
    ['consumer', 'event_id', 'stream_sequence', 'processed_at'],
    m.inbox.map(([source, id, seq]) => [source, id, seq, new Date()]),
    'on conflict do nothing',
  );
}
