// The read models claims keeps from other subgraphs' events (durable consumers; inbox row and upsert commit together,
// so a redelivered event is a no-op): the issued policies with their plan's limits from underwriting, the broker–
// insurer partnerships from identity. Each validated against the producer's catalogue (`accepts`).
import type { EntityManager } from '@mikro-orm/postgresql';
import { startSourceConsumers, type EventEnvelope, type SourceConsumersSetup } from '@anze/events';
import { PARTNERSHIP_EVENTS, type PartnershipChangedData } from '@anze/identity/domain/event-catalogue';
import { POLICY_EVENTS, type PolicyIssuedData } from '@anze/underwriting/events/catalogue';
import { applyPartnershipEvent } from '@anze/underwriting/events/read-model-consumers';
import { PARTNERSHIP_SOURCE, POLICY_SOURCE } from '../manifest.ts';
import { savePolicy } from '../domain/read-models.repository.ts';

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

export const startReadModelConsumers = (o: SourceConsumersSetup) =>
  startSourceConsumers(
    [
      { ...POLICY_SOURCE, accepts: POLICY_EVENTS },
      { ...PARTNERSHIP_SOURCE, accepts: PARTNERSHIP_EVENTS },
    ],
    o,
    (source) => ({
      // The partnership read model is underwriting's own (same table, same rule): a broker sees the same claims as
      // it sees policies.
      handler:
        source.durable === POLICY_SOURCE.durable
          ? (em, e) => applyPolicyEvent(em, e as EventEnvelope<PolicyIssuedData>)
          : (em, e) => applyPartnershipEvent(em, e as EventEnvelope<PartnershipChangedData>),
    }),
  );
