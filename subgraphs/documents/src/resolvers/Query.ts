import { badInput, forbidden } from '@anze/auth';
import { isUuid } from '@anze/events';
import { findReadable, listReadable, readableForDownload } from '../domain/documents.ts';
import { ARCHIVE_MAX_DOCUMENTS, archiveResource } from '../http/download.ts';
import type { DocumentsContext } from '../context.ts';
import type { QueryResolvers } from '../generated/graphql.ts';

function ownOrganisation(ctx: DocumentsContext): string {
  if (ctx.viewer.kind !== 'user') throw forbidden('请指定机构');
  return ctx.viewer.organisationId;
}

export const Query: QueryResolvers = {
  documents: (_, a, ctx) => {
    const owner = a.ownerOrganisationId ?? ownOrganisation(ctx);
    if (!isUuid(owner)) return [];
    return listReadable(ctx.em, ctx.viewer, owner, a.kinds);
  },
  document: (_, a, ctx) => (isUuid(a.id) ? findReadable(ctx.em, ctx.viewer, a.id) : null),
  documentsArchiveUrl: async (_, a, ctx) => {
    const ids = [...new Set(a.ids)];
    if (!ids.length) throw badInput('请选择要下载的文件', 'ids');
    if (ids.length > ARCHIVE_MAX_DOCUMENTS)
      throw badInput(`一次最多下载 ${ARCHIVE_MAX_DOCUMENTS} 个文件`, 'ids');
    if (!ids.every(isUuid)) throw badInput('文件编号格式错误', 'ids');
    const name = (a.name ?? '').trim();
    if (name.length > 100) throw badInput('名称不能超过 100 个字符', 'name');
    await readableForDownload(ctx.em, ctx.viewer, ids);
    return ctx.deps.signer.url(archiveResource(ids, name));
  },
};
