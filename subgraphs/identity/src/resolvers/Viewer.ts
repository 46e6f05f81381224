import type { Viewer } from '@anze/auth';
import { Organisation } from '../domain/organisation.entity.ts';
import { User, type IUser } from '../domain/user.entity.ts';
import type { ViewerResolvers as ViewerResolverMap } from '../generated/graphql.ts';

export interface ViewerView {
  userId: string | null;
  organisationId: string | null;
  roles: readonly string[];
  jurisdiction: string | null;
  mustChangePassword: boolean;
}

export function viewerView(viewer: Viewer): ViewerView | null {
  if (viewer.kind === 'anonymous') return null;
  if (viewer.kind === 'client') {
    return {
      userId: null,
      organisationId: null,
      roles: viewer.roles,
      jurisdiction: viewer.jurisdiction,
      mustChangePassword: false,
    };
  }
  return {
    userId: viewer.userId,
    organisationId: viewer.organisationId,
    roles: viewer.roles,
    jurisdiction: viewer.jurisdiction,
    mustChangePassword: viewer.mustChangePassword,
  };
}

export function viewerOfUser(user: IUser): ViewerView {
  return {
    userId: user.id,
    organisationId: user.organisationId,
    roles: user.roles,
    jurisdiction: user.roles.includes('REGULATOR') ? (user.jurisdiction ?? null) : null,
    mustChangePassword: user.mustChangePassword,
  };
}

export const ViewerResolvers: ViewerResolverMap = {
  user: (v, _, ctx) => (v.userId ? ctx.loaders.load(User, v.userId) : null),
  organisation: (v, _, ctx) => (v.organisationId ? ctx.loaders.load(Organisation, v.organisationId) : null),
  idleTimeoutSeconds: (_, __, ctx) => ctx.deps.config.idleTimeoutSeconds,
};
