import { notFound } from '@anze/auth';
import { deleteDocument } from '../domain/documents.ts';
import type { DocumentsContext } from '../context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Mutation = {
  deleteDocument: async (_: unknown, a: { id: string }, ctx: DocumentsContext) => {
    if (!UUID.test(a.id)) throw notFound('文件不存在或已删除');
    const doc = await deleteDocument(ctx.em, ctx.deps, ctx.viewer, a.id);
    ctx.log.info('document deleted', { documentId: doc.id });
    return true;
  },
};
