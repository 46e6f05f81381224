// 投保状态 of a project as every screen shows it: 已投保 once a policy was issued; otherwise the open application's
// state (a draft only for its enterprise); otherwise 未投保. 填报 is offered to the enterprise for a project 在建 or
// 停工 without an open application and without a policy in force other than one 即将到期 (续保).
import type { Viewer } from '@anze/auth';
import type { IInsuranceApplication } from './application.entity.ts';
import type { IPolicy } from './policy.entity.ts';
import type { IInsuredProject } from './insured-project.entity.ts';
import { OPEN_APPLICATION_STATUSES, type InsuranceStatus } from './dictionaries.ts';
import { policyStatus } from './policy-status.ts';
import type { UnderwritingRules } from './rules.ts';

export interface ProjectInsuranceView {
  status: InsuranceStatus;
  application: IInsuranceApplication | null;
  policy: IPolicy | null;
  canApply: boolean;
}

export function projectInsurance(o: {
  viewer: Viewer;
  project: IInsuredProject | null;
  applications: readonly IInsuranceApplication[];
  policies: readonly IPolicy[];
  now: Date;
  rules: UnderwritingRules;
}): ProjectInsuranceView {
  const own =
    o.viewer.kind === 'user' && o.project !== null && o.viewer.organisationId === o.project.organisationId;
  const open = o.applications.find(
    (a) => OPEN_APPLICATION_STATUSES.includes(a.status) && (a.status !== 'DRAFT' || own),
  );
  const policy = o.policies[0] ?? null;
  const policyState = policy ? policyStatus(policy, o.now, o.rules) : null;
  const status: InsuranceStatus = policy
    ? 'INSURED'
    : open
      ? open.status === 'DRAFT'
        ? 'DRAFT'
        : (open.status as InsuranceStatus)
      : 'UNINSURED';
  const insurable = o.project?.status === 'UNDER_CONSTRUCTION' || o.project?.status === 'SUSPENDED';
  const renewable = policyState === null || policyState === 'EXPIRING' || policyState === 'EXPIRED';
  return {
    status,
    application:
      open ?? (policy ? (o.applications.find((a) => a.id === policy.applicationId) ?? null) : null),
    policy,
    canApply:
      own &&
      insurable &&
      renewable &&
      !o.applications.some((a) => OPEN_APPLICATION_STATUSES.includes(a.status)),
  };
}
