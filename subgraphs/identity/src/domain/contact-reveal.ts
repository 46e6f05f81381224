// 查看完整信息 (PIPL): contact details are masked in every answer; this shows one record's in full to a caller with
// the permission (access.ts) and records who saw whose which fields in the audit log, in the same transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '@anze/auth';
import { appendAudit, appendAuditNow } from './audit.repository.ts';
import { mayRevealOrganisationContact, mayRevealUserContact } from './access.ts';
import { subjectOf, type Actor } from './context.ts';
import { findOrganisation } from './organisation.repository.ts';
import { findUser } from './user.repository.ts';

export const ORGANISATION_CONTACT_FIELDS = [
  'contactMobile',
  'contactEmail',
  'legalRepresentativeMobile',
] as const;
export const USER_CONTACT_FIELDS = ['mobile'] as const;

export interface OrganisationContact {
  organisationId: string;
  contactMobile: string | null;
  contactEmail: string | null;
  legalRepresentativeMobile: string | null;
}

export interface UserContact {
  userId: string;
  mobile: string | null;
}

/**
 * One record's contacts in full for a caller `allowed` to see them, with the audit record of the reveal in the same
 * transaction; a refusal is FORBIDDEN and recorded as well.
 */
async function reveal<T>(
  a: Actor,
  o: {
    object: string;
    allowed: boolean;
    fields: readonly string[];
    load: (em: EntityManager) => Promise<T | null>;
    missing: string;
  },
): Promise<T> {
  const record = { type: 'pipl.contact.revealed', object: o.object };
  if (!o.allowed) {
    await appendAuditNow(a.em, {
      ...record,
      subject: await subjectOf(a.em, a.viewer),
      result: 'FAILURE',
      detail: { reason: 'no_permission' },
    });
    throw forbidden('您无权查看该记录的完整联系方式');
  }
  return a.em.fork().transactional(async (em) => {
    const found = await o.load(em);
    if (!found) throw notFound(o.missing);
    await appendAudit(em, {
      ...record,
      subject: await subjectOf(em, a.viewer),
      result: 'SUCCESS',
      detail: { fields: [...o.fields] },
    });
    return found;
  });
}

export function revealOrganisationContact(a: Actor, organisationId: string): Promise<OrganisationContact> {
  return reveal(a, {
    object: `organisation:${organisationId}`,
    allowed: mayRevealOrganisationContact(a.viewer, { id: organisationId }),
    fields: ORGANISATION_CONTACT_FIELDS,
    missing: '单位不存在',
    load: async (em) => {
      const org = await findOrganisation(em, organisationId);
      return org
        ? {
            organisationId: org.id,
            contactMobile: org.contactMobile ?? null,
            contactEmail: org.contactEmail ?? null,
            legalRepresentativeMobile: org.legalRepresentativeMobile ?? null,
          }
        : null;
    },
  });
}

export function revealUserContact(a: Actor, userId: string): Promise<UserContact> {
  return reveal(a, {
    object: `user:${userId}`,
    allowed: mayRevealUserContact(a.viewer, { id: userId }),
    fields: USER_CONTACT_FIELDS,
    missing: '用户不存在',
    load: async (em) => {
      const user = await findUser(em, userId);
      return user ? { userId: user.id, mobile: user.mobile ?? null } : null;
    },
  });
}
