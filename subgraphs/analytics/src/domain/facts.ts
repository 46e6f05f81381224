// How one event changes the latest known state of a project or an organisation. Pure functions: the live consumers
// and the rebuild from the stream fold events with exactly these, so both end in the same state.
//
// JetStream does not deliver the events of one aggregate in order: a message handed back when the service stops, or
// nak'ed after a failure, comes back after later ones have been applied. The fold therefore must not depend on the
// arrival order. Each field is a last-writer-wins register: it remembers the version (occurredAt, then event id) of
// the event that set it and takes a value only from a newer event that carries that field. An older event is still
// used for the fields no newer event has set — e.g. the 施工企业 USCC of `registered` when a later `status_changed`
// (whose USCC the fold does not take) arrived first. Ties on occurredAt are broken by the event id, the same way whatever the
// order; a copy of an event (same id) changes nothing.
//
// The events are typed from the producers' catalogues: the consumers (and the replay) validate every message against
// those entries before it gets here, so every field the fold reads is there, of its type and pattern. What validation
// cannot see is left to UnusableEvent.
import type { CatalogueEvent, EventEnvelope } from '@anze/events';
import type { ORGANISATION_EVENTS } from '@anze/identity/domain/event-catalogue';
import type { PROJECT_EVENTS } from '@anze/projects/events/catalogue';
import type { POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import type { CLAIM_EVENTS } from '@anze/claims/events/catalogue';
import { isValidProject } from './validity.ts';

/** projects.project.{registered,updated,status_changed} v1, as projects' catalogue declares them. */
export type ProjectEvent = CatalogueEvent<(typeof PROJECT_EVENTS)[number]>;
/** underwriting.policy.{issued,extended} v1, as underwriting's catalogue declares them: the project is insured. */
export type PolicyEvent = CatalogueEvent<(typeof POLICY_EVENTS)[number]>;
/** What a project's fact is folded from. */
export type ProjectFactEvent = ProjectEvent | PolicyEvent;
/** identity.organisation.{registered,approved,rejected,updated,resubmitted} v1, as identity's catalogue declares them. */
export type OrganisationEvent = CatalogueEvent<(typeof ORGANISATION_EVENTS)[number]>;

/** claims.claim.* v1, as claims' catalogue declares them: every one carries the whole claim after the change. */
export type ClaimEvent = CatalogueEvent<(typeof CLAIM_EVENTS)[number]>;

/** Version of the event that last set each field; null when no event has set it yet. */
export interface ProjectVersions {
  county: string;
  uscc: string | null;
  status: string;
}

export interface ProjectState {
  projectId: string;
  countyCode: string;
  uscc: string | null;
  status: string;
  valid: boolean;
  /**
   * 已投保: a policy has been issued for the project (投保笔数 counts it once however many policies it has). Only ever
   * becomes true — no event ends insurance — so it needs no version: any order gives the same value.
   */
  insured: boolean;
  /** occurredAt of the newest event taken into account. */
  lastOccurredAt: Date;
  versions: ProjectVersions;
}

export interface OrganisationVersions {
  type: string;
  uscc: string | null;
  status: string;
}

export interface OrganisationState {
  organisationId: string;
  uscc: string | null;
  organisationType: string;
  registrationStatus: string;
  registered: boolean;
  lastOccurredAt: Date;
  versions: OrganisationVersions;
}

/** Thrown for an event that no retry can make applicable; the consumer records it and moves on. */
export class UnusableEvent extends Error {}

/**
 * The total order of the events of one aggregate: occurredAt (milliseconds, as a fixed-width ISO string), then the
 * event id (UUIDv7: ids made by one producer sort in creation order). Plain string comparison orders versions.
 */
export function eventVersion(event: EventEnvelope): string {
  const at = new Date(event.occurredAt);
  // The envelope's date-time format admits a leap second (23:59:60Z), which is not a JavaScript time.
  if (Number.isNaN(at.getTime()))
    throw new UnusableEvent(`${event.type} ${event.id}: occurredAt is not a time`);
  return `${at.toISOString()} ${event.id.toLowerCase()}`;
}

/** Whether an event of `version` may set a field last set at `current` (never set: null). */
function newer(version: string, current: string | null | undefined): boolean {
  return current === null || current === undefined || version > current;
}

function later(a: Date, b: Date | undefined): Date {
  return b !== undefined && b.getTime() > a.getTime() ? b : a;
}

/**
 * Version of what a policy event says of a project that no project event has placed yet: older than every event's,
 * so the first project event takes county and status over (projects, not underwriting, says where a project is).
 */
const PLACEHOLDER = '';

/**
 * The project after a policy event: insured. A project no project event has placed yet (the policy durable ran
 * ahead) is placed in the policy's county with no status — not valid, so it counts in 投保笔数 only — until its own
 * events arrive.
 */
function insuredState(current: ProjectState | null, event: PolicyEvent): ProjectState | null {
  eventVersion(event); // an unplaceable occurredAt is unusable here too
  const occurredAt = new Date(event.occurredAt);
  if (current?.insured)
    // Insured already: only the time of the newest event taken into account can move.
    return occurredAt > current.lastOccurredAt ? { ...current, lastOccurredAt: occurredAt } : null;
  if (current)
    return { ...current, insured: true, lastOccurredAt: later(occurredAt, current.lastOccurredAt) };
  return {
    projectId: event.data.projectId,
    countyCode: event.data.divisionCode,
    uscc: null,
    status: '',
    valid: false,
    insured: true,
    lastOccurredAt: occurredAt,
    versions: { county: PLACEHOLDER, uscc: null, status: PLACEHOLDER },
  };
}

/**
 * The project after `event`, or null when the event leaves it as it is (every field it carries was set by a newer
 * event). Every project event carries the county and the status, so whichever arrives first places the project.
 */
export function nextProjectState(current: ProjectState | null, event: ProjectFactEvent): ProjectState | null {
  if (event.type === 'underwriting.policy.issued' || event.type === 'underwriting.policy.extended')
    return insuredState(current, event);
  const version = eventVersion(event);
  // What the event says; undefined = the event does not carry that field.
  let uscc: string | undefined;
  let status: string;
  switch (event.type) {
    case 'projects.project.registered':
    case 'projects.project.updated':
      uscc = event.data.constructorUscc;
      status = event.data.status;
      break;
    case 'projects.project.status_changed':
      // County and status; the enterprise is set by registered and updated only (README: fields used).
      status = event.data.to;
      break;
  }
  const { projectId, divisionCode: countyCode } = event.data;

  const v = current?.versions;
  const takeCounty = newer(version, v?.county);
  const takeUscc = uscc !== undefined && newer(version, v?.uscc);
  const takeStatus = newer(version, v?.status);
  if (current && !takeCounty && !takeUscc && !takeStatus) return null;
  const nextStatus = takeStatus ? status : current!.status;
  return {
    projectId,
    countyCode: takeCounty ? countyCode : current!.countyCode,
    uscc: takeUscc ? uscc! : (current?.uscc ?? null),
    status: nextStatus,
    valid: isValidProject(nextStatus),
    insured: current?.insured ?? false,
    lastOccurredAt: later(new Date(event.occurredAt), current?.lastOccurredAt),
    versions: {
      county: takeCounty ? version : current!.versions.county,
      uscc: takeUscc ? version : (v?.uscc ?? null),
      status: takeStatus ? version : current!.versions.status,
    },
  };
}

/**
 * The organisation after `event`, or null when the event leaves it as it is. Every event carries the type, the USCC
 * and the registration status (the state it leaves), so whichever arrives first places the organisation.
 */
export function nextOrganisationState(
  current: OrganisationState | null,
  event: OrganisationEvent,
): OrganisationState | null {
  const version = eventVersion(event);
  const { organisationId, organisationType, uscc, registrationStatus } = event.data;

  const v = current?.versions;
  const takeType = newer(version, v?.type);
  const takeUscc = newer(version, v?.uscc);
  const takeStatus = newer(version, v?.status);
  if (current && !takeType && !takeUscc && !takeStatus) return null;
  const nextType = takeType ? organisationType : current!.organisationType;
  const nextStatus = takeStatus ? registrationStatus : current!.registrationStatus;
  return {
    organisationId,
    uscc: takeUscc ? uscc : (current?.uscc ?? null),
    organisationType: nextType,
    registrationStatus: nextStatus,
    // 已在平台注册的企业: an approved construction enterprise; other organisation types never count.
    registered: nextType === 'ENTERPRISE' && nextStatus === 'APPROVED',
    lastOccurredAt: later(new Date(event.occurredAt), current?.lastOccurredAt),
    versions: {
      type: takeType ? version : current!.versions.type,
      uscc: takeUscc ? version : (v?.uscc ?? null),
      status: takeStatus ? version : current!.versions.status,
    },
  };
}

/** The latest known state of a claim: what 出险笔数 and 赔款金额 need of it. */
export interface ClaimState {
  claimId: string;
  /** County of the project's site (the event's divisionCode). */
  countyCode: string;
  status: string;
  /** 已决金额 in 分 as claims last published it; null until settled (it stays on a reopened claim). */
  settledAmountFen: string | null;
  lastOccurredAt: Date;
  /** Version (eventVersion) of the event the state comes from. */
  version: string;
}

/**
 * The claim after `event`, or null when a newer event (or this one: a copy) has been applied already. Every claim
 * event carries the whole claim after the change, so the claim is one last-writer-wins register: the newest event
 * by occurredAt, then event id, decides everything, whatever the arrival order.
 */
export function nextClaimState(current: ClaimState | null, event: ClaimEvent): ClaimState | null {
  const version = eventVersion(event);
  if (current && version <= current.version) return null;
  const { claimId, divisionCode, status, settledAmountFen } = event.data;
  return {
    claimId,
    countyCode: divisionCode,
    status,
    settledAmountFen,
    lastOccurredAt: new Date(event.occurredAt),
    version,
  };
}

/**
 * What a claim adds to its divisions' 出险笔数 and 赔款金额. 出险笔数 (附件 2: 保险公司标记出险次数累计, DOMAIN.md §7:
 * claims recorded) counts every claim recorded, whatever its state: a 拒赔 decides that the policy does not pay, not
 * that there was no accident, and a running total of accidents marked does not fall when one is declined. 赔款金额
 * (保险公司输入理赔金额累计: sum of settled amounts) counts the 已决金额 the insurer entered: a reopened claim keeps
 * the amount paid until it is settled again (claims' catalogue: "the amount paid stays until it is settled again"),
 * and then counts at the new amount; a declined claim pays nothing.
 */
export function claimContribution(c: ClaimState): { claims: number; paidFen: bigint } {
  return {
    claims: 1,
    paidFen: c.status !== 'DECLINED' && c.settledAmountFen !== null ? BigInt(c.settledAmountFen) : 0n,
  };
}
