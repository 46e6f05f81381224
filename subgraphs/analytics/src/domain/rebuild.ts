// Rebuilding the read models from scratch: events are folded in memory with the same pure functions as the live
// projection (facts.ts), the counters are derived from the final facts, and everything replaces the tables in the
// caller's transaction. Deriving the counters from the facts, rather than replaying the deltas, makes a rebuild
// an independent check of the incremental path: both must give the same numbers.
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
import { PROJECTION_LOCK_SQL } from './projection.ts';

interface Applied {
  eventId: string;
  occurredAt: Date;
  streamSequence: number;
}

export class ReadModelBuilder {
  readonly projects = new Map<string, ProjectState>();
  readonly organisations = new Map<string, OrganisationState>();
  /** Last event per source, for projection_state. */
  readonly last = new Map<string, Applied>();
  /** (source, event id, stream sequence) of every event taken into account, for the inbox. */
  readonly inbox: Array<[string, string, number]> = [];
  /** Event ids already folded: a copy republished under another msgID must not count twice (as the inbox ensures live). */
  private readonly seen = new Set<string>();
  skipped = 0;

  /** Folds one event of `source`; `fold` is the source's folding function. Returns false for a duplicate. */
  take(source: string, event: EventEnvelope, streamSequence: number, fold: () => void): boolean {
    if (this.seen.has(event.id)) return false;
    this.seen.add(event.id);
    try {
      fold();
    } catch (err) {
      if (!(err instanceof UnusableEvent)) throw err;
      this.skipped++;
    }
    this.inbox.push([source, event.id, streamSequence]);
    this.last.set(source, { eventId: event.id, occurredAt: new Date(event.occurredAt), streamSequence });
    return true;
  }

  foldProject(event: EventEnvelope): void {
    const id = String((event.data as { projectId?: unknown } | null)?.projectId ?? '');
    const next = nextProjectState(this.projects.get(id) ?? null, event);
    if (next) this.projects.set(next.projectId, next);
  }

  foldOrganisation(event: EventEnvelope): void {
    const id = String((event.data as { organisationId?: unknown } | null)?.organisationId ?? '');
    const next = nextOrganisationState(this.organisations.get(id) ?? null, event);
    if (next) this.organisations.set(next.organisationId, next);
  }

  /** Counter rows and (county, enterprise) rows implied by the facts. */
  aggregates() {
    const registered = new Set<string>();
    for (const o of this.organisations.values()) if (o.registered && o.uscc) registered.add(o.uscc);
    const counters = new Map<string, { projects: number; enterprises: number; registered: number }>();
    const perEnterprise = new Map<string, number>();
    // (division at every level, enterprise) pairs already counted: an enterprise counts once per division.
    const counted = new Set<string>();
    for (const p of this.projects.values()) {
      if (!p.valid) continue;
      if (p.uscc) {
        const key = `${p.countyCode}|${p.uscc}`;
        perEnterprise.set(key, (perEnterprise.get(key) ?? 0) + 1);
      }
      for (const code of statisticalDivisions(p.countyCode)) {
        const c = counters.get(code) ?? { projects: 0, enterprises: 0, registered: 0 };
        c.projects++;
        counters.set(code, c);
        if (!p.uscc || counted.has(`${code}|${p.uscc}`)) continue;
        counted.add(`${code}|${p.uscc}`);
        c.enterprises++;
        if (registered.has(p.uscc)) c.registered++;
      }
    }
    return { counters, perEnterprise };
  }
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

/**
 * Takes the locks a rebuild needs, in this order: the inbox first (a live consumer inserts its inbox row before it
 * asks for the projection lock, so holding the inbox makes it wait without holding anything we need), then the
 * projection lock. Plain reads of the counters go on and see the old numbers until the rebuild commits.
 */
export async function lockForRebuild(em: EntityManager): Promise<void> {
  await em.execute('lock table inbox in exclusive mode', [], 'run');
  await em.execute(PROJECTION_LOCK_SQL, [], 'all');
}

/** Replaces every read model with what `builder` folded, and marks its events as applied for the live consumers. */
export async function replaceReadModels(em: EntityManager, builder: ReadModelBuilder): Promise<void> {
  for (const table of [
    'division_counter',
    'division_enterprise',
    'project_fact',
    'organisation_fact',
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
      'last_occurred_at',
      'county_version',
      'uscc_version',
      'status_version',
    ],
    [...builder.projects.values()].map((p) => [
      p.projectId,
      p.countyCode,
      p.uscc,
      p.status,
      p.valid,
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
    [...builder.organisations.values()].map((o) => [
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
  const { counters, perEnterprise } = builder.aggregates();
  await insertAll(
    em,
    'division_enterprise',
    ['division_code', 'uscc', 'valid_projects'],
    [...perEnterprise].map(([key, n]) => [...key.split('|'), n]),
  );
  await insertAll(
    em,
    'division_counter',
    ['division_code', 'project_total', 'enterprises_with_projects', 'registered_enterprises'],
    [...counters].map(([code, c]) => [code, c.projects, c.enterprises, c.registered]),
  );
  await insertAll(
    em,
    'projection_state',
    ['source', 'last_event_id', 'last_event_occurred_at', 'last_applied_at', 'last_stream_sequence'],
    [...builder.last].map(([source, a]) => [source, a.eventId, a.occurredAt, new Date(), a.streamSequence]),
  );
  await insertAll(
    em,
    'inbox',
    ['consumer', 'event_id', 'stream_sequence', 'processed_at'],
    builder.inbox.map(([source, id, seq]) => [source, id, seq, new Date()]),
    'on conflict do nothing',
  );
}
