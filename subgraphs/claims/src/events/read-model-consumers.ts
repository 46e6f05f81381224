// The read models claims keeps from other subgraphs' events (durable consumers; inbox row and upsert commit together,
// so a redelivered event is a no-op): the issued policies with their plan's limits from underwriting, the broker–
// insurer partnerships from identity. Each validated against the producer's catalogue (`accepts`).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  filterSubject,
  startConsumer,
  type ConsumerHandle,
  type EventCatalogueEntry,
  type EventEnvelope,
  type EventsLogger,
} from '@anze/events';
import { PARTNERSHIP_EVENTS, type PartnershipChangedData } from '@anze/identity/domain/event-catalogue';
import { POLICY_EVENTS, type PolicyIssuedData } from '@anze/underwriting/events/catalogue';
import { PARTNERSHIP_SOURCE, POLICY_SOURCE } from '../manifest.ts';
import { savePartnership, savePolicy } from '../domain/read-models.repository.ts';

export function applyPolicyEvent(em: EntityManager, e: EventEnvelope<PolicyIssuedData>) {
  const d = e.data;
  return savePolicy(em, {
    id: d.policyId,
    policyNumber: d.policyNumber,
    projectId: d.projectId,
    projectName: d.projectName,
    projectCode: d.projectCode,
    divisionCode: d.divisionCode,
    organisationId: d.organisationId,
    insurerId: d.insurerId,
    brokerId: d.brokerId,
    effectiveDate: d.effectiveDate,
    expiryDate: d.expiryDate,
    deathDisabilityLimitFen: BigInt(d.deathDisabilityLimitFen),
    medicalLimitFen: BigInt(d.medicalLimitFen),
    perAccidentLimitFen: BigInt(d.perAccidentLimitFen),
    cumulativeLimitFen: BigInt(d.cumulativeLimitFen),
    lastEventAt: new Date(e.occurredAt),
  });
}

export function applyPartnershipEvent(em: EntityManager, e: EventEnvelope<PartnershipChangedData>) {
  return savePartnership(em, { ...e.data, lastEventAt: new Date(e.occurredAt) });
}

interface Bus {
  js: JetStreamClient;
  stream: string;
  prefix: string;
  em: EntityManager;
  logger?: EventsLogger;
}

function consume<T>(
  bus: Bus,
  source: { durable: string; types: string },
  accepts: readonly EventCatalogueEntry[],
  handler: (em: EntityManager, e: EventEnvelope<T>) => Promise<void>,
): Promise<ConsumerHandle> {
  return startConsumer<T>({
    ...bus,
    durable: source.durable,
    accepts,
    filterSubject: filterSubject({ type: source.types, prefix: bus.prefix }),
    handler,
  });
}

export function startReadModelConsumers(bus: Bus): Promise<ConsumerHandle[]> {
  return Promise.all([
    consume(bus, POLICY_SOURCE, POLICY_EVENTS, applyPolicyEvent),
    consume(bus, PARTNERSHIP_SOURCE, PARTNERSHIP_EVENTS, applyPartnershipEvent),
  ]);
}
