import { listReadable } from '../domain/documents.ts';
import type { DocumentKind } from '../domain/kinds.ts';
import type { DocumentsContext } from '../context.ts';

/** identity owns the organisation; this subgraph only knows its id and adds the documents. */
export const OrganisationResolvers = {
  __resolveReference: (ref: OrganisationRef): OrganisationRef => ({ id: ref.id }),
  documents: (org: OrganisationRef, a: { kinds?: DocumentKind[] | null }, ctx: DocumentsContext) =>
    listReadable(ctx.em, ctx.viewer, org.id, a.kinds),
};

export interface OrganisationRef {
  id: string;
}
