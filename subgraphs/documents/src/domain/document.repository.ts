// Persistence of document metadata (the bytes are the blob store's, storage.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, type DocumentGrant, type IDocument } from './document.entity.ts';
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

/**
 * Adds grants to documents (unknown ids are skipped), each grant once: the stored and the new grants merged as a set
 * of jsonb values (equal objects are one grant, whatever their key order), sorted so the list does not depend on the
 * order events came in. The merge reads the row it updates (`d.grants` in SET): when two writers meet on a document,
 * the second waits for the first and merges into the version it committed. Returns how many documents it found.
 */
export async function addGrants(
  em: EntityManager,
  documentIds: readonly string[],
  grants: readonly DocumentGrant[],
): Promise<number> {
  const res = await em.execute<{ affectedRows: number }>(
    `update document d set grants = (
       select coalesce(jsonb_agg(g order by g::text), '[]'::jsonb)
         from (select distinct g from (select jsonb_array_elements(d.grants) as g
                                       union all
                                       select jsonb_array_elements(?::jsonb)) as both_lists) as merged)
     where d.id = any(?::uuid[])`,
    [JSON.stringify(grants), `{${documentIds.join(',')}}`],
    'run',
  );
  return res.affectedRows;
}
