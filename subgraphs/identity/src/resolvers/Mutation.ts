import { registerEnterprise, reviewRegistration, updateEnterpriseProfile } from '../domain/registration.ts';
import {
  changePassword,
  loginWithCertificate,
  loginWithPassword,
  logout,
  passwordPolicy,
  refreshSession,
  requestChallenge,
  type IssuedSession,
} from '../domain/authentication.ts';
import * as admin from '../domain/administration.ts';
import { revealOrganisationContact, revealUserContact } from '../domain/contact-reveal.ts';
import { viewerOfUser } from './Viewer.ts';
import type { MutationResolvers } from '../generated/graphql.ts';
import type { IdentityContext } from '../context.ts';

/**
 * The payload of a sign-in, refresh or password change. Its `viewer { user organisation }` is guarded like any
 * other field, by the request's viewer: from here on that is the account the new token proves, not the anonymous
 * (or the old) caller of the request.
 */
const authPayload = (s: IssuedSession, ctx: IdentityContext) => {
  ctx.viewer = s.viewer;
  return { ...s, viewer: viewerOfUser(s.user) };
};

export const Mutation: MutationResolvers = {
  registerEnterprise: async (_, a, ctx) => {
    const { organisation: o, username } = await registerEnterprise(ctx, a.input, passwordPolicy(ctx.deps));
    return {
      organisationId: o.id,
      name: o.name,
      uscc: o.uscc,
      username,
      registrationStatus: o.registrationStatus,
    };
  },
  updateEnterpriseProfile: (_, a, ctx) => updateEnterpriseProfile(ctx, a.input),
  approveRegistration: (_, a, ctx) => reviewRegistration(ctx, a.organisationId, { approve: true }),
  rejectRegistration: (_, a, ctx) =>
    reviewRegistration(ctx, a.organisationId, { approve: false, reason: a.reason }),

  loginWithPassword: async (_, a, ctx) =>
    authPayload(await loginWithPassword(ctx, ctx.deps, a.username, a.password, a.secondFactor), ctx),
  requestCertificateChallenge: (_, __, ctx) => requestChallenge(ctx, ctx.deps),
  loginWithCertificate: async (_, a, ctx) =>
    authPayload(await loginWithCertificate(ctx, ctx.deps, a.input), ctx),
  refreshSession: async (_, a, ctx) => authPayload(await refreshSession(ctx, ctx.deps, a.refreshToken), ctx),
  logout: (_, a, ctx) => logout(ctx, ctx.deps, a.refreshToken),
  changePassword: async (_, a, ctx) =>
    authPayload(await changePassword(ctx, ctx.deps, a.currentPassword, a.newPassword), ctx),

  createOrganisation: (_, a, ctx) => admin.createOrganisation(ctx, a.input),
  createUser: (_, a, ctx) => admin.createUser(ctx, a.input),
  setUserRoles: (_, a, ctx) => admin.setUserRoles(ctx, ctx.deps, a.userId, a.roles),
  setUserEnabled: (_, a, ctx) => admin.setUserEnabled(ctx, ctx.deps, a.userId, a.enabled),
  unlockUser: (_, a, ctx) => admin.unlockUser(ctx, a.userId),
  resetPassword: (_, a, ctx) => admin.resetPassword(ctx, ctx.deps, a.userId),
  setPartnership: (_, a, ctx) => admin.setPartnership(ctx, a.brokerId, a.insurerId, a.active),
  revealContact: (_, a, ctx) => revealOrganisationContact(ctx, a.organisationId),
  revealUserContact: (_, a, ctx) => revealUserContact(ctx, a.userId),
  createApiClient: (_, a, ctx) => admin.createApiClient(ctx, a.input),
  revokeApiClient: (_, a, ctx) => admin.revokeApiClient(ctx, a.id),
  issueClientToken: (_, a, ctx) => admin.issueClientToken(ctx, ctx.deps, a.clientId, a.clientSecret),
};
