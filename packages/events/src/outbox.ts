import { defineEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope } from './envelope.ts';
import { DEFAULT_SUBJECT_PREFIX, subjectFor } from './subjects.ts';
import { uuidv7 } from './uuid.ts';

/** pg NOTIFY channel the relay LISTENs on. */
export const OUTBOX_CHANNEL = 'anze_outbox';

/**
 * Events waiting to be (or already) published, written in the same transaction as the state change they describe.
 * The AFTER INSERT trigger sends NOTIFY: PostgreSQL delivers notifications only on commit, so the relay wakes
 * exactly when committed rows exist, and a rollback wakes nobody. Being part of the entity, the trigger lands in
 * every subgraph's migrations together with the table.
 */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  tableName: 'outbox',
  properties: {
    /** The event id; also the JetStream msgID, so a re-publish is deduplicated by the stream. */
    id: p.uuid().primary(),
    subject: p.string().length(255),
    payload: p.json<EventEnvelope>(),
    occurredAt: p.datetime(),
    createdAt: p.datetime().onCreate(() => new Date()),
    publishedAt: p.datetime().nullable(),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
  },
  // The relay only ever scans unpublished rows in creation order; published rows can grow without slowing it.
  indexes: [
    { name: 'outbox_unpublished_idx', properties: ['createdAt', 'id'], where: 'published_at is null' },
  ],
  triggers: [
    {
      name: 'outbox_notify',
      timing: 'after',
      events: ['insert'],
      forEach: 'statement',
      body: `perform pg_notify('${OUTBOX_CHANNEL}', ''); return null;`,
    },
  ],
});

/**
 * Events a consumer has applied. The composite key makes "apply once" a plain insert conflict inside the
 * consumer's transaction: redeliveries and duplicate copies of an event skip the effect.
 */
export const InboxMessage = defineEntity({
  name: 'InboxMessage',
  tableName: 'inbox',
  properties: {
    consumer: p.string().length(128).primary(),
    eventId: p.uuid().primary(),
    streamSequence: p.bigint('number'),
    processedAt: p.datetime(),
  },
  primaryKeys: ['consumer', 'eventId'],
});

/** Messages a consumer gave up on after its last delivery, kept for inspection and manual replay. */
export const DeadLetter = defineEntity({
  name: 'DeadLetter',
  tableName: 'dead_letter',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => uuidv7()),
    consumer: p.string().length(128),
    /** Null when the message could not even be read as an envelope. */
    eventId: p.uuid().nullable(),
    subject: p.string().length(255),
    streamSequence: p.bigint('number'),
    deliveries: p.integer(),
    /** Raw message body as received, so a malformed message is kept too. */
    payload: p.text(),
    error: p.text(),
    failedAt: p.datetime(),
  },
  indexes: [{ properties: ['consumer', 'failedAt'] }],
});

/** Add these to every subgraph's ORM `entities` so its migrations create outbox, inbox and dead_letter. */
export const eventEntities = [OutboxMessage, InboxMessage, DeadLetter] as const;

/**
 * Records an event in the caller's unit of work. Call it with the em of `em.transactional(...)` (or before the
 * flush that saves the state change): the row is written in the same transaction, so the event exists if and only
 * if the state change committed.
 */
export function recordEvent(
  em: EntityManager,
  envelope: EventEnvelope,
  options: { prefix?: string } = {},
): void {
  em.create(OutboxMessage, outboxRow(envelope, options));
}

/**
 * The outbox row of an event: what recordEvent adds to the unit of work, and what a bulk writer (a seed at volume,
 * inserting a batch's rows in one statement) inserts in the transaction of the rows the events describe.
 */
export function outboxRow(envelope: EventEnvelope, options: { prefix?: string } = {}) {
  return {
    id: envelope.id,
    subject: subjectFor(envelope, options.prefix ?? DEFAULT_SUBJECT_PREFIX),
    payload: envelope,
    occurredAt: new Date(envelope.occurredAt),
    createdAt: new Date(),
    attempts: 0,
  };
}
