// What a domain operation needs besides its input: who acts, with which request-scoped EntityManager.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';

export interface Actor {
  em: EntityManager;
  viewer: Viewer;
}
