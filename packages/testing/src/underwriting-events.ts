// underwriting.application.* and underwriting.policy.* events as underwriting's outbox writes them, for the
// subgraphs that consume them (projects' insurance columns, documents' grants, analytics' 投保笔数). Typed from
// underwriting's catalogue, so a field underwriting adds or renames breaks the fixtures at compile time instead of
// leaving the consumers tested against an old shape.
import { randomUUID } from 'node:crypto';
import { createEvent, type EventData, type EventEnvelope } from '@anze/events';
import type {
  APPLICATION_APPROVED,
  APPLICATION_REJECTED,
  APPLICATION_REVIEW_OVERDUE,
  APPLICATION_SUBMITTED,
  APPLICATION_WITHDRAWN,
  POLICY_EXTENDED,
  POLICY_ISSUED,
} from '@anze/underwriting/events/catalogue';

/** The application events underwriting declares, by the last token of their type. */
export interface ApplicationEventDataByKind {
  submitted: EventData<typeof APPLICATION_SUBMITTED>;
  approved: EventData<typeof APPLICATION_APPROVED>;
  rejected: EventData<typeof APPLICATION_REJECTED>;
  withdrawn: EventData<typeof APPLICATION_WITHDRAWN>;
  review_overdue: EventData<typeof APPLICATION_REVIEW_OVERDUE>;
}
export type ApplicationEventKind = keyof ApplicationEventDataByKind;

export interface PolicyEventDataByKind {
  issued: EventData<typeof POLICY_ISSUED>;
  extended: EventData<typeof POLICY_EXTENDED>;
}
export type PolicyEventKind = keyof PolicyEventDataByKind;

/** What a test names of an application; the rest is a plausible 南岗区 application to the insurer given. */
export interface ApplicationCase {
  applicationId: string;
  projectId: string;
  insurerId: string;
  organisationId?: string;
  divisionCode?: string;
  brokerId?: string | null;
  /** Default: the insurer and the broker. */
  readerOrganisationIds?: string[];
  documentIds?: string[];
}

/** A policy of an application case. */
export interface PolicyCase extends ApplicationCase {
  policyId: string;
  policyNumber?: string;
  premiumFen?: string;
  premiumImplausible?: boolean;
  issuedAt?: string;
  effectiveDate?: string;
  expiryDate?: string;
  policyDocumentId?: string;
  agreementDocumentId?: string;
  projectName?: string;
  projectCode?: string;
  /** The plan's limits in 分 (default 方案C's). */
  limitsFen?: { deathDisability?: string; medical?: string; perAccident?: string; cumulative?: string };
}

/** When and as which event: `id` fixes the event id (a redelivered copy), `occurredAt` its time. */
export interface EventOptions {
  id?: string;
  occurredAt?: Date | string;
}

const STATUS_AFTER = {
  submitted: 'SUBMITTED',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  withdrawn: 'WITHDRAWN',
  review_overdue: 'SUBMITTED',
} as const;

/** A fresh application of one project to one insurer (ids only), for a test to vary. */
export function applicationCase(over: Partial<ApplicationCase> = {}): ApplicationCase {
  return { applicationId: randomUUID(), projectId: randomUUID(), insurerId: randomUUID(), ...over };
}

function applicationData(c: ApplicationCase, status: (typeof STATUS_AFTER)[ApplicationEventKind] | 'ISSUED') {
  const brokerId = c.brokerId ?? null;
  return {
    applicationId: c.applicationId,
    projectId: c.projectId,
    projectCode: (c as PolicyCase).projectCode ?? '2408-230103-04-01-996708',
    divisionCode: c.divisionCode ?? '230103',
    organisationId: c.organisationId ?? randomUUID(),
    enterpriseUscc: '9123019930088715XU',
    insurerId: c.insurerId,
    brokerId,
    planId: '00000000-0000-4000-8000-00000000000a',
    planCode: 'A',
    status,
    quoteFen: '1234500',
    readerOrganisationIds: c.readerOrganisationIds ?? [c.insurerId, ...(brokerId ? [brokerId] : [])],
    documentIds: c.documentIds ?? [],
  };
}

function envelope<T extends { divisionCode: string }>(
  type: string,
  aggregate: { type: string; id: string },
  data: T,
  o: EventOptions,
): EventEnvelope<T> {
  return createEvent({
    type,
    version: 1,
    divisionCode: data.divisionCode,
    aggregate,
    data,
    id: o.id,
    occurredAt: o.occurredAt,
  });
}

/** underwriting.application.<kind> v1 for the case, in the status the event leaves the application in. */
export function applicationEvent<K extends ApplicationEventKind>(
  kind: K,
  c: ApplicationCase,
  o: EventOptions = {},
): EventEnvelope<ApplicationEventDataByKind[K]> {
  const base = applicationData(c, STATUS_AFTER[kind]);
  const extra =
    kind === 'submitted' || kind === 'review_overdue'
      ? { reviewDueAt: '2026-03-10T16:00:00.000Z' }
      : kind === 'approved'
        ? { floatingRatio: '-0.10' }
        : {};
  return envelope(
    `underwriting.application.${kind}`,
    { type: 'application', id: c.applicationId },
    { ...base, ...extra } as ApplicationEventDataByKind[K],
    o,
  );
}

/** underwriting.policy.<kind> v1 for the case (the application is then ISSUED). */
export function policyEvent<K extends PolicyEventKind>(
  kind: K,
  c: PolicyCase,
  o: EventOptions & { previousExpiryDate?: string } = {},
): EventEnvelope<PolicyEventDataByKind[K]> {
  const data: PolicyEventDataByKind['issued'] = {
    ...applicationData(c, 'ISSUED'),
    policyId: c.policyId,
    policyNumber: c.policyNumber ?? `PICC2026${c.policyId.slice(0, 8).toUpperCase()}`,
    projectName: c.projectName ?? '哈尔滨市南岗区某住宅小区1#楼工程',
    ledgerNumber: 'CB-20260305-101500-0A1B2C3',
    premiumFen: c.premiumFen ?? '1111000',
    premiumImplausible: c.premiumImplausible ?? false,
    preventionBudgetFen: '166650',
    effectiveDate: c.effectiveDate ?? '2026-03-06',
    expiryDate: c.expiryDate ?? '2027-03-05',
    issuedAt: c.issuedAt ?? '2026-03-05T02:15:00.000Z',
    policyDocumentId: c.policyDocumentId ?? randomUUID(),
    agreementDocumentId: c.agreementDocumentId ?? randomUUID(),
    // 方案C of the demo world: 每人死亡伤残 60万, 医疗 5万, 每次事故 300万, 累计 1000万.
    deathDisabilityLimitFen: c.limitsFen?.deathDisability ?? '60000000',
    medicalLimitFen: c.limitsFen?.medical ?? '5000000',
    perAccidentLimitFen: c.limitsFen?.perAccident ?? '300000000',
    cumulativeLimitFen: c.limitsFen?.cumulative ?? '1000000000',
  };
  const full =
    kind === 'extended' ? { ...data, previousExpiryDate: o.previousExpiryDate ?? '2027-03-05' } : data;
  return envelope(
    `underwriting.policy.${kind}`,
    { type: 'policy', id: c.policyId },
    full as PolicyEventDataByKind[K],
    o,
  );
}
