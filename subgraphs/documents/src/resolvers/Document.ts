import { Document, type IDocument } from '../domain/document.entity.ts';
import { canRead } from '../domain/access.ts';
import { kindLabel } from '../domain/documents.ts';
import { forbidden } from '@anze/auth';
import type { DocumentsContext } from '../context.ts';

export const DocumentResolvers = {
  // Other subgraphs reference documents by id (an application's attachments): the access rule applies there too.
  __resolveReference: async (ref: { id: string }, ctx: DocumentsContext) => {
    const doc = await ctx.loaders.load(Document, ref.id);
    if (!doc || doc.deletedAt) return null;
    if (!canRead(ctx.viewer, doc)) throw forbidden('无权查看该文件');
    return doc;
  },
  kindLabel: (d: IDocument) => kindLabel(d.kind),
  uploadedAt: (d: IDocument) => d.uploadedAt,
  // Documents reach a viewer only through resolvers that checked canRead, so every link signed here is deserved.
  downloadUrl: (d: IDocument, _: unknown, ctx: DocumentsContext) => ctx.deps.signer.url(`/files/${d.id}`),
  thumbnailUrl: (d: IDocument, _: unknown, ctx: DocumentsContext) =>
    d.thumbnailSha256 ? ctx.deps.signer.url(`/files/${d.id}/thumbnail`) : null,
};
