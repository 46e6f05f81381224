// Who sees and changes which of identity's records.
//   Organisations: platform administrators and auditors everywhere; regulators and API clients inside their
//   jurisdiction (division-code prefix; none set → nothing). Reviewing a registration: administrators, and regulators
//   inside their jurisdiction. Phones: the organisation itself (or the user) and administrators; masked for others.
import { forbidden, isWithin, NO_DIVISION, viewerDivisionPrefix, type Viewer } from '@anze/auth';

/** Division-code prefix the organisations list must stay inside: the viewer's jurisdiction narrowed by the filter. */
export function organisationsDivisionPrefix(
  viewer: Viewer,
  filterCode: string | null | undefined,
): string | null {
  const own = viewerDivisionPrefix(viewer);
  const wanted = filterCode?.replace(/0+$/, '') || null;
  if (own === null) return wanted;
  if (!wanted) return own;
  // A filter outside the jurisdiction finds nothing rather than widening the scope.
  return wanted.startsWith(own) ? wanted : NO_DIVISION;
}

export function assertCanReadOrganisation(viewer: Viewer, org: { divisionCode: string }): void {
  const prefix = viewerDivisionPrefix(viewer);
  if (prefix !== null && !org.divisionCode.startsWith(prefix)) throw forbidden('不在您的管辖范围内');
}

/** 审核: platform administrators everywhere, regulators inside their jurisdiction. */
export function assertReviewer(viewer: Viewer, divisionCode: string): void {
  if (viewer.roles.includes('PLATFORM_ADMIN')) return;
  if (
    viewer.roles.includes('REGULATOR') &&
    viewer.kind === 'user' &&
    viewer.jurisdiction &&
    isWithin(divisionCode, viewer.jurisdiction)
  )
    return;
  throw forbidden('该企业不在您的管辖范围内');
}

/** An organisation's phones are shown in full to the organisation itself and to administrators. */
export function seesOrganisationPhones(viewer: Viewer, org: { id: string }): boolean {
  if (viewer.roles.includes('PLATFORM_ADMIN')) return true;
  return viewer.kind === 'user' && viewer.organisationId === org.id;
}

/** A user's mobile is shown in full to the user and to administrators. */
export function seesUserMobile(viewer: Viewer, user: { id: string }): boolean {
  return viewer.roles.includes('PLATFORM_ADMIN') || (viewer.kind === 'user' && viewer.userId === user.id);
}
