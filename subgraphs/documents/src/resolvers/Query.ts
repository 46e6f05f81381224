import { badInput, forbidden } from '@anze/auth';
import { canRead } from '../domain/access.ts';
import { Document } from '../domain/document.entity.ts';
import { findReadable, listReadable } from '../domain/documents.ts';
import type { DocumentKind } from '../domain/kinds.ts';
import { ARCHIVE_MAX_DOCUMENTS, archiveResource } from '../http/download.ts';
import type { DocumentsContext } from '../context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function ownOrganisation(ctx: DocumentsContext): string {
  if (ctx.viewer.kind !== 'user') throw forbidden('请指定机构');
  return ctx.viewer.organisationId;
}

export const Query = {
  documents: (
    _: unknown,
    a: { ownerOrganisationId?: string | null; kinds?: DocumentKind[] | null },
    ctx: DocumentsContext,
  ) => {
    const owner = a.ownerOrganisationId ?? ownOrganisation(ctx);
    if (!UUID.test(owner)) return [];
    return listReadable(ctx.em, ctx.viewer, owner, a.kinds);
  },
  document: async (_: unknown, a: { id: string }, ctx: DocumentsContext) => {
    if (!UUID.test(a.id)) return null;
    return findReadable(ctx.em, ctx.viewer, a.id);
  },
  documentsArchiveUrl: async (
    _: unknown,
    a: { ids: string[]; name?: string | null },
    ctx: DocumentsContext,
  ) => {
    const ids = [...new Set(a.ids)];
    if (!ids.length) throw badInput('请选择要下载的文件', 'ids');
    if (ids.length > ARCHIVE_MAX_DOCUMENTS)
      throw badInput(`一次最多下载 ${ARCHIVE_MAX_DOCUMENTS} 个文件`, 'ids');
    if (!ids.every((id) => UUID.test(id))) throw badInput('文件编号格式错误', 'ids');
    const name = (a.name ?? '').trim();
    if (name.length > 100) throw badInput('名称不能超过 100 个字符', 'name');
    const docs = await ctx.em.find(Document, { id: { $in: ids }, deletedAt: null });
    if (docs.length !== ids.length || !docs.every((d) => canRead(ctx.viewer, d)))
      throw forbidden('无权下载所选文件');
    return ctx.deps.signer.url(archiveResource(ids, name));
  },
};
