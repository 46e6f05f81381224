import { maskPhone } from '@anze/auth';
import { Organisation } from '../domain/organisation.entity.ts';
import { User, type IUser } from '../domain/user.entity.ts';
import type { IdentityContext } from '../context.ts';

export const UserResolvers = {
  __resolveReference: (ref: { id: string }, ctx: IdentityContext) => ctx.loaders.load(User, ref.id),
  organisation: (u: IUser, _: unknown, ctx: IdentityContext) =>
    ctx.loaders.load(Organisation, u.organisationId),
  mobile: (u: IUser, _: unknown, ctx: IdentityContext) =>
    ctx.viewer.roles.includes('PLATFORM_ADMIN') || (ctx.viewer.kind === 'user' && ctx.viewer.userId === u.id)
      ? (u.mobile ?? null)
      : maskPhone(u.mobile),
};
