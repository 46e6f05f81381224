// Document metadata: recording an upload, reading with the access rule, soft delete, archive entry names. The reads
// and writes are document.repository.ts's.
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound, type Viewer } from '@anze/auth';
import type { IDocument } from './document.entity.ts';
import {
  addDocument,
  findLiveDocument,
  findLiveDocuments,
  liveDocumentsOf,
  liveReferencesTo,
  lockBlobs,
  type NewDocumentRow,
} from './document.repository.ts';
import { canDelete, canRead } from './access.ts';
import { KIND_LABELS, type DocumentKind } from './kinds.ts';
import { EXTENSIONS } from './content-type.ts';
import type { BlobStore } from './storage.ts';
import type { DocumentsDeps } from './context.ts';

export class BlobGoneError extends Error {}

export type NewDocument = NewDocumentRow;

/** Records the metadata and the `uploaded` event in one transaction, once the blobs are stored. */
export async function recordUpload(
  em: EntityManager,
  { store, publish }: Pick<DocumentsDeps, 'store' | 'publish'>,
  input: NewDocument,
  viewer: Viewer,
): Promise<IDocument> {
  return em.transactional(async (tx) => {
    await lockBlobs(tx, [input.sha256, input.thumbnailSha256]);
    // A concurrent delete may have dropped a blob this upload deduplicated onto before we held the lock.
    if (
      !(await store.has(input.sha256)) ||
      (input.thumbnailSha256 && !(await store.has(input.thumbnailSha256)))
    )
      throw new BlobGoneError();
    const doc = addDocument(tx, input);
    publish(tx, { type: 'document.uploaded', document: doc }, viewer);
    await tx.flush();
    return doc;
  });
}

export async function findReadable(em: EntityManager, viewer: Viewer, id: string): Promise<IDocument> {
  const doc = await findLiveDocument(em, id);
  if (!doc) throw notFound('文件不存在或已删除');
  if (!canRead(viewer, doc)) throw forbidden('无权查看该文件');
  return doc;
}

/** The live documents of `ids` for 资料下载, every one readable by the viewer, or FORBIDDEN. */
export async function readableForDownload(
  em: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<IDocument[]> {
  const docs = await findLiveDocuments(em, ids);
  if (docs.length !== ids.length || !docs.every((d) => canRead(viewer, d)))
    throw forbidden('无权下载所选文件');
  return docs;
}

/** An organisation's live documents that the viewer may read (others are left out, not reported). */
export async function listReadable(
  em: EntityManager,
  viewer: Viewer,
  ownerOrganisationId: string,
  kinds: readonly DocumentKind[] | null | undefined,
): Promise<IDocument[]> {
  const docs = await liveDocumentsOf(em, ownerOrganisationId, kinds);
  return docs.filter((d) => canRead(viewer, d));
}

/** Soft delete by the owner; the blob goes once no live document references it. */
export async function deleteDocument(
  em: EntityManager,
  { store, publish }: Pick<DocumentsDeps, 'store' | 'publish'>,
  viewer: Viewer,
  id: string,
): Promise<IDocument> {
  const doc = await em.transactional(async (tx) => {
    const d = await findLiveDocument(tx, id);
    if (!d) throw notFound('文件不存在或已删除');
    if (!canDelete(viewer, d)) throw forbidden('只能删除本单位上传的文件');
    d.deletedAt = new Date();
    d.deletedBy = viewer.kind === 'user' ? viewer.userId : null;
    publish(tx, { type: 'document.deleted', document: d }, viewer);
    await tx.flush();
    return d;
  });
  await dropUnreferenced(em, store, [doc.sha256, doc.thumbnailSha256]);
  return doc;
}

/** Removes the blobs no live document references (soft-deleted rows keep their metadata, not the bytes). */
export async function dropUnreferenced(
  em: EntityManager,
  store: BlobStore,
  hashes: Array<string | null | undefined>,
): Promise<void> {
  await em.transactional(async (tx) => {
    await lockBlobs(tx, hashes);
    for (const h of new Set(hashes)) {
      if (!h) continue;
      if ((await liveReferencesTo(tx, h)) === 0) await store.remove(h);
    }
  });
}

export function kindLabel(kind: DocumentKind): string {
  return KIND_LABELS[kind];
}

/** 营业执照.pdf, 营业执照(2).jpg …: readable, unique names for the entries of a ZIP (资料下载). */
export function archiveEntryNames(docs: ReadonlyArray<Pick<IDocument, 'kind' | 'contentType'>>): string[] {
  const seen = new Map<string, number>();
  return docs.map((d) => {
    const label = KIND_LABELS[d.kind];
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label}${n > 1 ? `(${n})` : ''}${EXTENSIONS[d.contentType] ?? ''}`;
  });
}
