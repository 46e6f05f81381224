// Access policy of projects: who sees which rows, who may change them (built on @anze/auth's row scopes).
//   PLATFORM_ADMIN: everything. REGULATOR: its jurisdiction (division-code prefix; none set → nothing).
//   API_CLIENT: its jurisdiction (read only; a client without one sees nothing, as everywhere on the platform — see
//   viewerDivisionPrefix). ENTERPRISE: its own projects only. INSURER and BROKER: the projects whose insurance names
//   their organisation among its readers (the insurer, the named broker and the insurer's partner brokers of an
//   application or a policy: domain/insurance.ts), nothing else.
import {
  forbidden,
  hasRole,
  inScope,
  NO_DIVISION,
  NO_ROWS,
  viewerDivisionPrefix,
  type RowScope,
  type Viewer,
} from '@anze/auth';
import type { IProject } from './project.entity.ts';

export type ProjectScope = RowScope;

export function readScope(viewer: Viewer): ProjectScope {
  if (hasRole(viewer, 'PLATFORM_ADMIN')) return { kind: 'all' };
  if (hasRole(viewer, 'REGULATOR') || (viewer.kind === 'client' && hasRole(viewer, 'API_CLIENT')))
    return { kind: 'division', prefix: viewerDivisionPrefix(viewer) ?? NO_DIVISION };
  if (viewer.kind === 'user' && hasRole(viewer, 'ENTERPRISE'))
    return { kind: 'organisation', id: viewer.organisationId };
  if (viewer.kind === 'user' && hasRole(viewer, 'INSURER', 'BROKER'))
    return { kind: 'reader', id: viewer.organisationId };
  // Deny by default: a role this subgraph does not know sees no project.
  return NO_ROWS;
}

/** What the read rule looks at. */
export type ReadableProject = Pick<IProject, 'divisionCode' | 'organisationId' | 'readerOrganisationIds'>;

export function canRead(viewer: Viewer, project: ReadableProject): boolean {
  return inScope(readScope(viewer), project);
}

export function assertCanRead(viewer: Viewer, project: ReadableProject): void {
  if (!canRead(viewer, project)) throw forbidden('无权查看该项目');
}

/** Only the recording enterprise changes its projects (and their major hazard sources). */
export function isOwner(viewer: Viewer, project: { organisationId: string }): boolean {
  return (
    viewer.kind === 'user' &&
    hasRole(viewer, 'ENTERPRISE') &&
    viewer.organisationId === project.organisationId
  );
}

export function assertOwner(viewer: Viewer, project: { organisationId: string }): void {
  if (!isOwner(viewer, project)) throw forbidden('只能操作本单位的项目');
}

/** 责任人电话: the owning enterprise and platform administrators see it; everyone else (regulators, clients) masked. */
export function seesResponsiblePhone(viewer: Viewer, project: { organisationId: string } | null): boolean {
  if (hasRole(viewer, 'PLATFORM_ADMIN')) return true;
  return project !== null && isOwner(viewer, project);
}
