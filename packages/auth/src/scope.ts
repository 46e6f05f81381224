// Row scoping: whose rows a viewer may see. Jurisdictions are GB/T 2260 codes compared by significant prefix. Every
// subgraph's access policy (src/domain/access.ts) is built on these, so a jurisdiction and a division filter mean the
// same on every list and every record of the platform.
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
  // A regulator or client without a (valid) jurisdiction sees nothing rather than everything.
  if (viewer.kind === 'anonymous' || !viewer.jurisdiction || !/^\d{6}$/.test(viewer.jurisdiction))
    return NO_DIVISION;
  return jurisdictionPrefix(viewer.jurisdiction);
}

/**
 * Whose rows a viewer reads: all of them, those whose division code starts with `prefix`, one organisation's, or
 * those that name the organisation among their readers (`reader`: an insurer or a broker reads what an application or
 * a policy made it a party to).
 */
export type RowScope =
  | { kind: 'all' }
  | { kind: 'division'; prefix: string }
  | { kind: 'organisation'; id: string }
  | { kind: 'reader'; id: string };

export const NO_ROWS: RowScope = Object.freeze({ kind: 'division', prefix: NO_DIVISION });

/** The viewer's jurisdiction as a scope (viewerDivisionPrefix): the whole platform, or one division prefix. */
export function jurisdictionScope(viewer: Viewer): RowScope {
  const prefix = viewerDivisionPrefix(viewer);
  return prefix === null ? { kind: 'all' } : { kind: 'division', prefix };
}

export function inScope(
  scope: RowScope,
  row: {
    divisionCode: string;
    organisationId?: string | null | undefined;
    readerOrganisationIds?: readonly string[] | null | undefined;
  },
): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'organisation') return row.organisationId === scope.id;
  // A row that names no readers has none: the reader scope never falls back to anything wider.
  if (scope.kind === 'reader') return row.readerOrganisationIds?.includes(scope.id) ?? false;
  return row.divisionCode.startsWith(scope.prefix);
}

/**
 * The division-code prefix a list must match when filtered by `wanted` (a prefix; null: no filter) inside `scope`.
 * The filter narrows the scope; a filter wider than the scope is clamped to it (a province filter from a city
 * regulator stays inside the city); a filter outside it finds nothing (NO_DIVISION). Null: no division condition.
 */
export function divisionFilterWithin(scope: RowScope, wanted: string | null): string | null {
  if (scope.kind !== 'division') return wanted;
  if (!wanted || wanted.startsWith(scope.prefix)) return wanted ?? scope.prefix;
  return scope.prefix.startsWith(wanted) ? scope.prefix : NO_DIVISION;
}

export function assertWithinJurisdiction(viewer: Viewer, divisionCode: string): void {
  if (!inScope(jurisdictionScope(viewer), { divisionCode })) throw forbidden('不在您的管辖范围内');
}

export function assertOwnOrganisation(viewer: Viewer, organisationId: string): void {
  if (viewer.kind !== 'user' || viewer.organisationId !== organisationId)
    throw forbidden('只能操作本单位的数据');
}
