// Events identity publishes (through the outbox, in the transaction of the change): each fact of the domain
// (domain/context.ts) becomes its catalogue event. Payloads carry the organisation's public registration data only:
// no contact names, phones or e-mails.
import { createEvent, NATIONAL_DIVISION, recordEvent } from '@anze/events';
import { actorOf } from '@anze/auth';
import type { SessionRevokedData } from '@anze/server-kit/revocation-feed';
import type { PublishFact } from '../domain/context.ts';
import type {
  IdentityEventType,
  OrganisationEventData,
  OrganisationRejectedData,
  PartnershipChangedData,
  UserEventData,
} from '../domain/event-catalogue.ts';

export const publishIdentityFact: PublishFact = (em, fact, viewer) => {
  const type = `identity.${fact.type}` satisfies IdentityEventType;
  if ('organisation' in fact) {
    const org = fact.organisation;
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
        type,
        version: 1,
        divisionCode: org.divisionCode,
        actor: actorOf(viewer),
        aggregate: { type: 'organisation', id: org.id },
        data: fact.type === 'organisation.rejected' ? { ...data, reason: org.rejectionReason ?? null } : data,
      }),
    );
    return;
  }
  if (fact.type === 'partnership.changed') {
    // Filed nationally, like the organisations it joins: insurers and brokers are not bound to one division.
    recordEvent(
      em,
      createEvent<PartnershipChangedData>({
        type,
        divisionCode: NATIONAL_DIVISION,
        actor: actorOf(viewer),
        aggregate: { type: 'partnership', id: fact.brokerId },
        data: { brokerId: fact.brokerId, insurerId: fact.insurerId, active: fact.active },
      }),
    );
    return;
  }
  if (fact.type === 'session.revoked') {
    // Filed nationally: every service of the platform applies it, whatever the user's division.
    recordEvent(
      em,
      createEvent<SessionRevokedData>({
        type,
        divisionCode: NATIONAL_DIVISION,
        actor: actorOf(viewer),
        aggregate: { type: 'user', id: fact.userId },
        data: {
          userId: fact.userId,
          sessionIds: fact.sessionIds,
          reason: fact.reason,
          revokedAt: fact.revokedAt.toISOString(),
          tokensExpireBy: fact.tokensExpireBy.toISOString(),
        },
      }),
    );
    return;
  }
  const { user } = fact;
  recordEvent(
    em,
    createEvent<UserEventData>({
      type,
      divisionCode: fact.divisionCode,
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
};
