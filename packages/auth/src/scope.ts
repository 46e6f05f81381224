// Row scoping: whose rows a viewer may see. Jurisdictions are GB/T 2260 codes compared by significant prefix.
import type { Viewer } from './viewer.ts';
import { forbidden } from './errors.ts';

/** A prefix no division code has (codes are digits): filtering by it finds nothing. */
export const NO_DIVISION = 'none';

/** `230000` → `23`, `230100` → `2301`, `230103` → `230103`. */
export function jurisdictionPrefix(code: string): string {
  if (!/^\d{6}$/.test(code)) throw new Error(`not a division code: ${code}`);
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

export function isWithin(divisionCode: string, jurisdiction: string): boolean {
  return divisionCode.startsWith(jurisdictionPrefix(jurisdiction));
}

/** Prefix a query must filter division codes by, or null when the viewer sees the whole platform. */
export function viewerDivisionPrefix(viewer: Viewer): string | null {
  if (viewer.roles.includes('PLATFORM_ADMIN') || viewer.roles.includes('AUDITOR')) return null;
  if (viewer.kind === 'anonymous' || !viewer.jurisdiction) {
    // A regulator or client without a jurisdiction sees nothing rather than everything.
    return NO_DIVISION;
  }
  return jurisdictionPrefix(viewer.jurisdiction);
}

export function assertWithinJurisdiction(viewer: Viewer, divisionCode: string): void {
  const prefix = viewerDivisionPrefix(viewer);
  if (prefix !== null && !divisionCode.startsWith(prefix)) throw forbidden('不在您的管辖范围内');
}

export function assertOwnOrganisation(viewer: Viewer, organisationId: string): void {
  if (viewer.kind !== 'user' || viewer.organisationId !== organisationId)
    throw forbidden('只能操作本单位的数据');
}
