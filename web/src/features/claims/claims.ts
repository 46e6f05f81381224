// Pure rules of the claims screens: the states and grades as the manuals name them, which transitions a claim's
// state allows, the lists' search as the API's ClaimFilter, and the 报案 form as ReportClaimInput. Money stays an
// exact decimal string. No React or antd here, so web/test can run it under Node; the server decides.
import type { AccidentGrade, ClaimFilter, ClaimStatus, ReportClaimInput } from '../../gql/graphql.ts';

export const CLAIM_STATUS: Record<ClaimStatus, { label: string; color: string }> = {
  REPORTED: { label: '已报案', color: 'processing' },
  ACCEPTED: { label: '已受理', color: 'warning' },
  SETTLED: { label: '已决', color: 'success' },
  DECLINED: { label: '拒赔', color: 'default' },
};

export const CLAIM_STATUS_OPTIONS = (Object.keys(CLAIM_STATUS) as ClaimStatus[]).map((value) => ({
  value,
  label: CLAIM_STATUS[value].label,
}));

export const ACCIDENT_GRADE_OPTIONS: { value: AccidentGrade; label: string }[] = [
  { value: 'GENERAL', label: '一般事故' },
  { value: 'LARGER', label: '较大事故' },
  { value: 'MAJOR', label: '重大事故' },
  { value: 'EXTRAORDINARY', label: '特别重大事故' },
];

/** A transition of the insurer's (受理 …) or the enterprise's (提交补充材料). */
export type ClaimAction = 'accept' | 'supplement' | 'settle' | 'decline' | 'reopen' | 'correct' | 'provide';

export const CLAIM_ACTION_LABELS: Record<ClaimAction, string> = {
  accept: '受理',
  supplement: '补充材料',
  settle: '已决',
  decline: '拒赔',
  reopen: '重新受理',
  correct: '更正',
  provide: '提交补充材料',
};

/** What a transition's success says. */
export const CLAIM_ACTION_DONE: Record<ClaimAction, string> = {
  accept: '已受理',
  supplement: '已要求补充材料',
  settle: '已决',
  decline: '已拒赔',
  reopen: '已重新受理',
  correct: '已更正',
  provide: '已提交补充材料',
};

/** What the policy's insurer may do with a claim in its state (README: the guarded transitions). */
export function insurerActions(status: ClaimStatus, settledAmountYuan?: string | null): ClaimAction[] {
  switch (status) {
    case 'REPORTED':
      return ['accept', 'supplement', 'decline', 'correct'];
    case 'ACCEPTED':
      // A reopened claim with money paid cannot be declined.
      return settledAmountYuan
        ? ['settle', 'supplement', 'correct']
        : ['settle', 'supplement', 'decline', 'correct'];
    case 'SETTLED':
      return ['reopen', 'correct'];
    case 'DECLINED':
      return [];
  }
}

/** What the enterprise may do: answer an open request for 补充材料. */
export function enterpriseActions(claim: { supplementRequested: boolean }): ClaimAction[] {
  return claim.supplementRequested ? ['provide'] : [];
}

/** The search form of 理赔信息. */
export type ClaimSearch = {
  status?: ClaimStatus;
  grade?: AccidentGrade;
  divisionCode?: string;
  organisationId?: string;
  insurerId?: string;
  /** 出险日期 from / to, YYYY-MM-DD. */
  accidentFrom?: string;
  accidentTo?: string;
  overdue?: boolean;
};

export function claimFilterOf(search: ClaimSearch): ClaimFilter {
  const filter: ClaimFilter = {};
  for (const key of Object.keys(search) as (keyof ClaimSearch)[]) {
    const value = search[key];
    if (value !== undefined && value !== null && value !== '' && value !== false) {
      (filter as Record<string, unknown>)[key] = value;
    }
  }
  return filter;
}

/** The 报案 / 新增理赔 form's values (dates as YYYY-MM-DD). */
export type ReportValues = {
  accidentDate?: string;
  accidentPlace?: string;
  description?: string;
  categoryCode?: string;
  injuredCount?: number | null;
  deathCount?: number | null;
  estimatedLossYuan?: string;
  reportedDate?: string | null;
  remark?: string;
};

/** 元 as the API takes it: the digits without separators or blanks. */
export function plainYuan(text: string | null | undefined): string {
  return (text ?? '').replace(/[,，\s]/g, '');
}

export function toReportInput(
  policyId: string,
  v: ReportValues,
  withReportedDate: boolean,
): ReportClaimInput {
  return {
    policyId,
    accidentDate: v.accidentDate!,
    accidentPlace: (v.accidentPlace ?? '').trim(),
    description: (v.description ?? '').trim(),
    categoryCode: v.categoryCode!,
    injuredCount: v.injuredCount ?? 0,
    deathCount: v.deathCount ?? 0,
    estimatedLossYuan: plainYuan(v.estimatedLossYuan),
    ...(withReportedDate && v.reportedDate ? { reportedDate: v.reportedDate } : {}),
    remark: v.remark?.trim() || null,
  };
}

/** The flags of a claim as tags: 逾期报案, 疑似重复, 超期 (past the decision deadline), 待补充材料. */
export function claimFlags(c: {
  lateReported: boolean;
  likelyDuplicate: boolean;
  overdue: boolean;
  supplementRequested: boolean;
}): { label: string; color: string }[] {
  const flags: { label: string; color: string }[] = [];
  if (c.lateReported) flags.push({ label: '逾期报案', color: 'orange' });
  if (c.likelyDuplicate) flags.push({ label: '疑似重复', color: 'gold' });
  if (c.overdue) flags.push({ label: '超期', color: 'red' });
  if (c.supplementRequested) flags.push({ label: '待补充材料', color: 'blue' });
  return flags;
}
