// The application's state machine (DOMAIN.md §5): DRAFT → SUBMITTED (待复审) → APPROVED (复审通过 / 可出单) | REJECTED
// (复审不通过) → SUBMITTED …; APPROVED → ISSUED (已投保); SUBMITTED → WITHDRAWN (撤回). A refused transition changes
// nothing and says why.
import { conflict } from '@anze/domain';
import { APPLICATION_STATUSES, type ApplicationStatus } from './dictionaries.ts';

export type ApplicationAction = 'save' | 'submit' | 'withdraw' | 'approve' | 'reject' | 'issue';

const ALLOWED: Record<
  ApplicationAction,
  { from: readonly ApplicationStatus[]; to: ApplicationStatus | null }
> = {
  save: { from: ['DRAFT', 'REJECTED'], to: null },
  submit: { from: ['DRAFT', 'REJECTED'], to: 'SUBMITTED' },
  withdraw: { from: ['SUBMITTED'], to: 'WITHDRAWN' },
  // A decision taken (复审通过, not yet issued) may change, with a reason: see reviewApplication.
  approve: { from: ['SUBMITTED', 'APPROVED'], to: 'APPROVED' },
  reject: { from: ['SUBMITTED', 'APPROVED'], to: 'REJECTED' },
  issue: { from: ['APPROVED'], to: 'ISSUED' },
};

const REFUSAL: Record<ApplicationAction, string> = {
  save: '只有草稿或复审不通过的投保单可以修改',
  submit: '只有草稿或复审不通过的投保单可以提交',
  withdraw: '只有待复审的投保单可以撤回',
  approve: '只有待复审的投保单可以审核',
  reject: '只有待复审的投保单可以审核',
  issue: '只有复审通过的投保单可以出单',
};

/** The state after `action`, or a CONFLICT naming the current state. */
export function transition(from: ApplicationStatus, action: ApplicationAction): ApplicationStatus {
  const rule = ALLOWED[action];
  if (!rule.from.includes(from))
    throw conflict(`${REFUSAL[action]}（当前状态：${APPLICATION_STATUSES[from]}）`);
  return rule.to ?? from;
}
