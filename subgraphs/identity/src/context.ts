import type { BaseContext } from '@anze/server-kit';
import type { IdentityDeps } from './domain/context.ts';

export interface IdentityContext extends BaseContext {
  deps: IdentityDeps;
}
