// Feeds a process's SessionRevocations from the stream: an ordered (ephemeral, unacknowledged) consumer of
// identity.session.revoked that starts one access-token lifetime back, so a process started a moment ago (a new
// replica, a restart) knows every revocation whose tokens may still be presented. Messages are validated against the
// catalogue entry; one that does not fit is logged and skipped (nothing to park: there is no durable state here).
import { DeliverPolicy, type JetStreamClient } from '@nats-io/jetstream';
import { SESSION_REVOKE_REASONS, SessionRevocations } from '@anze/auth';
import { createEventValidator, defineEvent, field, filterSubject, type EventData } from '@anze/events';

/**
 * The catalogue entry of identity.session.revoked. Defined here, with the feed that applies it in every service, and
 * listed in identity's catalogue (which publishes it): the feed validates every message against it. Ids and times
 * only.
 */
export const SESSION_REVOKED = defineEvent({
  type: 'identity.session.revoked',
  version: 1,
  aggregate: 'user',
  title: '登录会话已撤销',
  summary:
    'Sessions of a user ended (logout, password change, disabled account, changed roles, stolen refresh token): every service refuses their access tokens from now on, although they have not expired.',
  data: field.object({
    userId: field.uuid('用户 id / user id'),
    sessionIds: field.arrayOf(field.uuid(), '被撤销的会话 id / the sessions revoked'),
    reason: field.enumOf(SESSION_REVOKE_REASONS, '撤销原因 / why'),
    revokedAt: field.string('撤销时间 / when', { format: 'date-time' }),
    tokensExpireBy: field.string(
      '这些会话的访问令牌最迟失效时间 / when every access token of them has expired',
      {
        format: 'date-time',
      },
    ),
  }),
  identifiers: ['userId'],
});
export type SessionRevokedData = EventData<typeof SESSION_REVOKED>;

export interface RevocationFeedOptions {
  js: JetStreamClient;
  stream: string;
  prefix: string;
  /** How far back to start: the access-token lifetime (ACCESS_TOKEN_SECONDS) plus the verifier's clock tolerance. */
  windowSeconds: number;
  log?: { warn(message: string, fields?: Record<string, unknown>): void };
  /** How long start() waits to have read the backlog of the window before it returns. */
  catchUpTimeoutMs?: number;
}

export interface RevocationFeed {
  revocations: SessionRevocations;
  /** Messages applied since start. */
  applied(): number;
  stop(): Promise<void>;
}

export async function startRevocationFeed(o: RevocationFeedOptions): Promise<RevocationFeed> {
  const revocations = new SessionRevocations();
  const validate = createEventValidator([SESSION_REVOKED], { unknownFields: 'tolerate' });
  const consumer = await o.js.consumers.get(o.stream, {
    filter_subjects: filterSubject({ type: SESSION_REVOKED.type, prefix: o.prefix }),
    deliver_policy: DeliverPolicy.StartTime,
    opt_start_time: new Date(Date.now() - o.windowSeconds * 1000).toISOString(),
  });
  const backlog = (await consumer.info(true)).num_pending;
  let applied = 0;
  let seen = 0;
  const messages = await consumer.consume();
  let caughtUp: () => void = () => {};
  const ready = new Promise<void>((resolve) => (caughtUp = resolve));
  if (backlog === 0) caughtUp();
  const loop = (async () => {
    for await (const m of messages) {
      seen++;
      try {
        const event: unknown = m.json();
        const verdict = validate(event);
        if (!verdict.valid) {
          o.log?.warn('revocation feed: message does not fit the catalogue', { errors: verdict.errors });
        } else {
          const data = (event as { data: SessionRevokedData }).data;
          revocations.add(data.sessionIds, data.tokensExpireBy);
          applied++;
        }
      } catch (error) {
        o.log?.warn('revocation feed: unreadable message', { error: String(error) });
      }
      if (seen >= backlog) caughtUp();
    }
  })();
  await Promise.race([ready, new Promise((r) => setTimeout(r, o.catchUpTimeoutMs ?? 5_000).unref())]);
  return {
    revocations,
    applied: () => applied,
    stop: async () => {
      await messages.close();
      await loop.catch(() => {});
    },
  };
}
