import { forbidden } from '@anze/auth';
import { Document } from '../domain/document.entity.ts';
import { canRead } from '../domain/access.ts';
import { kindLabel } from '../domain/documents.ts';
import type { DocumentResolvers as DocumentResolverMap } from '../generated/graphql.ts';

export const DocumentResolvers: DocumentResolverMap = {
  // Other subgraphs reference documents by id (an application's attachments): the access rule applies there too.
  __resolveReference: async (ref, ctx) => {
    const doc = await ctx.loaders.load(Document, ref.id);
    if (!doc || doc.deletedAt) return null;
    if (!canRead(ctx.viewer, doc)) throw forbidden('无权查看该文件');
    return doc;
  },
  kindLabel: (d) => kindLabel(d.kind),
  uploadedAt: (d) => d.uploadedAt,
  // Documents reach a viewer only through resolvers that checked canRead, so every link signed here is deserved.
  downloadUrl: (d, _, ctx) => ctx.deps.signer.url(`/files/${d.id}`),
  thumbnailUrl: (d, _, ctx) => (d.thumbnailSha256 ? ctx.deps.signer.url(`/files/${d.id}/thumbnail`) : null),
};
