// Revoked sessions, as every token verifier applies them. An access token stays valid until it expires (up to
// ACCESS_TOKEN_SECONDS); identity ends a session (logout, password change, disabled account, changed roles) and
// publishes identity.session.revoked. Each process keeps the revocations of the last token lifetime in memory, fed
// from the stream (the server kit's revocation-feed.ts), and refuses tokens of those sessions: no state only one
// process knows.
import { unauthenticated } from './errors.ts';
import type { TokenVerifier } from './tokens.ts';

export const SESSION_REVOKE_REASONS = [
  'logout',
  'password_changed',
  'password_reset',
  'disabled',
  'roles_changed',
  'refresh_token_reuse',
] as const;
export type SessionRevokeReason = (typeof SESSION_REVOKE_REASONS)[number];

/** Revoked session ids until their last access token has expired anyway; then forgotten. */
export class SessionRevocations {
  readonly #until = new Map<string, number>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  add(sessionIds: readonly string[], tokensExpireBy: Date | string): void {
    const until = new Date(tokensExpireBy).getTime();
    if (until <= this.#now()) return;
    for (const id of sessionIds) if ((this.#until.get(id) ?? 0) < until) this.#until.set(id, until);
    this.#prune();
  }

  has(sessionId: string): boolean {
    const until = this.#until.get(sessionId);
    return until !== undefined && until > this.#now();
  }

  get size(): number {
    return this.#until.size;
  }

  #prune(): void {
    // Cheap enough at every add: revocations are rare next to requests.
    const now = this.#now();
    for (const [id, until] of this.#until) if (until <= now) this.#until.delete(id);
  }
}

/** The verifier that also refuses tokens of revoked sessions: UNAUTHENTICATED 登录已失效，请重新登录. */
export function refusingRevoked(verify: TokenVerifier, revocations: SessionRevocations): TokenVerifier {
  return async (token) => {
    const viewer = await verify(token);
    if (viewer.kind === 'user' && revocations.has(viewer.sessionId))
      throw unauthenticated('登录已失效，请重新登录');
    return viewer;
  };
}
