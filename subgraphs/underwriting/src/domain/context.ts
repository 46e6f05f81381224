// What a domain operation needs besides its input: who acts, with which request-scoped EntityManager, the platform's
// rules, and where the facts it establishes are published.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import type { IInsuranceApplication } from './application.entity.ts';
import type { IPolicy, IPreventionFeeEntry } from './policy.entity.ts';
import type { UnderwritingRules } from './rules.ts';
import type { IInsurancePlan } from './plan.entity.ts';

/** The limits of the plan version a policy was issued under, as its events carry them. */
export type PlanLimits = Pick<
  IInsurancePlan,
  'deathDisabilityLimitFen' | 'medicalLimitFen' | 'perAccidentLimitFen' | 'cumulativeLimitFen'
>;

/** What happened, as the domain states it; events/underwriting-events.ts turns each into its catalogue event. */
export type UnderwritingFact =
  | {
      type: `application.${'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'review_overdue'}`;
      application: IInsuranceApplication;
      readers: string[];
    }
  | {
      type: 'policy.issued';
      application: IInsuranceApplication;
      policy: IPolicy;
      plan: PlanLimits;
      readers: string[];
    }
  | {
      type: 'policy.extended';
      application: IInsuranceApplication;
      policy: IPolicy;
      plan: PlanLimits;
      readers: string[];
      previousExpiryDate: string;
    }
  | { type: 'prevention_fee.recorded'; policy: IPolicy; entry: IPreventionFeeEntry };

/** Publishes a fact in the unit of work of `em` (the outbox), so it commits or rolls back with the change. */
export type PublishFact = (em: EntityManager, fact: UnderwritingFact, viewer: Viewer) => void;

/** Schedules durable work (the 复审期限) in the unit of work of `em`: it exists iff the transaction commits. */
export type ScheduleDeadline = (em: EntityManager, applicationId: string, dueAt: Date) => Promise<void>;

export interface Actor {
  em: EntityManager;
  viewer: Viewer;
  publish: PublishFact;
  rules: UnderwritingRules;
  scheduleReviewDeadline: ScheduleDeadline;
  /** The platform clock (tests move it). */
  now: () => Date;
}
