// What a domain operation needs besides its input: who acts, from where, under which policy.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import type { TrustStore } from '@anze/ca';
import type { IdentityConfig } from '../config.ts';
import type { SigningKeys } from './keys.ts';

export interface IdentityDeps {
  config: IdentityConfig;
  keys: SigningKeys;
  /** Loaded lazily so a missing CA directory only disables CA login, not the service. */
  trust: () => Promise<TrustStore>;
}

export interface Actor {
  em: EntityManager;
  viewer: Viewer;
  client: { ip: string | null; userAgent: string | null };
}

/** The audit "subject" of an action. */
export function subjectOf(viewer: Viewer): string {
  if (viewer.kind === 'user') return `user:${viewer.userId}`;
  if (viewer.kind === 'client') return `client:${viewer.clientId}`;
  return 'anonymous';
}
