// The caller of a request, as proven by its access token. Built once per request, read by every resolver.

export const ROLES = [
  'ENTERPRISE',
  'INSURER',
  'BROKER',
  'PREVENTION_ORG',
  'EXPERT',
  'REGULATOR',
  'PLATFORM_ADMIN',
  'AUDITOR',
  'API_CLIENT',
] as const;
export type Role = (typeof ROLES)[number];

export interface AnonymousViewer {
  kind: 'anonymous';
  roles: readonly Role[];
}

export interface UserViewer {
  kind: 'user';
  userId: string;
  organisationId: string;
  roles: readonly Role[];
  /** Division code the user may see: a regulator's jurisdiction, otherwise the organisation's division. */
  jurisdiction: string | null;
  /** The organisation's own 行政区划代码 (not a scope: regulators' scope is `jurisdiction`). */
  divisionCode: string | null;
  sessionId: string;
  /** An initial or reset password must be changed before anything else is allowed. */
  mustChangePassword: boolean;
}

export interface ClientViewer {
  kind: 'client';
  clientId: string;
  roles: readonly Role[];
  scopes: readonly string[];
  jurisdiction: string | null;
}

export type Viewer = AnonymousViewer | UserViewer | ClientViewer;

export const ANONYMOUS: AnonymousViewer = Object.freeze({ kind: 'anonymous', roles: [] });

/** The platform itself acting (a deadline job, a seed): a client without roles, named in history and events. */
export function systemViewer(clientId: string): ClientViewer {
  return Object.freeze({ kind: 'client', clientId, roles: [], scopes: [], jurisdiction: null });
}

/**
 * Who acted, as an event records it (the envelope's `actor`, EventActor of @anze/events): ids and roles only, never
 * names. An API client is known by its roles; an anonymous caller is nobody.
 */
export function actorOf(
  viewer: Viewer,
): { userId: string; organisationId: string; roles: Role[] } | { roles: Role[] } | null {
  if (viewer.kind === 'user')
    return { userId: viewer.userId, organisationId: viewer.organisationId, roles: [...viewer.roles] };
  if (viewer.kind === 'client') return { roles: [...viewer.roles] };
  return null;
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
