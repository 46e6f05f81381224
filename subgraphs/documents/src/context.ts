import type { BaseContext } from '@anze/server-kit';
import type { DocumentsDeps } from './domain/context.ts';

export interface DocumentsContext extends BaseContext {
  deps: DocumentsDeps;
}
