// Access policy of underwriting (manual 二: "经纪公司账户可见所合作全部保险公司该平台的在线填报信息，保险公司账户可见本保险公司
// 该平台的在线填报信息"). Deny by default:
//   ENTERPRISE its own applications (drafts included) and policies; INSURER those addressed to it; BROKER those naming
//   it and those of every insurer it partners with (read only); REGULATOR and API_CLIENT their jurisdiction;
//   PLATFORM_ADMIN everything. Drafts are the enterprise's alone.
import { forbidden, hasRole, viewerDivisionPrefix, NO_DIVISION, type Viewer } from '@anze/auth';

export type UnderwritingScope =
  | { kind: 'all' }
  | { kind: 'division'; prefix: string }
  | { kind: 'enterprise'; organisationId: string }
  | { kind: 'insurer'; insurerId: string }
  | { kind: 'broker'; brokerId: string; partnerInsurerIds: readonly string[] };

export const NO_SCOPE: UnderwritingScope = Object.freeze({ kind: 'division', prefix: NO_DIVISION });

/** Rows a scope is tested against: an application or a policy. */
export interface ScopedRow {
  divisionCode: string;
  organisationId: string;
  insurerId: string;
  brokerId?: string | null;
  status?: string;
}

/** The scope of a viewer; a broker's partner insurers come from the partnership read model. */
export async function scopeOf(
  viewer: Viewer,
  partnersOf: (brokerId: string) => Promise<string[]>,
): Promise<UnderwritingScope> {
  if (hasRole(viewer, 'PLATFORM_ADMIN')) return { kind: 'all' };
  if (viewer.kind === 'user' && hasRole(viewer, 'INSURER'))
    return { kind: 'insurer', insurerId: viewer.organisationId };
  if (viewer.kind === 'user' && hasRole(viewer, 'BROKER'))
    return {
      kind: 'broker',
      brokerId: viewer.organisationId,
      partnerInsurerIds: await partnersOf(viewer.organisationId),
    };
  if (viewer.kind === 'user' && hasRole(viewer, 'ENTERPRISE'))
    return { kind: 'enterprise', organisationId: viewer.organisationId };
  if (hasRole(viewer, 'REGULATOR') || (viewer.kind === 'client' && hasRole(viewer, 'API_CLIENT')))
    return { kind: 'division', prefix: viewerDivisionPrefix(viewer) ?? NO_DIVISION };
  return NO_SCOPE;
}

export function inUnderwritingScope(scope: UnderwritingScope, row: ScopedRow): boolean {
  // A draft is the enterprise's own work: nobody else reads it, not even an administrator's list.
  if (row.status === 'DRAFT' && scope.kind !== 'enterprise') return false;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'division':
      return row.divisionCode.startsWith(scope.prefix);
    case 'enterprise':
      return row.organisationId === scope.organisationId;
    case 'insurer':
      return row.insurerId === scope.insurerId;
    case 'broker':
      return row.brokerId === scope.brokerId || scope.partnerInsurerIds.includes(row.insurerId);
  }
}

/** The MikroORM condition of a scope over a table with these columns (applications, policies, ledger rows). */
export function scopeCondition(
  scope: UnderwritingScope,
  o: { draftsColumn?: boolean } = {},
): Record<string, unknown> {
  const notDraft = o.draftsColumn && scope.kind !== 'enterprise' ? { status: { $ne: 'DRAFT' } } : {};
  switch (scope.kind) {
    case 'all':
      return notDraft;
    case 'division':
      return { ...notDraft, divisionCode: { $like: `${scope.prefix}%` } };
    case 'enterprise':
      return { organisationId: scope.organisationId };
    case 'insurer':
      return { ...notDraft, insurerId: scope.insurerId };
    case 'broker':
      return {
        ...notDraft,
        $or: [
          { brokerId: scope.brokerId },
          ...(scope.partnerInsurerIds.length ? [{ insurerId: { $in: [...scope.partnerInsurerIds] } }] : []),
        ],
      };
  }
}

export function assertReadable(scope: UnderwritingScope, row: ScopedRow, what = '投保单'): void {
  if (!inUnderwritingScope(scope, row)) throw forbidden(`无权查看该${what}`);
}

/** Only the enterprise that applies changes its application. */
export function assertApplicant(viewer: Viewer, row: { organisationId: string }): void {
  if (!(
    viewer.kind === 'user' &&
    hasRole(viewer, 'ENTERPRISE') &&
    viewer.organisationId === row.organisationId
  ))
    throw forbidden('只能操作本单位的投保单');
}

/** Only the insurer an application is addressed to reviews it and issues its policy; brokers view only. */
export function assertAddressedInsurer(viewer: Viewer, row: { insurerId: string }): void {
  if (!(viewer.kind === 'user' && hasRole(viewer, 'INSURER') && viewer.organisationId === row.insurerId))
    throw forbidden('只有投保单所选的保险机构可以审核和出单');
}

/** 联系电话 in full: the addressed insurer (to arrange 出单) and administrators, each time recorded. */
export function mayRevealContact(viewer: Viewer, row: { insurerId: string; status: string }): boolean {
  if (row.status === 'DRAFT') return false;
  if (hasRole(viewer, 'PLATFORM_ADMIN')) return true;
  return viewer.kind === 'user' && hasRole(viewer, 'INSURER') && viewer.organisationId === row.insurerId;
}
