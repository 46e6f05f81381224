import { maskPhone, type Viewer } from '@anze/auth';
import { getDivision } from '@anze/dictionaries';
import { Organisation, Partnership, type IOrganisation } from '../domain/organisation.entity.ts';
import type { IdentityContext } from '../context.ts';
import { divisionView } from './Division.ts';

/** Phones are shown in full to the organisation itself and to administrators; masked for everyone else. */
function seesPhones(viewer: Viewer, org: IOrganisation): boolean {
  if (viewer.roles.includes('PLATFORM_ADMIN')) return true;
  return viewer.kind === 'user' && viewer.organisationId === org.id;
}

export const OrganisationResolvers = {
  __resolveReference: (ref: { id: string }, ctx: IdentityContext) => ctx.loaders.load(Organisation, ref.id),
  division: (org: IOrganisation) => {
    const d = getDivision(org.divisionCode);
    return d ? divisionView(d) : null;
  },
  contactMobile: (org: IOrganisation, _: unknown, ctx: IdentityContext) =>
    seesPhones(ctx.viewer, org) ? (org.contactMobile ?? null) : maskPhone(org.contactMobile),
  legalRepresentativeMobile: (org: IOrganisation, _: unknown, ctx: IdentityContext) =>
    seesPhones(ctx.viewer, org)
      ? (org.legalRepresentativeMobile ?? null)
      : maskPhone(org.legalRepresentativeMobile),
  partners: async (org: IOrganisation, _: unknown, ctx: IdentityContext) => {
    if (org.type !== 'BROKER' && org.type !== 'INSURER') return [];
    const links = await ctx.em.find(
      Partnership,
      org.type === 'BROKER' ? { brokerId: org.id } : { insurerId: org.id },
    );
    const ids = links.map((l) => (org.type === 'BROKER' ? l.insurerId : l.brokerId));
    const found = await Promise.all(ids.map((id) => ctx.loaders.load(Organisation, id)));
    return found.filter((o): o is IOrganisation => o !== null);
  },
};
