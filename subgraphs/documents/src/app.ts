// Assembles the documents service from its configuration; used by main.ts and by the tests.
import { startEventBus } from '@anze/events';
import { startSubgraph, createLogger, type RunningSubgraph } from '@anze/server-kit';
import type { DocumentsConfig } from './config.ts';
import { documentsOrm } from './orm.ts';
import { DiskBlobStore } from './domain/storage.ts';
import { loadUrlSecret, UrlSigner } from './domain/signed-url.ts';
import type { DocumentsDeps } from './domain/context.ts';
import type { DocumentsContext } from './context.ts';
import manifest from './manifest.ts';
import { uploadRoute } from './http/upload.ts';
import { downloadRoute } from './http/download.ts';
import { publishDocumentFact } from './events/document-events.ts';
import { startGrantConsumers } from './events/grant-consumers.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteContext } from '@anze/server-kit';
import type { ConsumerHandle } from '@anze/events';

export interface DocumentsService extends RunningSubgraph {
  deps: DocumentsDeps;
  /** underwriting's applications and policies → document grants. */
  grantConsumers: ConsumerHandle[];
}

export async function startDocuments(config: DocumentsConfig): Promise<DocumentsService> {
  const log = createLogger({ service: 'documents' });
  const orm = await documentsOrm(config.databaseUrl);
  const store = new DiskBlobStore(config.documentsDir);
  const signer = new UrlSigner(
    await loadUrlSecret(config.urlSecret, config.urlSecretFile),
    config.urlSeconds,
  );
  const deps: DocumentsDeps = { config, store, signer, publish: publishDocumentFact };
  const bus = await startEventBus({
    name: 'documents',
    config,
    em: orm.em,
    logger: log,
  });
  const grantConsumers = await startGrantConsumers({
    js: bus.js,
    stream: bus.stream,
    prefix: bus.prefix,
    em: orm.em,
    logger: log,
  });
  const upload = uploadRoute(deps);
  const download = downloadRoute(deps);
  const files = (req: IncomingMessage, res: ServerResponse, ctx: RouteContext) => {
    const path = (req.url ?? '/').split('?')[0];
    return path === '/files' ? upload(req, res, ctx) : download(req, res, ctx);
  };

  const service = await startSubgraph<DocumentsContext>({
    manifest,
    orm,
    config,
    logger: log,
    extendContext: (base) => ({ ...base, deps }),
    gatewayRoutes: { '/files': files },
    eventBus: bus,
    readiness: [{ name: 'storage', check: () => store.has('0'.repeat(64)) }],
    onClose: grantConsumers.map((c) => () => c.stop()),
  });
  return { ...service, deps, grantConsumers };
}
