import type { BaseContext } from '@anze/server-kit';
import type { IdentityDeps, PublishFact } from './domain/context.ts';

/** A request's context is the domain's Actor (em, viewer, client, publish) plus identity's services. */
export interface IdentityContext extends BaseContext {
  deps: IdentityDeps;
  publish: PublishFact;
}
