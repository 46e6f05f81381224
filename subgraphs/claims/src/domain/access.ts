// Access policy of claims (Benxi 理赔管理: the enterprise reports, the insurer updates progress; Heilongjiang: the
// insurer enters claims on its policies). Who reads a claim is who reads its policy, so the scopes are underwriting's:
//   ENTERPRISE its own; INSURER those on its policies; BROKER those of policies naming it and of every insurer it
//   partners with (read only); REGULATOR and API_CLIENT their jurisdiction; PLATFORM_ADMIN everything. Deny by default.
import { forbidden, hasRole, type Viewer } from '@anze/auth';

export {
  scopeOf,
  inUnderwritingScope as inClaimScope,
  scopeCondition,
  type UnderwritingScope as ClaimScope,
} from '@anze/underwriting/domain/access';

/** Rows a claim's writer is tested against: a claim or the policy it is on. */
interface Parties {
  organisationId: string;
  insurerId: string;
}

/** 报案: the enterprise on its own policy; 新增理赔: the insurer on a policy it issued. */
export function reporterKind(viewer: Viewer, policy: Parties): 'ENTERPRISE' | 'INSURER' {
  if (
    viewer.kind === 'user' &&
    hasRole(viewer, 'ENTERPRISE') &&
    viewer.organisationId === policy.organisationId
  )
    return 'ENTERPRISE';
  if (viewer.kind === 'user' && hasRole(viewer, 'INSURER') && viewer.organisationId === policy.insurerId)
    return 'INSURER';
  throw forbidden('只能对本单位的保单报案（保险机构：本机构出具的保单）');
}

/** 受理, 补充材料, 已决, 拒赔, 重新受理 and 更正: the insurer of the claim's policy only; brokers view only. */
export function assertClaimInsurer(viewer: Viewer, claim: Parties): void {
  if (!(viewer.kind === 'user' && hasRole(viewer, 'INSURER') && viewer.organisationId === claim.insurerId))
    throw forbidden('只有出具该保单的保险机构可以处理该理赔');
}

/** 提交补充材料: the insured enterprise only. */
export function assertClaimEnterprise(viewer: Viewer, claim: Parties): void {
  if (!(
    viewer.kind === 'user' &&
    hasRole(viewer, 'ENTERPRISE') &&
    viewer.organisationId === claim.organisationId
  ))
    throw forbidden('只能处理本单位的理赔');
}
