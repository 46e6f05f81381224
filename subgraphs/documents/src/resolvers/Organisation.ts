import { listReadable } from '../domain/documents.ts';
import type { OrganisationResolvers as OrganisationResolverMap } from '../generated/graphql.ts';

/** identity owns the organisation; this subgraph only knows its id and adds the documents. */
export const OrganisationResolvers: OrganisationResolverMap = {
  __resolveReference: (ref) => ({ id: ref.id }),
  documents: (org, a, ctx) => listReadable(ctx.em, ctx.viewer, org.id, a.kinds),
};

export interface OrganisationRef {
  id: string;
}
