import {
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import type { JetStreamManager, StreamConfig, StreamInfo } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { isDivisionCode, NATIONAL_DIVISION } from './envelope.ts';
import type { EventEnvelope } from './envelope.ts';

// Subject scheme: anze.<province 2>.<city 4>.<county 6>.<context>.<aggregate>.<event>
// The division is spelled out at three levels so that ONE subject permission grants a province, a city or a county
// exactly its own events (anze.23.>, anze.*.2301.>, anze.*.*.230103.>). See DOMAIN.md §8.

export const DEFAULT_SUBJECT_PREFIX = 'anze';
export const DEFAULT_STREAM_NAME = 'ANZE_EVENTS';

/** The three division tokens of a subject: province, city, county. Unknown or invalid codes count as national. */
export function divisionTokens(divisionCode: string | null | undefined): [string, string, string] {
  const code = divisionCode && isDivisionCode(divisionCode) ? divisionCode : NATIONAL_DIVISION;
  return [code.slice(0, 2), code.slice(0, 4), code];
}

export function subjectFor(
  envelope: Pick<EventEnvelope, 'type' | 'divisionCode'>,
  prefix = DEFAULT_SUBJECT_PREFIX,
): string {
  return [prefix, ...divisionTokens(envelope.divisionCode), envelope.type].join('.');
}

/** Division tokens of the subject a jurisdiction may read: `*` where it must not narrow. */
function jurisdictionTokens(jurisdictionCode: string): string[] {
  if (!isDivisionCode(jurisdictionCode))
    throw new Error(`jurisdiction must be a 6-digit division code, got '${jurisdictionCode}'`);
  if (jurisdictionCode === NATIONAL_DIVISION) return [];
  if (jurisdictionCode.endsWith('0000')) return [jurisdictionCode.slice(0, 2)];
  if (jurisdictionCode.endsWith('00')) return ['*', jurisdictionCode.slice(0, 4)];
  return ['*', '*', jurisdictionCode];
}

/**
 * The subscribe permission that grants a jurisdiction exactly its own events:
 * `230000` → `anze.23.>`, `230100` → `anze.*.2301.>`, `230103` → `anze.*.*.230103.>`, `000000` → `anze.>`.
 */
export function permissionFor(jurisdictionCode: string, prefix = DEFAULT_SUBJECT_PREFIX): string {
  return [prefix, ...jurisdictionTokens(jurisdictionCode), '>'].join('.');
}

/**
 * One filter subject (NATS 2.9 takes one per consumer) for events of some types within a jurisdiction.
 * `type` may use NATS wildcards per token: `identity.>`, `identity.organisation.*`, `*.*.registered`.
 */
export function filterSubject(
  options: { type?: string; jurisdiction?: string; prefix?: string } = {},
): string {
  const prefix = options.prefix ?? DEFAULT_SUBJECT_PREFIX;
  const type = options.type ?? '>';
  if (!/^([a-z0-9_*-]+\.)*([a-z0-9_*-]+|>)$/.test(type) || /[a-z0-9_-]\*|\*[a-z0-9_-]/.test(type)) {
    throw new Error(`type filter must be dot-separated tokens, '*' or a trailing '>', got '${type}'`);
  }
  const jurisdiction = options.jurisdiction ?? NATIONAL_DIVISION;
  if (type === '>') return permissionFor(jurisdiction, prefix);
  // A type filter needs all three division tokens in front of it, wildcards where the jurisdiction does not narrow.
  const division = jurisdictionTokens(jurisdiction);
  while (division.length < 3) division.push('*');
  return [prefix, ...division, type].join('.');
}

export interface StreamOptions {
  name?: string;
  prefix?: string;
  /** How long JetStream remembers msgIDs. Must cover relay retries after a lost publish ack. */
  duplicateWindowMs?: number;
  /** Events older than this are dropped from the stream; PostgreSQL stays the source of truth. */
  maxAgeMs?: number;
  replicas?: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function streamConfig(options: StreamOptions = {}): Partial<StreamConfig> & { name: string } {
  return {
    name: options.name ?? DEFAULT_STREAM_NAME,
    subjects: [`${options.prefix ?? DEFAULT_SUBJECT_PREFIX}.>`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    max_age: nanos(options.maxAgeMs ?? 365 * DAY),
    // 10 minutes rather than the 2-minute default: a relay whose ack was lost may retry after its backoff, and
    // we would rather JetStream drop that copy than make every consumer's inbox do it.
    duplicate_window: nanos(options.duplicateWindowMs ?? 10 * MINUTE),
    num_replicas: options.replicas ?? 1,
  };
}

/** Creates the event stream, or brings the settings we own up to date. Safe to call from every service at start. */
export async function ensureStream(jsm: JetStreamManager, options: StreamOptions = {}): Promise<StreamInfo> {
  const wanted = streamConfig(options);
  let current: StreamInfo;
  try {
    current = await jsm.streams.info(wanted.name);
  } catch (err) {
    if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound) {
      try {
        return await jsm.streams.add(wanted);
      } catch (addErr) {
        // Another service created it between our info and add: fall through to the update check.
        current = await jsm.streams.info(wanted.name).catch(() => {
          throw addErr;
        });
      }
    } else {
      throw err;
    }
  }
  const c = current.config;
  const same =
    c.max_age === wanted.max_age &&
    c.duplicate_window === wanted.duplicate_window &&
    wanted.subjects!.every((s) => c.subjects?.includes(s));
  if (same) return current;
  return jsm.streams.update(wanted.name, {
    subjects: [...new Set([...(c.subjects ?? []), ...wanted.subjects!])],
    max_age: wanted.max_age!,
    duplicate_window: wanted.duplicate_window!,
  });
}
