// A project's insurance as projects keeps it, from underwriting's application and policy events (never asking
// underwriting per row): 投保状态, 保险机构, 经纪公司, 保费, 保单号, 承保时间, 保险期间, and who besides the enterprise
// and the regulators may read the project.
//
// Several replicas share each durable, and applications and policies arrive through two durables, so events come in
// roughly, not strictly, in order. The fold keeps two registers, each remembering the version of the event that set
// it, and takes an event only where it is newer, so any arrival order ends in the same state:
//   - the application register: the newest application event (version = occurredAt, then event id);
//   - the policy register: the policy issued last (its issuedAt), and for that policy its newest event (顺延).
// A policy outranks every application event: once issued, the project is 已投保 whatever application events come
// later or late (a renewal application does not make an insured project 待复审 again). WITHDRAWN goes back to 未投保.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CatalogueEvent, EventEnvelope } from '@anze/events';
import type { APPLICATION_EVENTS, POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import type { InsuranceStatus } from './dictionaries.ts';
import { lockProjectInsurance, saveProjectInsurance } from './project.repository.ts';

/** underwriting.application.{submitted,approved,rejected,withdrawn,review_overdue} v1, from its catalogue. */
export type ApplicationEvent = CatalogueEvent<(typeof APPLICATION_EVENTS)[number]>;
/** underwriting.policy.{issued,extended} v1, from its catalogue. */
export type PolicyEvent = CatalogueEvent<(typeof POLICY_EVENTS)[number]>;
export type InsuranceEvent = ApplicationEvent | PolicyEvent;

type ApplicationStatus = ApplicationEvent['data']['status'];

export interface ApplicationRegister {
  applicationId: string;
  status: ApplicationStatus;
  insurerId: string;
  brokerId: string | null;
  readerOrganisationIds: string[];
  version: string;
}

export interface PolicyRegister {
  policyId: string;
  applicationId: string;
  insurerId: string;
  brokerId: string | null;
  policyNumber: string;
  /** 分, decimal digits */
  premiumFen: string;
  premiumImplausible: boolean;
  issuedAt: string;
  effectiveDate: string;
  expiryDate: string;
  readerOrganisationIds: string[];
  version: string;
}

/** The fold's memory, stored with the project (`project.insurance`). */
export interface InsuranceRegisters {
  application: ApplicationRegister | null;
  policy: PolicyRegister | null;
}

/** What the project's columns show and filter by, derived from the registers. */
export interface ProjectInsurance {
  insuranceStatus: InsuranceStatus;
  insurerId: string | null;
  brokerId: string | null;
  insuredPremiumFen: bigint | null;
  insuredPremiumImplausible: boolean;
  policyNumber: string | null;
  insuredAt: Date | null;
  policyStart: string | null;
  policyEnd: string | null;
  readerOrganisationIds: string[];
  insurance: InsuranceRegisters;
}

/**
 * The order of two events: occurredAt (milliseconds, fixed-width ISO), then the event id, compared as strings. Null
 * for an occurredAt the date-time format admits but JavaScript cannot place (a leap second): such an event is not
 * applied (see nextRegisters).
 */
export function eventVersion(event: Pick<EventEnvelope, 'occurredAt' | 'id'>): string | null {
  const at = new Date(event.occurredAt);
  return Number.isNaN(at.getTime()) ? null : `${at.toISOString()} ${event.id.toLowerCase()}`;
}

const STATUS_OF: Record<ApplicationStatus, InsuranceStatus> = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  ISSUED: 'INSURED',
  WITHDRAWN: 'UNINSURED',
};

function isPolicyEvent(event: InsuranceEvent): event is PolicyEvent {
  return event.type === 'underwriting.policy.issued' || event.type === 'underwriting.policy.extended';
}

function policyRegister(event: PolicyEvent, version: string): PolicyRegister {
  const d = event.data;
  return {
    policyId: d.policyId,
    applicationId: d.applicationId,
    insurerId: d.insurerId,
    brokerId: d.brokerId,
    policyNumber: d.policyNumber,
    premiumFen: d.premiumFen,
    premiumImplausible: d.premiumImplausible,
    issuedAt: new Date(d.issuedAt).toISOString(),
    effectiveDate: d.effectiveDate,
    expiryDate: d.expiryDate,
    readerOrganisationIds: [...d.readerOrganisationIds],
    version,
  };
}

/** Whether a policy register should give way to `next`: a later event of the same policy, or a policy issued later. */
function supersedes(next: PolicyRegister, current: PolicyRegister | null): boolean {
  if (!current) return true;
  if (next.policyId === current.policyId) return next.version > current.version;
  if (next.issuedAt !== current.issuedAt) return next.issuedAt > current.issuedAt;
  return next.version > current.version;
}

/** The registers after `event`, or null when it changes nothing (older than what they hold, or unplaceable). */
export function nextRegisters(
  current: InsuranceRegisters | null,
  event: InsuranceEvent,
): InsuranceRegisters | null {
  const version = eventVersion(event);
  if (version === null) return null;
  const registers: InsuranceRegisters = current ?? { application: null, policy: null };
  if (isPolicyEvent(event)) {
    const policy = policyRegister(event, version);
    return supersedes(policy, registers.policy) ? { ...registers, policy } : null;
  }
  const held = registers.application;
  if (held && held.version >= version) return null;
  const d = event.data;
  return {
    ...registers,
    application: {
      applicationId: d.applicationId,
      status: d.status,
      insurerId: d.insurerId,
      brokerId: d.brokerId,
      readerOrganisationIds: [...d.readerOrganisationIds],
      version,
    },
  };
}

/**
 * The columns the registers imply. 已投保 as soon as a policy is known; otherwise the status of the newest
 * application. 保险机构 and 经纪公司 are the policy's, else those of an application still open. The readers: the
 * policy's and the open application's (an insurer reviewing a renewal reads the project too); a withdrawn
 * application's readers no longer do.
 */
export function insuranceOf(registers: InsuranceRegisters): ProjectInsurance {
  const { policy } = registers;
  const open = registers.application?.status === 'WITHDRAWN' ? null : registers.application;
  const readers = new Set([...(policy?.readerOrganisationIds ?? []), ...(open?.readerOrganisationIds ?? [])]);
  return {
    insuranceStatus: policy ? 'INSURED' : open ? STATUS_OF[open.status] : 'UNINSURED',
    insurerId: policy?.insurerId ?? open?.insurerId ?? null,
    brokerId: policy ? policy.brokerId : (open?.brokerId ?? null),
    insuredPremiumFen: policy ? BigInt(policy.premiumFen) : null,
    insuredPremiumImplausible: policy?.premiumImplausible ?? false,
    policyNumber: policy?.policyNumber ?? null,
    insuredAt: policy ? new Date(policy.issuedAt) : null,
    policyStart: policy?.effectiveDate ?? null,
    policyEnd: policy?.expiryDate ?? null,
    readerOrganisationIds: [...readers].sort(),
    insurance: registers,
  };
}

/**
 * Applies one of underwriting's events to its project, in the caller's transaction (the consumer's, with the inbox
 * row). Returns false when it changed nothing: older than what the project holds, or a project projects does not
 * know (underwriting learns of projects from projects' own events, so that is not a project of this platform).
 */
export async function applyInsuranceEvent(em: EntityManager, event: InsuranceEvent): Promise<boolean> {
  const held = await lockProjectInsurance(em, event.data.projectId);
  if (!held) return false;
  const next = nextRegisters(held.insurance, event);
  if (!next) return false;
  await saveProjectInsurance(em, event.data.projectId, insuranceOf(next));
  return true;
}
