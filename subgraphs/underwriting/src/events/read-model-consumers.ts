// The read models underwriting keeps from other subgraphs' events (durable consumers; inbox row and upsert commit
// together, so a redelivered event is a no-op): parties and partnerships from identity, projects from projects,
// files from documents. Each validated against the producer's catalogue (`accepts`).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import {
  filterSubject,
  READ_MODEL_BATCH_SIZE,
  startConsumer,
  type BatchEventHandler,
  type ConsumerHandle,
  type EventCatalogueEntry,
  type EventEnvelope,
  type EventsLogger,
} from '@anze/events';
import {
  ORGANISATION_EVENTS,
  PARTNERSHIP_EVENTS,
  type OrganisationEventsData,
  type PartnershipChangedData,
} from '@anze/identity/domain/event-catalogue';
import { PROJECT_EVENTS, type ProjectEventData } from '@anze/projects/events/catalogue';
import { DOCUMENTS_EVENT_CATALOGUE, type DocumentEventData } from '@anze/documents/events/catalogue';
import { CLAIMS_EVENT_CATALOGUE, type ClaimEventData } from '@anze/claims/events/catalogue';
import {
  CLAIM_SOURCE,
  DOCUMENT_SOURCE,
  PARTNERSHIP_SOURCE,
  PARTY_SOURCE,
  PROJECT_SOURCE,
} from '../manifest.ts';
import {
  saveEnterpriseAccident,
  saveInsuredProject,
  saveInsuredProjects,
  saveKnownDocument,
  saveParty,
  savePartnership,
} from '../domain/read-models.repository.ts';

const PARTY_TYPES = new Set(['ENTERPRISE', 'INSURER', 'BROKER']);

export function applyOrganisationEvent(em: EntityManager, e: EventEnvelope<OrganisationEventsData>) {
  const d = e.data;
  if (!PARTY_TYPES.has(d.organisationType)) return Promise.resolve();
  return saveParty(em, {
    id: d.organisationId,
    organisationType: d.organisationType,
    name: d.name,
    uscc: d.uscc,
    divisionCode: d.divisionCode,
    registrationStatus: d.registrationStatus,
    lastEventAt: new Date(e.occurredAt),
  });
}

export function applyPartnershipEvent(em: EntityManager, e: EventEnvelope<PartnershipChangedData>) {
  return savePartnership(em, { ...e.data, lastEventAt: new Date(e.occurredAt) });
}

function projectRow(e: EventEnvelope<ProjectEventData>) {
  const d = e.data;
  return {
    id: d.projectId,
    name: d.name,
    code: d.code,
    divisionCode: d.divisionCode,
    costFen: BigInt(d.costFen),
    organisationId: d.organisationId,
    constructorName: d.constructorName,
    constructorUscc: d.constructorUscc,
    status: d.status,
    plannedStart: d.plannedStart,
    plannedEnd: d.plannedEnd,
    lastEventAt: new Date(e.occurredAt),
  };
}

export function applyProjectEvent(em: EntityManager, e: EventEnvelope<ProjectEventData>) {
  return saveInsuredProject(em, projectRow(e));
}

export function applyDocumentEvent(em: EntityManager, e: EventEnvelope<DocumentEventData>) {
  const d = e.data;
  return saveKnownDocument(em, {
    id: d.documentId,
    kind: d.kind,
    ownerOrganisationId: d.ownerOrganisationId,
    contentType: d.contentType,
    deleted: e.type === 'documents.document.deleted',
    lastEventAt: new Date(e.occurredAt),
  });
}

/** Every claim event carries the whole claim after the change; the accident keeps what 事故 shows. */
export function applyClaimEvent(em: EntityManager, e: EventEnvelope<ClaimEventData>) {
  const d = e.data;
  return saveEnterpriseAccident(em, {
    id: d.claimId,
    claimNumber: d.claimNumber,
    organisationId: d.organisationId,
    policyNumber: d.policyNumber,
    projectCode: d.projectCode,
    accidentDate: d.accidentDate,
    categoryStandard: d.categoryStandard,
    categoryCode: d.categoryCode,
    grade: d.grade,
    deathCount: d.deathCount,
    injuredCount: d.injuredCount,
    status: d.status,
    lastEventAt: new Date(e.occurredAt),
  });
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
  batchHandler?: BatchEventHandler<T>,
): Promise<ConsumerHandle> {
  return startConsumer<T>({
    js: bus.js,
    stream: bus.stream,
    durable: source.durable,
    accepts,
    filterSubject: filterSubject({ type: source.types, prefix: bus.prefix }),
    em: bus.em,
    logger: bus.logger,
    handler,
    batchHandler,
    batchSize: READ_MODEL_BATCH_SIZE,
  });
}

export function startReadModelConsumers(bus: Bus): Promise<ConsumerHandle[]> {
  return Promise.all([
    consume(bus, PARTY_SOURCE, ORGANISATION_EVENTS, applyOrganisationEvent),
    consume(bus, PARTNERSHIP_SOURCE, PARTNERSHIP_EVENTS, applyPartnershipEvent),
    // Every project of the platform passes here (500,000 in the bench world): one statement per batch.
    consume(bus, PROJECT_SOURCE, PROJECT_EVENTS, applyProjectEvent, (em, items) =>
      saveInsuredProjects(
        em,
        items.map((i) => projectRow(i.envelope as EventEnvelope<ProjectEventData>)),
      ),
    ),
    consume(bus, DOCUMENT_SOURCE, DOCUMENTS_EVENT_CATALOGUE, applyDocumentEvent),
    consume(bus, CLAIM_SOURCE, CLAIMS_EVENT_CATALOGUE, applyClaimEvent),
  ]);
}
