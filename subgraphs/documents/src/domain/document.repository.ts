// Persistence of document metadata (the bytes are the blob store's, storage.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, type IDocument } from './document.entity.ts';
import type { DocumentKind } from './kinds.ts';

/**
 * Serialises "store a blob and reference it" against "drop an unreferenced blob" for the same content, so a delete
 * never removes a blob an upload of identical bytes has just deduplicated onto. Transaction-scoped: call inside one.
 */
export async function lockBlobs(em: EntityManager, hashes: Array<string | null | undefined>): Promise<void> {
  for (const h of [...new Set(hashes.filter((x): x is string => !!x))].sort())
    await em
      .getConnection()
      .execute(
        'select pg_advisory_xact_lock(hashtextextended(?, 0))',
        [h],
        'all',
        em.getTransactionContext(),
      );
}

export type NewDocumentRow = Omit<IDocument, 'id' | 'grants' | 'uploadedAt' | 'deletedAt' | 'deletedBy'>;

/** A new document, granted to nobody yet. */
export function addDocument(em: EntityManager, data: NewDocumentRow): IDocument {
  return em.create(Document, { ...data, grants: [] });
}

/** A document that is not deleted, or null. */
export function findLiveDocument(em: EntityManager, id: string): Promise<IDocument | null> {
  return em.findOne(Document, { id, deletedAt: null });
}

/** The live documents among `ids` (fewer when some are deleted or unknown), in no particular order. */
export function findLiveDocuments(em: EntityManager, ids: readonly string[]): Promise<IDocument[]> {
  return em.find(Document, { id: { $in: [...ids] }, deletedAt: null });
}

/** An organisation's live documents, newest first, of some kinds (all when none are given). */
export function liveDocumentsOf(
  em: EntityManager,
  ownerOrganisationId: string,
  kinds: readonly DocumentKind[] | null | undefined,
): Promise<IDocument[]> {
  return em.find(
    Document,
    { ownerOrganisationId, deletedAt: null, ...(kinds?.length ? { kind: { $in: [...kinds] } } : {}) },
    { orderBy: { uploadedAt: 'desc', id: 'asc' } },
  );
}

/** How many live documents use the blob, as their file or as their thumbnail. */
export function liveReferencesTo(em: EntityManager, sha256: string): Promise<number> {
  return em.count(Document, { deletedAt: null, $or: [{ sha256 }, { thumbnailSha256: sha256 }] });
}
