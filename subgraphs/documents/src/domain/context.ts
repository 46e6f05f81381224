// What document operations need besides their input.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import type { DocumentsConfig } from '../config.ts';
import type { BlobStore } from './storage.ts';
import type { UrlSigner } from './signed-url.ts';
import type { IDocument } from './document.entity.ts';

/** What happened to a document, as the domain states it. */
export interface DocumentFact {
  type: 'document.uploaded' | 'document.deleted';
  document: IDocument;
}

/**
 * Publishes a fact in the unit of work of `em`, so it commits or rolls back with the change: the outbox writer of
 * events/document-events.ts. A port rather than an import, so that domain/ does not depend on events/.
 */
export type PublishFact = (em: EntityManager, fact: DocumentFact, viewer: Viewer) => void;

export interface DocumentsDeps {
  config: DocumentsConfig;
  store: BlobStore;
  signer: UrlSigner;
  publish: PublishFact;
}
