// The incremental projection: each event changes a fact row and, by the difference between the old and the new fact,
// the per-division counters — all in the caller's transaction (the consumer's, which also holds the inbox row).
// The statements are read-model.repository.ts'; what changes by how much is decided here.
import type { EntityManager } from '@mikro-orm/postgresql';
import { statisticalDivisions } from './divisions.ts';
import {
  claimContribution,
  nextClaimState,
  nextOrganisationState,
  nextProjectState,
  UnusableEvent,
  type ClaimEvent,
  type ClaimState,
  type OrganisationEvent,
  type ProjectFactEvent,
  type ProjectState,
} from './facts.ts';
import {
  addRegisteredEnterprises,
  countiesOfEnterprise,
  findClaimFacts,
  findOrganisationFact,
  findProjectFacts,
  isRegistered,
  lockProjection,
  moveEnterprises,
  saveOrganisationFact,
  writeClaimBatch,
  writeProjectBatch,
  type ClaimCounterDelta,
  type CounterDelta,
} from './read-model.repository.ts';

function sameContribution(a: ProjectState | null, b: ProjectState | null): boolean {
  const counted = (p: ProjectState | null) =>
    p && (p.valid || p.insured) ? `${p.countyCode}|${p.uscc ?? ''}|${p.valid}|${p.insured}` : null;
  return counted(a) === counted(b);
}

