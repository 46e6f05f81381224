// What a domain operation needs besides its input: who acts, with which request-scoped EntityManager, the platform's
// rules, and where the facts it establishes are published.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import type { AccidentCategoryStandard } from '@anze/dictionaries';
import type { IClaim } from './claim.entity.ts';
import type { CorrectableField } from './dictionaries.ts';

export interface ClaimRules {
  /** The standard new claims are classified under (GB/T 6441-1986 until GB 6441-2025 is configured). */
  categoryStandard: AccidentCategoryStandard;
  /** Days after 出险日期 to report (30); later is flagged. */
  reportingDays: number;
  /** Days after 受理 for the decision (30). */
  decisionDays: number;
  timeZone: string;
}

/** What happened, as the domain states it; events/claims-events.ts turns each into its catalogue event. */
export type ClaimFact =
  | {
      type: `claim.${'reported' | 'accepted' | 'settled' | 'declined' | 'reopened' | 'decision_overdue'}`;
      claim: IClaim;
    }
  | { type: 'claim.supplement_requested' | 'claim.supplement_provided'; claim: IClaim }
  | { type: 'claim.corrected'; claim: IClaim; fields: CorrectableField[] };

/** Publishes a fact in the unit of work of `em` (the outbox), so it commits or rolls back with the change. */
export type PublishFact = (em: EntityManager, fact: ClaimFact, viewer: Viewer) => void;

/** Schedules the decision deadline in the unit of work of `em`: it exists iff the transaction commits. */
export type ScheduleDeadline = (em: EntityManager, claimId: string, dueAt: Date) => Promise<void>;

export interface Actor {
  em: EntityManager;
  viewer: Viewer;
  publish: PublishFact;
  rules: ClaimRules;
  scheduleDecisionDeadline: ScheduleDeadline;
  /** The platform clock (tests move it). */
  now: () => Date;
}
