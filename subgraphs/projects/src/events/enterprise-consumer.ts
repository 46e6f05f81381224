// Consumes identity.organisation.{registered,approved,rejected,updated,resubmitted} v1 (typed and validated from
// identity's catalogue) into the local enterprise read model, and the names of insurers and brokers (保险机构 of the
// list and the export) into `party` (durable consumer; the inbox row and the upsert commit together, so a redelivered
// event is a no-op).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  filterSubject,
  startConsumer,
  type ConsumerHandle,
  type EventEnvelope,
  type EventsLogger,
} from '@anze/events';
import { ORGANISATION_EVENTS, type OrganisationEventsData } from '@anze/identity/domain/event-catalogue';
import { ENTERPRISE_SOURCE } from '../manifest.ts';
import { findEnterprise, saveEnterprise } from '../domain/enterprise.repository.ts';
import { findParty, saveParty } from '../domain/party.repository.ts';

export const ENTERPRISE_CONSUMER = ENTERPRISE_SOURCE.durable;

export async function applyOrganisationEvent(
  em: EntityManager,
  event: EventEnvelope<OrganisationEventsData>,
): Promise<void> {
  const d = event.data;
  const occurredAt = new Date(event.occurredAt);
  if (d.organisationType === 'INSURER' || d.organisationType === 'BROKER') {
    const party = await findParty(em, d.organisationId);
    if (party && party.lastEventAt > occurredAt) return;
    await saveParty(em, party, {
      id: d.organisationId,
      organisationType: d.organisationType,
      name: d.name,
      lastEventAt: occurredAt,
    });
    return;
  }
  // Only enterprises record projects; regulators, prevention organisations… are not needed here.
  if (d.organisationType !== 'ENTERPRISE') return;
  const existing = await findEnterprise(em, d.organisationId);
  // Several replicas share the durable, so order holds only roughly: never let an older event undo a newer one.
  if (existing && existing.lastEventAt > occurredAt) return;
  const state = {
    name: d.name,
    uscc: d.uscc,
    divisionCode: d.divisionCode,
    registrationStatus: d.registrationStatus,
    rejectionReason: d.registrationStatus === 'REJECTED' && 'reason' in d ? d.reason : null,
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
  return startConsumer<OrganisationEventsData>({
    js: o.js,
    stream: o.stream,
    durable: ENTERPRISE_CONSUMER,
    // Validated against identity's catalogue before they reach the handler; what does not fit is parked.
    accepts: ORGANISATION_EVENTS,
    filterSubject: filterSubject({ type: ENTERPRISE_SOURCE.types, prefix: o.prefix }),
    em: o.em,
    logger: o.logger,
    handler: (em, event) => applyOrganisationEvent(em, event),
  });
}