/** Applies an `identity.organisation.*` event. Returns false when it changed nothing. */
export async function applyOrganisationEvent(em: EntityManager, event: OrganisationEvent): Promise<boolean> {
  await lockProjection(em);
  const current = await findOrganisationFact(em, event.data.organisationId);
  const next = nextOrganisationState(current, event);
  if (!next) return false;
  const usccs = [...new Set([current?.uscc, next.uscc].filter((u): u is string => !!u))];
  const before = await Promise.all(usccs.map((u) => isRegistered(em, u)));
  await saveOrganisationFact(em, next);
  for (const [i, uscc] of usccs.entries()) {
    const after = await isRegistered(em, uscc);
    if (after === before[i]) continue;
    // The enterprise enters or leaves the numerator of every division where it has valid projects: the levels
    // above each county it has valid projects in.
    const counties = await countiesOfEnterprise(em, uscc);
    const codes = [...new Set(counties.flatMap((county) => statisticalDivisions(county)))];
    if (!codes.length) continue;
    await addRegisteredEnterprises(em, codes, after ? 1 : -1);
  }
  return true;
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
 * Folds a batch's events, in stream order, into the stored facts of their aggregates with the pure `next` of the
 * live path and the rebuild: the latest facts and the ids of those that changed. Unusable events are reported and
 * skipped.
 */
function foldBatch<E, S>(
  original: ReadonlyMap<string, S>,
  events: readonly E[],
  idOf: (event: E) => string,
  next: (current: S | null, event: E) => S | null,
  onUnusable: (event: E, error: UnusableEvent) => void,
): { latest: Map<string, S>; changed: Set<string> } {
  const latest = new Map<string, S>(original);
  const changed = new Set<string>();
  for (const event of events) {
    const id = idOf(event);
    let state: S | null;
    try {
      state = next(latest.get(id) ?? null, event);
    } catch (err) {
      if (!(err instanceof UnusableEvent)) throw err;
      onUnusable(event, err);
      continue;
    }
    if (!state) continue;
    latest.set(id, state);
    changed.add(id);
  }
  return { latest, changed };
}

/**
 * Applies several `projects.project.*` or `underwriting.policy.*` events (one source's batch), in stream order, with a handful of set-based statements instead of
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
export async function applyProjectEvents<E extends ProjectFactEvent>(
  em: EntityManager,
  events: readonly E[],
  onUnusable: (event: E, error: UnusableEvent) => void,
): Promise<number> {
  if (!events.length) return 0;
  await lockProjection(em);
  const original = await findProjectFacts(em, [...new Set(events.map((e) => e.data.projectId))]);
  const { latest, changed } = foldBatch(
    original,
    events,
    (e) => e.data.projectId,
    nextProjectState,
    onUnusable,
  );
  if (!changed.size) return 0;

  // Net change of each division's counters and of each (county, enterprise) valid-project count.
  const counters = new Map<string, CounterDelta>();
  const counter = (code: string) => {
    let c = counters.get(code);
    if (!c)
      counters.set(code, (c = { total: 0, withProjects: 0, registered: 0, insured: 0, insuredValid: 0 }));
    return c;
  };
  const perCounty = new Map<string, Map<string, number>>(); // uscc → county → delta
  const count = (p: ProjectState, sign: 1 | -1) => {
    if (p.insured)
      for (const code of statisticalDivisions(p.countyCode)) {
        counter(code).insured += sign;
        if (p.valid) counter(code).insuredValid += sign;
      }
    if (!p.valid) return;
    for (const code of statisticalDivisions(p.countyCode)) counter(code).total += sign;
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

  const moves = [...perCounty].flatMap(([u, counties]) =>
    [...counties].filter(([, n]) => n !== 0).map(([d, n]) => ({ d, u, n })),
  );
  // Where the enterprise's valid projects go 0 → >0 or >0 → 0, it enters or leaves that division's denominator
  // (and its numerator if registered); its rows at 0 go.
  const gone: string[] = [];
  if (moves.length) {
    for (const { uscc, registered, counties: before } of await moveEnterprises(em, moves)) {
      const after = new Map(before);
      for (const [county, delta] of perCounty.get(uscc) ?? [])
        after.set(county, (after.get(county) ?? 0) + delta);
      if ([...after.values()].some((n) => n <= 0)) gone.push(uscc);
      const was = presence(before);
      const is = presence(after);
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
  await writeProjectBatch(em, {
    emptied: gone,
    counters: [...counters].filter(
      ([, c]) => c.total || c.withProjects || c.registered || c.insured || c.insuredValid,
    ),
    facts: [...changed].map((id) => latest.get(id)!),
  });
  return changed.size;
}

/**
 * Applies a batch of `claims.claim.*` events (stream order) with two statements whatever its size: the facts of
 * their claims are read at once, the events folded in memory (`nextClaimState`), and 出险笔数 and 赔款金额 of every
 * level above the claim's county change by the difference between each claim's contribution before the first and
 * after the last event (a settlement adds its amount, a correction of it or a reopen moves it, a move of county
 * moves the claim). Returns the number of claims whose fact changed.
 */
export async function applyClaimEvents(
  em: EntityManager,
  events: readonly ClaimEvent[],
  onUnusable: (event: ClaimEvent, error: UnusableEvent) => void,
): Promise<number> {
  if (!events.length) return 0;
  await lockProjection(em);
  const original = await findClaimFacts(em, [...new Set(events.map((e) => e.data.claimId))]);
  const { latest, changed } = foldBatch(original, events, (e) => e.data.claimId, nextClaimState, onUnusable);
  if (!changed.size) return 0;

  const counters = new Map<string, ClaimCounterDelta>();
  const count = (c: ClaimState, sign: 1 | -1) => {
    const { claims, paidFen } = claimContribution(c);
    for (const code of statisticalDivisions(c.countyCode)) {
      const d = counters.get(code) ?? { claims: 0, paidFen: 0n };
      counters.set(code, { claims: d.claims + sign * claims, paidFen: d.paidFen + BigInt(sign) * paidFen });
    }
  };
  for (const id of changed) {
    const before = original.get(id);
    if (before) count(before, -1);
    count(latest.get(id)!, 1);
  }
  await writeClaimBatch(em, {
    counters: [...counters].filter(([, d]) => d.claims !== 0 || d.paidFen !== 0n),
    facts: [...changed].map((id) => latest.get(id)!),
  });
  return changed.size;
}
