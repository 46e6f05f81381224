import { maskEmail, maskPhone } from '@anze/auth';
import { getDivision } from '@anze/dictionaries';
import { Organisation, type IOrganisation } from '../domain/organisation.entity.ts';
import { partnerIdsOf } from '../domain/organisation.repository.ts';
import type { OrganisationResolvers as OrganisationResolverMap } from '../generated/graphql.ts';
import { divisionView } from './Division.ts';

export const OrganisationResolvers: OrganisationResolverMap = {
  __resolveReference: (ref, ctx) => ctx.loaders.load(Organisation, ref.id),
  division: (org) => {
    const d = getDivision(org.divisionCode);
    return d ? divisionView(d) : null;
  },
  // PIPL: masked for every role; revealContact shows them in full, audited.
  contactMobile: (org) => maskPhone(org.contactMobile),
  contactEmail: (org) => maskEmail(org.contactEmail),
  legalRepresentativeMobile: (org) => maskPhone(org.legalRepresentativeMobile),
  partners: async (org, _, ctx) => {
    const ids = await partnerIdsOf(ctx.em, org);
    const found = await Promise.all(ids.map((id) => ctx.loaders.load(Organisation, id)));
    return found.filter((o): o is IOrganisation => o !== null);
  },
};
