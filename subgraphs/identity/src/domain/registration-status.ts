// 注册审核, a state machine:
//   PENDING(审核中) → APPROVED(已通过) | REJECTED(已驳回, reason) ; REJECTED → (profile saved) PENDING
import { badInput, conflict } from '@anze/auth';
import type { RegistrationStatus } from './organisation.entity.ts';

export const REGISTRATION_TRANSITIONS: Readonly<Record<RegistrationStatus, readonly RegistrationStatus[]>> = {
  PENDING: ['APPROVED', 'REJECTED'],
  APPROVED: [],
  REJECTED: ['PENDING'],
};

const LABELS: Record<RegistrationStatus, string> = {
  PENDING: '审核中',
  APPROVED: '已通过',
  REJECTED: '已驳回',
};

export function assertTransition(from: RegistrationStatus, to: RegistrationStatus): void {
  if (!REGISTRATION_TRANSITIONS[from].includes(to))
    throw conflict(`当前状态为“${LABELS[from]}”，不能变更为“${LABELS[to]}”`);
}

export type ReviewDecision = { approve: true } | { approve: false; reason: string };

/** The status a review leads to and the 驳回原因 it records (required, at most 500 characters, when rejecting). */
export function reviewOutcome(decision: ReviewDecision): { to: RegistrationStatus; reason: string | null } {
  if (decision.approve) return { to: 'APPROVED', reason: null };
  const reason = decision.reason.trim();
  if (!reason) throw badInput('请填写驳回原因', 'reason');
  if (reason.length > 500) throw badInput('驳回原因不能超过500个字符', 'reason');
  return { to: 'REJECTED', reason };
}

/** Saving the profile of a rejected registration resubmits it for review; any other status stays. */
export function afterProfileSaved(status: RegistrationStatus): {
  status: RegistrationStatus;
  resubmitted: boolean;
} {
  if (status !== 'REJECTED') return { status, resubmitted: false };
  assertTransition('REJECTED', 'PENDING');
  return { status: 'PENDING', resubmitted: true };
}

/**
 * What identifies an enterprise cannot be changed by editing 企业信息: the 统一社会信用代码 never (it is the login
 * name of its first user and what its CA certificates carry), the 企业名称 not once the registration was approved (the
 * reviewer approved that name; its insurers and regulators know the enterprise by it). A BAD_USER_INPUT naming the
 * field, or nothing.
 */
export function assertIdentityUnchanged(
  status: RegistrationStatus,
  before: { name: string; uscc: string },
  after: { name: string; uscc: string },
): void {
  if (after.uscc !== before.uscc)
    throw badInput('统一社会信用代码是企业的登录名和证书依据，不能修改', 'uscc');
  if (status === 'APPROVED' && after.name !== before.name)
    throw badInput('企业已通过审核，企业名称不能修改；如需变更，请联系平台管理员', 'name');
}
