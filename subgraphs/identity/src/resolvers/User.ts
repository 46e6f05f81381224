import { maskPhone } from '@anze/auth';
import { Organisation } from '../domain/organisation.entity.ts';
import { User } from '../domain/user.entity.ts';
import { seesUserMobile } from '../domain/access.ts';
import type { UserResolvers as UserResolverMap } from '../generated/graphql.ts';

export const UserResolvers: UserResolverMap = {
  __resolveReference: (ref, ctx) => ctx.loaders.load(User, ref.id),
  organisation: (u, _, ctx) => ctx.loaders.load(Organisation, u.organisationId),
  mobile: (u, _, ctx) => (seesUserMobile(ctx.viewer, u) ? (u.mobile ?? null) : maskPhone(u.mobile)),
};
