// 查看完整信息 (PIPL): contact details are masked in every answer; this shows one record's in full to a caller with
// the permission (access.ts) and records who saw whose which fields in the audit log, in the same transaction.
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

async function refuse(a: Actor, object: string): Promise<never> {
  await appendAuditNow(a.em, {
    type: 'pipl.contact.revealed',
    subject: await subjectOf(a.em, a.viewer),
    object,
    result: 'FAILURE',
    detail: { reason: 'no_permission' },
  });
  throw forbidden('您无权查看该记录的完整联系方式');
}

export async function revealOrganisationContact(
  a: Actor,
  organisationId: string,
): Promise<OrganisationContact> {
  const object = `organisation:${organisationId}`;
  if (!mayRevealOrganisationContact(a.viewer, { id: organisationId })) return refuse(a, object);
  return a.em.fork().transactional(async (em) => {
    const org = await findOrganisation(em, organisationId);
    if (!org) throw notFound('单位不存在');
    await appendAudit(em, {
      type: 'pipl.contact.revealed',
      subject: await subjectOf(em, a.viewer),
      object,
      result: 'SUCCESS',
      detail: { fields: [...ORGANISATION_CONTACT_FIELDS] },
    });
    return {
      organisationId: org.id,
      contactMobile: org.contactMobile ?? null,
      contactEmail: org.contactEmail ?? null,
      legalRepresentativeMobile: org.legalRepresentativeMobile ?? null,
    };
  });
}

export async function revealUserContact(a: Actor, userId: string): Promise<UserContact> {
  const object = `user:${userId}`;
  if (!mayRevealUserContact(a.viewer, { id: userId })) return refuse(a, object);
  return a.em.fork().transactional(async (em) => {
    const user = await findUser(em, userId);
    if (!user) throw notFound('用户不存在');
    await appendAudit(em, {
      type: 'pipl.contact.revealed',
      subject: await subjectOf(em, a.viewer),
      object,
      result: 'SUCCESS',
      detail: { fields: [...USER_CONTACT_FIELDS] },
    });
    return { userId: user.id, mobile: user.mobile ?? null };
  });
}
