// Enterprise self-registration (注册) and its review (审核). State machine:
//   PENDING(审核中) → APPROVED(已通过) | REJECTED(已驳回, reason) ; REJECTED → (profile saved) PENDING
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput, conflict, forbidden, notFound } from '@anze/auth';
import { Organisation, type IOrganisation, type RegistrationStatus } from './organisation.entity.ts';
import { User } from './user.entity.ts';
import { validateProfile, type EnterpriseProfile } from './profile.ts';
import { checkPassword, hashPassword, type PasswordPolicy } from './password.ts';
import { appendAudit } from './audit.ts';
import { organisationEvent } from './events.ts';
import { subjectOf, type Actor } from './context.ts';
import { assertReviewer } from './access.ts';

const TRANSITIONS: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  PENDING: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: ['PENDING'],
};

export function assertTransition(from: RegistrationStatus, to: RegistrationStatus): void {
  if (!TRANSITIONS[from].includes(to)) {
    const label = { PENDING: '审核中', APPROVED: '已通过', REJECTED: '已驳回' };
    throw conflict(`当前状态为“${label[from]}”，不能变更为“${label[to]}”`);
  }
}

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
  if (!/^[A-Za-z0-9_.@-]{3,64}$/.test(username)) {
    throw badInput('登录名只能包含字母、数字和 _ . @ -，长度3到64位', 'username');
  }
  const problem = checkPassword(input.password, policy, username);
  if (problem) throw badInput(problem, 'password');
  const passwordHash = await hashPassword(input.password);
  try {
    return await a.em.transactional(async (em) => {
      if (await em.count(Organisation, { uscc: profile.uscc })) {
        throw conflict('该统一社会信用代码已注册', 'profile.uscc');
      }
      if (await em.count(User, { username })) throw conflict('该登录名已被使用', 'username');
      const org = em.create(Organisation, { ...profile, type: 'ENTERPRISE', registrationStatus: 'PENDING' });
      em.create(User, {
        organisationId: org.id,
        username,
        displayName: profile.contactName,
        mobile: profile.contactMobile,
        roles: ['ENTERPRISE'],
        passwordHash,
        passwordChangedAt: new Date(),
      });
      await em.flush();
      organisationEvent(em, 'registered', org, a.viewer);
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
    if (e instanceof UniqueConstraintViolationException)
      throw conflict('该统一社会信用代码或登录名已注册', 'profile.uscc');
    throw e;
  }
}

/** 进入编辑 / 保存. Saving after 已驳回 resubmits for review. */
export async function updateEnterpriseProfile(a: Actor, input: EnterpriseProfile): Promise<IOrganisation> {
  if (a.viewer.kind !== 'user') throw forbidden();
  const viewer = a.viewer;
  const profile = validateProfile(input);
  return a.em.transactional(async (em) => {
    const org = await em.findOne(
      Organisation,
      { id: viewer.organisationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!org || org.type !== 'ENTERPRISE') throw notFound('企业信息不存在');
    if (profile.uscc !== org.uscc) {
      // The code identifies the enterprise and its CA certificates; it cannot be changed by editing.
      throw badInput('统一社会信用代码不能修改', 'uscc');
    }
    const before = { ...org };
    Object.assign(org, profile);
    const resubmitted = org.registrationStatus === 'REJECTED';
    if (resubmitted) {
      assertTransition('REJECTED', 'PENDING');
      org.registrationStatus = 'PENDING';
      org.rejectionReason = null;
    }
    await em.flush();
    organisationEvent(em, resubmitted ? 'resubmitted' : 'updated', org, a.viewer);
    const changed = (Object.keys(profile) as Array<keyof EnterpriseProfile>).filter(
      (k) => before[k] !== org[k],
    );
    await appendAudit(em, {
      type: resubmitted ? 'registration.resubmitted' : 'organisation.profile.updated',
      subject: subjectOf(a.viewer),
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
  decision: { approve: true } | { approve: false; reason: string },
): Promise<IOrganisation> {
  const reason = decision.approve ? null : decision.reason.trim();
  if (!decision.approve && !reason) throw badInput('请填写驳回原因', 'reason');
  if (reason && reason.length > 500) throw badInput('驳回原因不能超过500个字符', 'reason');
  return a.em.transactional(async (em) => {
    const org = await em.findOne(
      Organisation,
      { id: organisationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!org) throw notFound('企业不存在');
    assertReviewer(a.viewer, org.divisionCode);
    const to: RegistrationStatus = decision.approve ? 'APPROVED' : 'REJECTED';
    assertTransition(org.registrationStatus, to);
    org.registrationStatus = to;
    org.rejectionReason = reason;
    org.reviewedAt = new Date();
    org.reviewedBy = a.viewer.kind === 'user' ? a.viewer.userId : null;
    await em.flush();
    organisationEvent(em, decision.approve ? 'approved' : 'rejected', org, a.viewer);
    await appendAudit(em, {
      type: decision.approve ? 'registration.approved' : 'registration.rejected',
      subject: subjectOf(a.viewer),
      object: `organisation:${org.id}`,
      result: 'SUCCESS',
      detail: reason ? { reason } : null,
    });
    return org;
  });
}
