import { notFound } from '@anze/auth';
import { isUuid } from '@anze/events';
import { deleteDocument } from '../domain/documents.ts';
import type { MutationResolvers } from '../generated/graphql.ts';

export const Mutation: MutationResolvers = {
  deleteDocument: async (_, a, ctx) => {
    if (!isUuid(a.id)) throw notFound('文件不存在或已删除');
    const doc = await deleteDocument(ctx.em, ctx.deps, ctx.viewer, a.id);
    ctx.log.info('document deleted', { documentId: doc.id });
    return true;
  },
};
