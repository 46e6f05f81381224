// What document operations need besides their input.
import type { DocumentsConfig } from '../config.ts';
import type { BlobStore } from './storage.ts';
import type { UrlSigner } from './signed-url.ts';

export interface DocumentsDeps {
  config: DocumentsConfig;
  store: BlobStore;
  signer: UrlSigner;
}
