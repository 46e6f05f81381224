// Enterprise self-registration (注册), its profile edits and its review (审核). The state machine is
// registration-status.ts; reads and writes are the repositories'.
import { badInput, conflict, forbidden, notFound } from '@anze/auth';
import type { IOrganisation } from './organisation.entity.ts';
import { validateProfile, withUnchangedContacts, type EnterpriseProfile } from './profile.ts';
import { checkPassword, hashPassword, type PasswordPolicy } from './password.ts';
import { assertUsername } from './account-rules.ts';
import {
  afterProfileSaved,
  assertTransition,
  assertIdentityUnchanged,
  reviewOutcome,
  type ReviewDecision,
} from './registration-status.ts';
import { appendAudit } from './audit.repository.ts';
import { subjectOf, type Actor } from './context.ts';
import { assertReviewer } from './access.ts';
import {
  addOrganisation,
  findOrganisation,
  isUniqueViolation,
  isUsccTaken,
} from './organisation.repository.ts';
import { addUser, isUsernameTaken } from './user.repository.ts';

export interface RegistrationInput {
  profile: EnterpriseProfile;
  username?: string | null;
  password: string;
}

export async function registerEnterprise(
  a: Actor,
  input: RegistrationInput,
  policy: PasswordPolicy,
): Promise<{ organisation: IOrganisation; username: string }> {
  const profile = validateProfile(input.profile, 'profile.');
  const username = (input.username?.trim() || profile.uscc).slice(0, 64);
  assertUsername(username);
  const problem = checkPassword(input.password, policy, username);
  if (problem) throw badInput(problem, 'password');
  const passwordHash = await hashPassword(input.password);
  try {
    return await a.em.transactional(async (em) => {
      if (await isUsccTaken(em, profile.uscc)) throw conflict('该统一社会信用代码已注册', 'profile.uscc');
      if (await isUsernameTaken(em, username)) throw conflict('该登录名已被使用', 'username');
      const org = addOrganisation(em, { ...profile, type: 'ENTERPRISE', registrationStatus: 'PENDING' });
      addUser(em, {
        organisationId: org.id,
        username,
        displayName: profile.contactName,
        mobile: profile.contactMobile,
        roles: ['ENTERPRISE'],
        passwordHash,
        passwordChangedAt: new Date(),
      });
      await em.flush();
      a.publish(em, { type: 'organisation.registered', organisation: org }, a.viewer);
      await appendAudit(em, {
        type: 'registration.submitted',
        subject: username,
        object: `organisation:${org.id}`,
        result: 'SUCCESS',
        detail: { uscc: org.uscc, name: org.name, ip: a.client.ip },
      });
      return { organisation: org, username };
    });
  } catch (e) {
    // Two concurrent registrations of the same code: the unique index decides.
    if (isUniqueViolation(e)) throw conflict('该统一社会信用代码或登录名已注册', 'profile.uscc');
    throw e;
  }
}

/** 进入编辑 / 保存. Saving after 已驳回 resubmits for review. */
export async function updateEnterpriseProfile(a: Actor, input: EnterpriseProfile): Promise<IOrganisation> {
  if (a.viewer.kind !== 'user') throw forbidden();
  const viewer = a.viewer;
  return a.em.transactional(async (em) => {
    const org = await findOrganisation(em, viewer.organisationId, { lock: true });
    if (!org || org.type !== 'ENTERPRISE') throw notFound('企业信息不存在');
    const profile = validateProfile(withUnchangedContacts(input, org));
    assertIdentityUnchanged(org.registrationStatus, org, profile);
    const before = { ...org };
    Object.assign(org, profile);
    const { status, resubmitted } = afterProfileSaved(org.registrationStatus);
    if (resubmitted) {
      org.registrationStatus = status;
      org.rejectionReason = null;
    }
    await em.flush();
    a.publish(
      em,
      { type: resubmitted ? 'organisation.resubmitted' : 'organisation.updated', organisation: org },
      a.viewer,
    );
    const changed = (Object.keys(profile) as Array<keyof EnterpriseProfile>).filter(
      (k) => before[k] !== org[k],
    );
    await appendAudit(em, {
      type: resubmitted ? 'registration.resubmitted' : 'organisation.profile.updated',
      subject: await subjectOf(em, a.viewer),
      object: `organisation:${org.id}`,
      result: 'SUCCESS',
      detail: { changed },
    });
    return org;
  });
}

/** 审核: platform administrators everywhere, regulators inside their jurisdiction. */
export async function reviewRegistration(
  a: Actor,
  organisationId: string,
  decision: ReviewDecision,
): Promise<IOrganisation> {
  const { to, reason } = reviewOutcome(decision);
  return a.em.transactional(async (em) => {
    const org = await findOrganisation(em, organisationId, { lock: true });
    if (!org) throw notFound('企业不存在');
    assertReviewer(a.viewer, org.divisionCode);
    assertTransition(org.registrationStatus, to);
    org.registrationStatus = to;
    org.rejectionReason = reason;
    org.reviewedAt = new Date();
    org.reviewedBy = a.viewer.kind === 'user' ? a.viewer.userId : null;
    await em.flush();
    a.publish(
      em,
      { type: decision.approve ? 'organisation.approved' : 'organisation.rejected', organisation: org },
      a.viewer,
    );
    await appendAudit(em, {
      type: decision.approve ? 'registration.approved' : 'registration.rejected',
      subject: await subjectOf(em, a.viewer),
      object: `organisation:${org.id}`,
      result: 'SUCCESS',
      detail: reason ? { reason } : null,
    });
    return org;
  });
}
