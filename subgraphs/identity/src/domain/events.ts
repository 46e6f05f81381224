// Events identity publishes (through the outbox, in the transaction of the change). Payloads carry the
// organisation's public registration data only: no contact names, phones or e-mails.
import type { EntityManager } from '@mikro-orm/postgresql';
import { createEvent, recordEvent } from '@anze/events';
import { actorOf, type Role, type Viewer } from '@anze/auth';
import type { IOrganisation } from './organisation.entity.ts';
import type {
  IdentityEventType,
  OrganisationEventData,
  OrganisationRejectedData,
  UserEventData,
} from './event-catalogue.ts';

export type OrganisationEventName = 'registered' | 'approved' | 'rejected' | 'updated' | 'resubmitted';

export function organisationEvent(
  em: EntityManager,
  name: OrganisationEventName,
  org: IOrganisation,
  viewer: Viewer,
): void {
  // Typed from the catalogue (event-catalogue.ts): a field added here but not there does not compile.
  const data: OrganisationEventData = {
    organisationId: org.id,
    organisationType: org.type,
    name: org.name,
    uscc: org.uscc,
    divisionCode: org.divisionCode,
    registrationStatus: org.registrationStatus,
  };
  recordEvent(
    em,
    createEvent<OrganisationEventData | OrganisationRejectedData>({
      type: `identity.organisation.${name}` satisfies IdentityEventType,
      version: 1,
      divisionCode: org.divisionCode,
      actor: actorOf(viewer),
      aggregate: { type: 'organisation', id: org.id },
      data: name === 'rejected' ? { ...data, reason: org.rejectionReason ?? null } : data,
    }),
  );
}

export function userEvent(
  em: EntityManager,
  name: 'created' | 'roles_changed' | 'disabled' | 'enabled',
  user: { id: string; organisationId: string; roles: Role[]; jurisdiction: string | null },
  divisionCode: string,
  viewer: Viewer,
): void {
  recordEvent(
    em,
    createEvent<UserEventData>({
      type: `identity.user.${name}` satisfies IdentityEventType,
      divisionCode,
      actor: actorOf(viewer),
      aggregate: { type: 'user', id: user.id },
      data: {
        userId: user.id,
        organisationId: user.organisationId,
        roles: user.roles,
        jurisdiction: user.jurisdiction,
      },
    }),
  );
}
