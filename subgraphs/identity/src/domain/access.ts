// Access policy of identity: who sees and changes which of its records (built on @anze/auth's row scopes).
//   Organisations: platform administrators and auditors everywhere; regulators and API clients inside their
//   jurisdiction (division-code prefix; none set → nothing). Reviewing a registration: administrators, and regulators
//   inside their jurisdiction. Contact details: masked for everyone; revealed per record (audited) to administrators
//   and to the organisation itself (or the user).
import {
  assertWithinJurisdiction,
  badInput,
  divisionFilterWithin,
  forbidden,
  inScope,
  jurisdictionPrefix,
  jurisdictionScope,
  type Viewer,
} from '@anze/auth';

/** A filter's division code as a prefix: a whole code at any level (230000 → 23), or a prefix as such (2301). */
function filterPrefix(code: string | null | undefined): string | null {
  const c = code?.trim();
  if (!c) return null;
  if (/^\d{6}$/.test(c)) return jurisdictionPrefix(c);
  if (/^\d{1,5}$/.test(c)) return c;
  throw badInput('行政区划代码应为数字', 'divisionCode');
}

/**
 * Division-code prefix the organisations list must stay inside: the viewer's jurisdiction narrowed by the filter; a
 * wider filter is clamped to the jurisdiction, one outside it finds nothing (as projects' list does).
 */
export function organisationsDivisionPrefix(
  viewer: Viewer,
  filterCode: string | null | undefined,
): string | null {
  return divisionFilterWithin(jurisdictionScope(viewer), filterPrefix(filterCode));
}

export function assertCanReadOrganisation(viewer: Viewer, org: { divisionCode: string }): void {
  assertWithinJurisdiction(viewer, org.divisionCode);
}

/** 审核: platform administrators everywhere, regulators (users) inside their jurisdiction. */
export function assertReviewer(viewer: Viewer, divisionCode: string): void {
  if (viewer.roles.includes('PLATFORM_ADMIN')) return;
  if (
    viewer.roles.includes('REGULATOR') &&
    viewer.kind === 'user' &&
    viewer.jurisdiction &&
    inScope(jurisdictionScope(viewer), { divisionCode })
  )
    return;
  throw forbidden('该企业不在您的管辖范围内');
}

/**
 * PIPL: contact details (mobiles, e-mail) are masked for every role in every answer. They are shown in full only
 * through 查看完整信息 (revealContact, per record and audited), which platform administrators may use for any
 * organisation and the organisation's own users for their organisation.
 */
export function mayRevealOrganisationContact(viewer: Viewer, org: { id: string }): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.roles.includes('PLATFORM_ADMIN') || viewer.organisationId === org.id;
}

/** A user's mobile in full: platform administrators, and the user. */
export function mayRevealUserContact(viewer: Viewer, user: { id: string }): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.roles.includes('PLATFORM_ADMIN') || viewer.userId === user.id;
}
