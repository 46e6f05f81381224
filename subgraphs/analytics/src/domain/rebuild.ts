// Rebuilding the read models from scratch: events are folded in memory with the same pure functions as the live
// projection (facts.ts), the counters are derived from the final facts, and everything replaces the tables in the
// caller's transaction (replaceReadModels of read-model.repository.ts). Deriving the counters from the facts, rather than replaying the deltas, makes a rebuild
// an independent check of the incremental path: both must give the same numbers.
import type { EventEnvelope } from '@anze/events';
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
  type OrganisationState,
  type ProjectFactEvent,
  type ProjectState,
} from './facts.ts';
import type { ReadModels, RebuiltCounter } from './read-model.repository.ts';

interface Applied {
  eventId: string;
  occurredAt: Date;
  streamSequence: number;
}

export class ReadModelBuilder {
  readonly projects = new Map<string, ProjectState>();
  readonly organisations = new Map<string, OrganisationState>();
  readonly claims = new Map<string, ClaimState>();
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

  foldProject(event: ProjectFactEvent): void {
    const next = nextProjectState(this.projects.get(event.data.projectId) ?? null, event);
    if (next) this.projects.set(next.projectId, next);
  }

  foldOrganisation(event: OrganisationEvent): void {
    const next = nextOrganisationState(this.organisations.get(event.data.organisationId) ?? null, event);
    if (next) this.organisations.set(next.organisationId, next);
  }

  foldClaim(event: ClaimEvent): void {
    const next = nextClaimState(this.claims.get(event.data.claimId) ?? null, event);
    if (next) this.claims.set(next.claimId, next);
  }

  /** Counter rows and (county, enterprise) rows implied by the facts. */
  aggregates() {
    const registered = new Set<string>();
    for (const o of this.organisations.values()) if (o.registered && o.uscc) registered.add(o.uscc);
    const counters = new Map<string, RebuiltCounter>();
    const counterOf = (code: string) => {
      let c = counters.get(code);
      if (!c)
        counters.set(
          code,
          (c = {
            projects: 0,
            enterprises: 0,
            registered: 0,
            insured: 0,
            insuredValid: 0,
            claims: 0,
            paidFen: 0n,
          }),
        );
      return c;
    };
    const perEnterprise = new Map<string, number>();
    // (division at every level, enterprise) pairs already counted: an enterprise counts once per division.
    const counted = new Set<string>();
    for (const p of this.projects.values()) {
      // 投保笔数 counts insured projects whatever their status; 投保比率's numerator the valid ones among them.
      if (p.insured)
        for (const code of statisticalDivisions(p.countyCode)) {
          counterOf(code).insured++;
          if (p.valid) counterOf(code).insuredValid++;
        }
      if (!p.valid) continue;
      if (p.uscc) {
        const key = `${p.countyCode}|${p.uscc}`;
        perEnterprise.set(key, (perEnterprise.get(key) ?? 0) + 1);
      }
      for (const code of statisticalDivisions(p.countyCode)) {
        const c = counterOf(code);
        c.projects++;
        if (!p.uscc || counted.has(`${code}|${p.uscc}`)) continue;
        counted.add(`${code}|${p.uscc}`);
        c.enterprises++;
        if (registered.has(p.uscc)) c.registered++;
      }
    }
    for (const claim of this.claims.values()) {
      const { claims, paidFen } = claimContribution(claim);
      for (const code of statisticalDivisions(claim.countyCode)) {
        const c = counterOf(code);
        c.claims += claims;
        c.paidFen += paidFen;
      }
    }
    return { counters, perEnterprise };
  }

  /** What replaces the read models: the facts, the aggregates, and the events taken into account. */
  readModels(): ReadModels {
    return {
      projects: this.projects.values(),
      organisations: this.organisations.values(),
      claims: this.claims.values(),
      ...this.aggregates(),
      last: this.last,
      inbox: this.inbox,
    };
  }
}
