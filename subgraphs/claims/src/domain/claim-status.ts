// The claim's state machine (DOMAIN.md §5): REPORTED (已报案) → ACCEPTED (已受理) → SETTLED (已决) | DECLINED (拒赔);
// REPORTED → DECLINED (拒赔 without acceptance); SETTLED → ACCEPTED (重新受理, a transition of its own, not an edit).
// 补充材料 is asked and answered while the claim is open, without changing its state. A refused transition changes
// nothing and says why.
import { conflict } from '@anze/domain';
import { CLAIM_STATUSES, type ClaimStatus } from './dictionaries.ts';

export type ClaimTransition =
  'accept' | 'requestSupplement' | 'provideSupplement' | 'settle' | 'decline' | 'reopen' | 'correct';

const ALLOWED: Record<ClaimTransition, { from: readonly ClaimStatus[]; to: ClaimStatus | null }> = {
  accept: { from: ['REPORTED'], to: 'ACCEPTED' },
  requestSupplement: { from: ['REPORTED', 'ACCEPTED'], to: null },
  provideSupplement: { from: ['REPORTED', 'ACCEPTED'], to: null },
  settle: { from: ['ACCEPTED'], to: 'SETTLED' },
  decline: { from: ['REPORTED', 'ACCEPTED'], to: 'DECLINED' },
  reopen: { from: ['SETTLED'], to: 'ACCEPTED' },
  correct: { from: ['REPORTED', 'ACCEPTED', 'SETTLED'], to: null },
};

const REFUSAL: Record<ClaimTransition, string> = {
  accept: '只有已报案的理赔可以受理',
  requestSupplement: '只有未结案的理赔可以要求补充材料',
  provideSupplement: '只有未结案的理赔可以提交补充材料',
  settle: '只有已受理的理赔可以结案（已决）',
  decline: '只有未结案的理赔可以拒赔',
  reopen: '只有已决的理赔可以重新受理',
  correct: '拒赔的理赔不能更正',
};

/** The state after `action`, or a CONFLICT naming the current state. */
export function transition(from: ClaimStatus, action: ClaimTransition): ClaimStatus {
  const rule = ALLOWED[action];
  if (!rule.from.includes(from)) throw conflict(`${REFUSAL[action]}（当前状态：${CLAIM_STATUSES[from]}）`);
  return rule.to ?? from;
}
