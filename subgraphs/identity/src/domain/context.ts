// What a domain operation needs besides its input: who acts, from where, under which policy, and where the facts
// it establishes are published.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, SessionRevokeReason, Viewer } from '@anze/auth';
import type { TrustStore } from '@anze/ca';
import type { IdentityConfig } from '../config.ts';
import type { SigningKeys } from './keys.ts';
import type { IOrganisation } from './organisation.entity.ts';
import { findUser } from './user.repository.ts';

export interface IdentityDeps {
  config: IdentityConfig;
  keys: SigningKeys;
  /** Loaded lazily so a missing CA directory only disables CA login, not the service. */
  trust: () => Promise<TrustStore>;
}

/** What happened to an organisation or an account, as the domain states it. */
export type IdentityFact =
  | {
      type: `organisation.${'registered' | 'approved' | 'rejected' | 'updated' | 'resubmitted'}`;
      organisation: IOrganisation;
    }
  | {
      type: `user.${'created' | 'roles_changed' | 'disabled' | 'enabled'}`;
      user: { id: string; organisationId: string; roles: Role[]; jurisdiction: string | null };
      /** The user's organisation's division: where the event is filed. */
      divisionCode: string;
    }
  | { type: 'partnership.changed'; brokerId: string; insurerId: string; active: boolean }
  | {
      /** Sessions ended before their access tokens expired: every service must refuse those tokens now. */
      type: 'session.revoked';
      userId: string;
      sessionIds: string[];
      reason: SessionRevokeReason;
      revokedAt: Date;
      /** revokedAt + the access-token lifetime: no token of these sessions is valid after it anyway. */
      tokensExpireBy: Date;
    };

/**
 * Publishes a fact in the unit of work of `em`, so it commits or rolls back with the change: the outbox writer of
 * events/identity-events.ts. A port, so that domain/ depends neither on events/ nor on @anze/events' outbox.
 */
export type PublishFact = (em: EntityManager, fact: IdentityFact, viewer: Viewer) => void;

export interface Actor {
  em: EntityManager;
  viewer: Viewer;
  client: { ip: string | null; userAgent: string | null };
  publish: PublishFact;
}

/**
 * The audit 主体 of a known account: its login name with its id, `hlj-zjt (user:<uuid>)`, in every record (logins,
 * logout, password changes, administration), so a filter by login name or by id finds all of them.
 */
export function userSubject(user: { id: string; username: string }): string {
  return `${user.username} (user:${user.id})`;
}

/** The audit 主体 of a caller: a user as userSubject (its login name read in `em`), a client, or anonymous. */
export async function subjectOf(em: EntityManager, viewer: Viewer): Promise<string> {
  if (viewer.kind === 'user') {
    const user = await findUser(em, viewer.userId);
    return user ? userSubject(user) : `user:${viewer.userId}`;
  }
  if (viewer.kind === 'client') return `client:${viewer.clientId}`;
  return 'anonymous';
}
