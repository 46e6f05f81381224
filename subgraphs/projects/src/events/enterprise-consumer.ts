// Consumes identity.organisation.{registered,approved,rejected,updated,resubmitted} v1 into the local enterprise read
// model (durable consumer; the inbox row and the upsert commit together, so a redelivered event is a no-op).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  filterSubject,
  startConsumer,
  type ConsumerHandle,
  type EventEnvelope,
  type EventsLogger,
} from '@anze/events';
import { ENTERPRISE_SOURCE } from '../manifest.ts';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../domain/enterprise.entity.ts';
import { findEnterprise, saveEnterprise } from '../domain/enterprise.repository.ts';

export const ENTERPRISE_CONSUMER = ENTERPRISE_SOURCE.durable;

export interface OrganisationEventV1 {
  organisationId: string;
  organisationType: string;
  name: string;
  uscc: string;
  divisionCode: string;
  registrationStatus: RegistrationStatus;
  reason?: string | null;
}

const TYPES = new Set(
  ['registered', 'approved', 'rejected', 'updated', 'resubmitted'].map((e) => `identity.organisation.${e}`),
);

export async function applyOrganisationEvent(
  em: EntityManager,
  event: EventEnvelope<OrganisationEventV1>,
): Promise<void> {
  if (!TYPES.has(event.type) || event.version !== 1) return;
  const d = event.data;
  // Only enterprises record projects; insurers, regulators… are not needed here.
  if (d.organisationType !== 'ENTERPRISE') return;
  if (!REGISTRATION_STATUSES.includes(d.registrationStatus))
    throw new Error(`unknown registration status ${d.registrationStatus}`);
  const occurredAt = new Date(event.occurredAt);
  const existing = await findEnterprise(em, d.organisationId);
  // Several replicas share the durable, so order holds only roughly: never let an older event undo a newer one.
  if (existing && existing.lastEventAt > occurredAt) return;
  const state = {
    name: d.name,
    uscc: d.uscc,
    divisionCode: d.divisionCode,
    registrationStatus: d.registrationStatus,
    rejectionReason: d.registrationStatus === 'REJECTED' ? (d.reason ?? null) : null,
    lastEventAt: occurredAt,
    updatedAt: new Date(),
  };
  await saveEnterprise(em, existing, d.organisationId, state);
}

export function startEnterpriseConsumer(o: {
  js: JetStreamClient;
  stream: string;
  prefix: string;
  em: EntityManager;
  logger?: EventsLogger;
}): Promise<ConsumerHandle> {
  return startConsumer<OrganisationEventV1>({
    js: o.js,
    stream: o.stream,
    durable: ENTERPRISE_CONSUMER,
    filterSubject: filterSubject({ type: ENTERPRISE_SOURCE.types, prefix: o.prefix }),
    em: o.em,
    logger: o.logger,
    handler: (em, event) => applyOrganisationEvent(em, event),
  });
}
