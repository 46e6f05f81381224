// Access policy of documents: who may read or delete a document (built on @anze/auth's row scopes). Deny by default:
// the owner organisation, regulators whose jurisdiction contains the owner's division, platform admins, and whoever a
// grant on the document names (an organisation, a role, the regulators of a division: domain/grants.ts).
import { inScope, jurisdictionScope, type Role, type Viewer } from '@anze/auth';
import type { DocumentGrant, IDocument } from './document.entity.ts';

/** Roles of organisation users who may upload (they own what they upload). */
export const UPLOADER_ROLES: readonly Role[] = [
  'ENTERPRISE',
  'INSURER',
  'BROKER',
  'PREVENTION_ORG',
  'EXPERT',
  'REGULATOR',
];

export function isOwner(viewer: Viewer, doc: Pick<IDocument, 'ownerOrganisationId'>): boolean {
  return viewer.kind === 'user' && viewer.organisationId === doc.ownerOrganisationId;
}

function grantMatches(viewer: Viewer, grant: DocumentGrant): boolean {
  if (!grant.organisationId && !grant.role && !grant.divisionCode) return false;
  if (grant.organisationId && (viewer.kind !== 'user' || viewer.organisationId !== grant.organisationId))
    return false;
  if (grant.role && !viewer.roles.includes(grant.role)) return false;
  // Regulators whose jurisdiction contains the division (one without a jurisdiction has an empty scope).
  if (
    grant.divisionCode &&
    !(
      viewer.roles.includes('REGULATOR') &&
      inScope(jurisdictionScope(viewer), { divisionCode: grant.divisionCode })
    )
  )
    return false;
  return true;
}

export function canRead(
  viewer: Viewer,
  doc: Pick<IDocument, 'ownerOrganisationId' | 'divisionCode' | 'grants'>,
): boolean {
  if (viewer.kind === 'anonymous') return false;
  if (viewer.roles.includes('PLATFORM_ADMIN')) return true;
  if (isOwner(viewer, doc)) return true;
  // A regulator without a jurisdiction has an empty scope.
  if (viewer.roles.includes('REGULATOR') && inScope(jurisdictionScope(viewer), doc)) return true;
  return (doc.grants ?? []).some((g) => grantMatches(viewer, g));
}

/** Deleting is the owner organisation's decision alone (not the regulator's, not the admin's). */
export function canDelete(viewer: Viewer, doc: Pick<IDocument, 'ownerOrganisationId'>): boolean {
  return isOwner(viewer, doc) && viewer.roles.some((r) => UPLOADER_ROLES.includes(r));
}
