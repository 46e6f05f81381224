import { isUuid, uuidv7 } from './uuid.ts';

/** GB/T 2260 division code of the whole country; used for national events and when the division is unknown. */
export const NATIONAL_DIVISION = '000000';

/** Who caused the event. Only ids and roles: payloads go to provincial systems and must not carry personal data. */
export interface EventActor {
  userId?: string;
  organisationId?: string;
  roles?: string[];
}

export interface EventAggregate {
  type: string;
  id: string;
}

/**
 * The versioned envelope every event travels in, on the wire and in the outbox.
 * `type` is `<context>.<aggregate>.<event>`; `version` is the version of `data`'s shape for that type, bumped on
 * any breaking change so consumers (including provincial systems) can keep reading old events from the stream.
 */
export interface EventEnvelope<T = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  divisionCode: string;
  actor: EventActor | null;
  aggregate: EventAggregate;
  data: T;
}

export interface CreateEventInput<T> {
  type: string;
  version?: number;
  divisionCode?: string | null;
  actor?: EventActor | null;
  aggregate: EventAggregate;
  data: T;
  /** Defaults to now. */
  occurredAt?: Date | string;
  /** Defaults to a fresh UUIDv7; pass one only when the id must be known beforehand. */
  id?: string;
}

// Each part becomes one NATS subject token: lower-case, no dots, no wildcards, no whitespace.
const TYPE = /^[a-z][a-z0-9_-]*\.[a-z][a-z0-9_-]*\.[a-z][a-z0-9_-]*$/;
const DIVISION = /^\d{6}$/;

export function isEventType(value: string): boolean {
  return TYPE.test(value);
}

export function isDivisionCode(value: string): boolean {
  return DIVISION.test(value);
}

export function createEvent<T>(input: CreateEventInput<T>): EventEnvelope<T> {
  if (!isEventType(input.type)) {
    throw new Error(`event type must be <context>.<aggregate>.<event> in lower case, got '${input.type}'`);
  }
  const version = input.version ?? 1;
  if (!Number.isInteger(version) || version < 1)
    throw new Error(`event version must be a positive integer, got ${version}`);
  const divisionCode = input.divisionCode ?? NATIONAL_DIVISION;
  if (!isDivisionCode(divisionCode))
    throw new Error(`division code must be 6 digits (GB/T 2260), got '${divisionCode}'`);
  const id = input.id ?? uuidv7();
  if (!isUuid(id)) throw new Error(`event id must be a UUID, got '${id}'`);
  const occurredAt = input.occurredAt === undefined ? new Date() : new Date(input.occurredAt);
  if (Number.isNaN(occurredAt.getTime()))
    throw new Error(`occurredAt is not a valid time: '${String(input.occurredAt)}'`);
  return {
    id,
    type: input.type,
    version,
    occurredAt: occurredAt.toISOString(),
    divisionCode,
    actor: input.actor ?? null,
    aggregate: { type: input.aggregate.type, id: input.aggregate.id },
    data: input.data,
  };
}

/** Narrow check for messages read from the stream: everything a consumer relies on before calling a handler. */
export function isEventEnvelope(value: unknown): value is EventEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const aggregate = v['aggregate'] as Record<string, unknown> | null | undefined;
  return (
    isUuid(v['id']) &&
    typeof v['type'] === 'string' &&
    Number.isInteger(v['version']) &&
    typeof v['occurredAt'] === 'string' &&
    typeof v['divisionCode'] === 'string' &&
    typeof aggregate === 'object' &&
    aggregate !== null &&
    typeof aggregate['type'] === 'string' &&
    typeof aggregate['id'] === 'string' &&
    'data' in v
  );
}
