// How one event changes the latest known state of a project or an organisation. Pure functions: the live consumers
// and the rebuild from the stream fold events with exactly these, so both end in the same state.
//
// JetStream does not deliver the events of one aggregate in order: a message handed back when the service stops, or
// nak'ed after a failure, comes back after later ones have been applied. The fold therefore must not depend on the
// arrival order. Each field is a last-writer-wins register: it remembers the version (occurredAt, then event id) of
// the event that set it and takes a value only from a newer event that carries that field. An older event is still
// used for the fields no newer event has set — e.g. the 施工企业 USCC of `registered` when a later `status_changed`
// (which does not carry it) arrived first. Ties on occurredAt are broken by the event id, the same way whatever the
// order; a copy of an event (same id) changes nothing.
import type { EventEnvelope } from '@anze/events';
import { isValidProject } from './validity.ts';

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

const DIVISION = /^\d{6}$/;

function text(data: Record<string, unknown>, key: string): string | null {
  const v = data[key];
  return typeof v === 'string' && v.length > 0 ? v : null;
}

/**
 * The total order of the events of one aggregate: occurredAt (milliseconds, as a fixed-width ISO string), then the
 * event id (UUIDv7: ids made by one producer sort in creation order). Plain string comparison orders versions.
 */
export function eventVersion(event: EventEnvelope): string {
  const at = new Date(event.occurredAt);
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
 * The project after `event`, or null when the event leaves it as it is (every field it carries was set by a newer
 * event, or not a project event we use).
 */
export function nextProjectState(current: ProjectState | null, event: EventEnvelope): ProjectState | null {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const projectId = text(data, 'projectId');
  if (!projectId) throw new UnusableEvent(`${event.type} ${event.id}: no projectId`);
  const version = eventVersion(event);
  const kind = event.type.split('.')[2];
  // What the event says; undefined = the event does not carry that field.
  let countyCode: string | null | undefined;
  let uscc: string | null | undefined;
  let status: string | null;
  if (kind === 'registered' || kind === 'updated') {
    countyCode = text(data, 'divisionCode');
    uscc = text(data, 'constructorUscc');
    status = text(data, 'status');
  } else if (kind === 'status_changed') {
    countyCode = text(data, 'divisionCode') ?? undefined;
    status = text(data, 'to');
  } else {
    return null;
  }
  if (countyCode === undefined && !current)
    throw new UnusableEvent(`${event.type} ${event.id}: no divisionCode for a project not seen before`);
  if (countyCode !== undefined && (!countyCode || !DIVISION.test(countyCode)))
    throw new UnusableEvent(`${event.type} ${event.id}: divisionCode is not a 6-digit code`);
  if (!status) throw new UnusableEvent(`${event.type} ${event.id}: no status`);

  const v = current?.versions;
  const takeCounty = countyCode !== undefined && newer(version, v?.county);
  const takeUscc = uscc !== undefined && newer(version, v?.uscc);
  const takeStatus = newer(version, v?.status);
  if (current && !takeCounty && !takeUscc && !takeStatus) return null;
  const nextStatus = takeStatus ? status : current!.status;
  return {
    projectId,
    countyCode: takeCounty ? countyCode! : current!.countyCode,
    uscc: takeUscc ? uscc! : (current?.uscc ?? null),
    status: nextStatus,
    valid: isValidProject(nextStatus),
    lastOccurredAt: later(new Date(event.occurredAt), current?.lastOccurredAt),
    versions: {
      county: takeCounty ? version : current!.versions.county,
      uscc: takeUscc ? version : (v?.uscc ?? null),
      status: takeStatus ? version : current!.versions.status,
    },
  };
}

const STATUS_AFTER: Record<string, string> = {
  approved: 'APPROVED',
  rejected: 'REJECTED',
  resubmitted: 'PENDING',
  registered: 'PENDING',
};

/** The organisation after `event`, or null when the event leaves it as it is. */
export function nextOrganisationState(
  current: OrganisationState | null,
  event: EventEnvelope,
): OrganisationState | null {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const organisationId = text(data, 'organisationId');
  if (!organisationId) throw new UnusableEvent(`${event.type} ${event.id}: no organisationId`);
  const version = eventVersion(event);
  const kind = event.type.split('.')[2] ?? '';
  const organisationType = text(data, 'organisationType');
  const registrationStatus = text(data, 'registrationStatus') ?? STATUS_AFTER[kind] ?? null;
  const uscc = text(data, 'uscc');
  if (!current && (!organisationType || !registrationStatus))
    throw new UnusableEvent(`${event.type} ${event.id}: no organisationType or registrationStatus`);

  const v = current?.versions;
  const takeType = organisationType !== null && newer(version, v?.type);
  const takeUscc = uscc !== null && newer(version, v?.uscc);
  const takeStatus = registrationStatus !== null && newer(version, v?.status);
  if (current && !takeType && !takeUscc && !takeStatus) return null;
  const nextType = takeType ? organisationType! : current!.organisationType;
  const nextStatus = takeStatus ? registrationStatus! : current!.registrationStatus;
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
