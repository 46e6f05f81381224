import type { Role } from '@anze/auth';
import type { IdentityContext } from '../context.ts';
import {
  registerEnterprise,
  reviewRegistration,
  updateEnterpriseProfile,
  type RegistrationInput,
} from '../domain/registration.ts';
import type { EnterpriseProfile } from '../domain/profile.ts';
import {
  changePassword,
  loginWithCertificate,
  loginWithPassword,
  logout,
  passwordPolicy,
  refreshSession,
  requestChallenge,
  type CertificateLogin,
  type IssuedSession,
} from '../domain/authentication.ts';
import * as admin from '../domain/administration.ts';
import { viewerOfUser } from './Viewer.ts';

const authPayload = (s: IssuedSession) => ({ ...s, viewer: viewerOfUser(s.user) });

export const Mutation = {
  registerEnterprise: async (_: unknown, a: { input: RegistrationInput }, ctx: IdentityContext) => {
    const { organisation: o, username } = await registerEnterprise(ctx, a.input, passwordPolicy(ctx.deps));
    return {
      organisationId: o.id,
      name: o.name,
      uscc: o.uscc,
      username,
      registrationStatus: o.registrationStatus,
    };
  },
  updateEnterpriseProfile: (_: unknown, a: { input: EnterpriseProfile }, ctx: IdentityContext) =>
    updateEnterpriseProfile(ctx, a.input),
  approveRegistration: (_: unknown, a: { organisationId: string }, ctx: IdentityContext) =>
    reviewRegistration(ctx, a.organisationId, { approve: true }),
  rejectRegistration: (_: unknown, a: { organisationId: string; reason: string }, ctx: IdentityContext) =>
    reviewRegistration(ctx, a.organisationId, { approve: false, reason: a.reason }),

  loginWithPassword: async (
    _: unknown,
    a: { username: string; password: string; secondFactor?: CertificateLogin | null },
    ctx: IdentityContext,
  ) => authPayload(await loginWithPassword(ctx, ctx.deps, a.username, a.password, a.secondFactor)),
  requestCertificateChallenge: (_: unknown, __: unknown, ctx: IdentityContext) =>
    requestChallenge(ctx, ctx.deps),
  loginWithCertificate: async (_: unknown, a: { input: CertificateLogin }, ctx: IdentityContext) =>
    authPayload(await loginWithCertificate(ctx, ctx.deps, a.input)),
  refreshSession: async (_: unknown, a: { refreshToken: string }, ctx: IdentityContext) =>
    authPayload(await refreshSession(ctx, ctx.deps, a.refreshToken)),
  logout: (_: unknown, a: { refreshToken: string }, ctx: IdentityContext) => logout(ctx, a.refreshToken),
  changePassword: async (
    _: unknown,
    a: { currentPassword: string; newPassword: string },
    ctx: IdentityContext,
  ) => authPayload(await changePassword(ctx, ctx.deps, a.currentPassword, a.newPassword)),

  createOrganisation: (_: unknown, a: { input: admin.OrganisationInput }, ctx: IdentityContext) =>
    admin.createOrganisation(ctx, a.input),
  createUser: (_: unknown, a: { input: admin.CreateUserInput }, ctx: IdentityContext) =>
    admin.createUser(ctx, a.input),
  setUserRoles: (_: unknown, a: { userId: string; roles: Role[] }, ctx: IdentityContext) =>
    admin.setUserRoles(ctx, a.userId, a.roles),
  setUserEnabled: (_: unknown, a: { userId: string; enabled: boolean }, ctx: IdentityContext) =>
    admin.setUserEnabled(ctx, a.userId, a.enabled),
  unlockUser: (_: unknown, a: { userId: string }, ctx: IdentityContext) => admin.unlockUser(ctx, a.userId),
  resetPassword: (_: unknown, a: { userId: string }, ctx: IdentityContext) =>
    admin.resetPassword(ctx, a.userId),
  setPartnership: (
    _: unknown,
    a: { brokerId: string; insurerId: string; active: boolean },
    ctx: IdentityContext,
  ) => admin.setPartnership(ctx, a.brokerId, a.insurerId, a.active),
  createApiClient: (
    _: unknown,
    a: { input: { name: string; scopes: string[]; jurisdiction?: string | null } },
    ctx: IdentityContext,
  ) => admin.createApiClient(ctx, a.input),
  revokeApiClient: (_: unknown, a: { id: string }, ctx: IdentityContext) => admin.revokeApiClient(ctx, a.id),
  issueClientToken: (_: unknown, a: { clientId: string; clientSecret: string }, ctx: IdentityContext) =>
    admin.issueClientToken(ctx, ctx.deps, a.clientId, a.clientSecret),
};
