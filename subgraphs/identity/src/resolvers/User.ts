import { maskPhone } from '@anze/auth';
import { Organisation } from '../domain/organisation.entity.ts';
import { User } from '../domain/user.entity.ts';
import type { UserResolvers as UserResolverMap } from '../generated/graphql.ts';

export const UserResolvers: UserResolverMap = {
  __resolveReference: (ref, ctx) => ctx.loaders.load(User, ref.id),
  organisation: (u, _, ctx) => ctx.loaders.load(Organisation, u.organisationId),
  // PIPL: masked for every role; revealUserContact shows it in full, audited.
  mobile: (u) => maskPhone(u.mobile),
};
