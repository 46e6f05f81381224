// identity.organisation.* events as identity's outbox writes them, for the subgraphs that consume them (projects'
// enterprise read model, analytics' registrations). Typed from identity's catalogue, so a field identity adds or
// renames breaks the fixtures at compile time instead of leaving the consumers tested against an old shape.
import { createEvent, type EventData, type EventEnvelope } from '@anze/events';
import type { ORGANISATION_EVENTS } from '@anze/identity/domain/event-catalogue';

type OrganisationEntry = (typeof ORGANISATION_EVENTS)[number];

/** `registered`, `approved`, `rejected`, `updated`, `resubmitted`: the organisation events identity declares. */
export type OrganisationEventKind = OrganisationEntry['type'] extends `identity.organisation.${infer K}`
  ? K
  : never;

export type OrganisationEventData<K extends OrganisationEventKind = OrganisationEventKind> = EventData<
  Extract<OrganisationEntry, { type: `identity.organisation.${K}` }>
>;

/** The status each event leaves the organisation in (identity's registration state machine). */
const STATUS_AFTER: Record<OrganisationEventKind, OrganisationEventData['registrationStatus']> = {
  registered: 'PENDING',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  updated: 'APPROVED',
  resubmitted: 'PENDING',
};

/** A valid 统一社会信用代码 (GB 32100 check character). */
export const TEST_USCC = '9123019930088715XU';

/**
 * identity.organisation.<kind> v1 for `organisationId`; what the test leaves out is an approved-looking enterprise of
 * 南岗区 (230103) in the status the event leaves it in. `id` fixes the event id (a redelivered copy), `occurredAt` its
 * time (consumers that order by it).
 */
export function organisationEvent<K extends OrganisationEventKind>(
  kind: K,
  org: Partial<OrganisationEventData<K>> & { organisationId: string },
  o: { id?: string; occurredAt?: Date | string } = {},
): EventEnvelope<OrganisationEventData<K>> {
  const data = {
    organisationType: 'ENTERPRISE',
    name: '哈尔滨测试建筑工程有限公司',
    uscc: TEST_USCC,
    divisionCode: '230103',
    registrationStatus: STATUS_AFTER[kind],
    ...(kind === 'rejected' ? { reason: '材料不全' } : {}),
    ...org,
  } as OrganisationEventData<K>;
  const { divisionCode, organisationId } = data as OrganisationEventData;
  return createEvent({
    type: `identity.organisation.${kind}`,
    version: 1,
    divisionCode,
    aggregate: { type: 'organisation', id: organisationId },
    data,
    id: o.id,
    occurredAt: o.occurredAt,
  });
}
