// The event catalogue: per event type and version, the JSON Schema (draft-07) of `data`, an English summary and a
// Chinese title. Each publishing subgraph declares its entries next to its event writers; from them come the AsyncAPI
// document for outside subscribers (provincial systems), the human-readable table, and the validator that tests run
// over the events the services really publish. A writer types its payload with `EventData<typeof entry>`, so payload
// and schema cannot drift apart unnoticed.
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { isEventType, type EventEnvelope } from './envelope.ts';
import { DEFAULT_SUBJECT_PREFIX, filterSubject, permissionFor } from './subjects.ts';

/** A JSON Schema (draft-07) as a plain object. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** A JSON Schema that also carries, in the type only, the TypeScript type of the values it accepts. */
export type Schema<T> = JsonSchema & { readonly '~type'?: T };

/** The TypeScript type a `Schema` accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

export const DIVISION_CODE_PATTERN = '^\\d{6}$';
/** 统一社会信用代码 (GB 32100-2015): the 31-character code set (no I, O, Z, S, V), 登记管理部门, 机构类别, division. */
export const USCC_PATTERN = '^[1-9ANY][1-9]\\d{6}[0-9A-HJ-NP-RTUWXY]{10}$';
const EVENT_TYPE_PATTERN = '^[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*\\.[a-z][a-z0-9_-]*$';
const ROLE_PATTERN = '^[A-Z][A-Z_]*$';

type Described = { description?: string };
const withDescription = (schema: Record<string, unknown>, description?: string) =>
  description ? { ...schema, description } : schema;

/** Builders for the schemas of `data`: small, typed, and only the keywords the catalogue needs. */
export const field = {
  string(description?: string, keywords: { pattern?: string; format?: string; maxLength?: number } = {}) {
    return withDescription({ type: 'string', ...keywords }, description) as Schema<string>;
  },
  uuid(description?: string) {
    return withDescription({ type: 'string', format: 'uuid' }, description) as Schema<string>;
  },
  /** GB/T 2260 行政区划代码, six digits. */
  divisionCode(description?: string) {
    return withDescription({ type: 'string', pattern: DIVISION_CODE_PATTERN }, description) as Schema<string>;
  },
  uscc(description?: string) {
    return withDescription({ type: 'string', pattern: USCC_PATTERN }, description) as Schema<string>;
  },
  /** A calendar date, YYYY-MM-DD. */
  date(description?: string) {
    return withDescription({ type: 'string', format: 'date' }, description) as Schema<string>;
  },
  integer(description?: string, keywords: { minimum?: number } = {}) {
    return withDescription({ type: 'integer', ...keywords }, description) as Schema<number>;
  },
  boolean(description?: string) {
    return withDescription({ type: 'boolean' }, description) as Schema<boolean>;
  },
  enumOf<const V extends readonly string[]>(values: V, description?: string) {
    return withDescription({ type: 'string', enum: [...values] }, description) as Schema<V[number]>;
  },
  arrayOf<T>(items: Schema<T>, description?: string) {
    return withDescription({ type: 'array', items }, description) as Schema<T[]>;
  },
  /** The same value or null. */
  nullable<T>(schema: Schema<T>): Schema<T | null> {
    const s = schema as Record<string, unknown> & Described;
    return {
      ...s,
      type: [s['type'], 'null'],
      ...(Array.isArray(s['enum']) ? { enum: [...(s['enum'] as unknown[]), null] } : {}),
    } as Schema<T | null>;
  },
  /** An object whose properties are all required and nothing else is allowed. */
  object<P extends Record<string, Schema<unknown>>>(properties: P, description?: string) {
    return withDescription(
      { type: 'object', additionalProperties: false, required: Object.keys(properties), properties },
      description,
    ) as Schema<{ [K in keyof P]: Infer<P[K]> }>;
  },
};

/** One event type at one version, as the catalogue (and outside subscribers) know it. */
export interface EventCatalogueEntry {
  /** `<context>.<aggregate>.<event>`, the last three subject tokens. */
  readonly type: string;
  readonly version: number;
  /** `aggregate.type` of the envelope. */
  readonly aggregate: string;
  /** Chinese title, e.g. 单位已登记. */
  readonly title: string;
  /** One English line: when it is published and what it says. */
  readonly summary: string;
  /** JSON Schema of the envelope's `data`. */
  readonly data: JsonSchema;
  /** Fields of `data` that identify something (ids, codes) rather than describe it. */
  readonly identifiers: readonly string[];
}

/** An entry that keeps its type literal and the TypeScript type of its `data`. */
export interface TypedCatalogueEntry<Type extends string, T> extends EventCatalogueEntry {
  readonly type: Type;
  readonly data: Schema<T>;
  readonly identifiers: ReadonlyArray<keyof T & string>;
}

export function defineEvent<const Type extends string, T>(
  entry: TypedCatalogueEntry<Type, T>,
): TypedCatalogueEntry<Type, T> {
  return entry;
}

/** The TypeScript type of an entry's `data`: what its writer must produce. */
export type EventData<E> = E extends TypedCatalogueEntry<string, infer T> ? T : never;

/**
 * The envelope of an event of one of the entries `E` (a union): `type` is the entry's literal and `data` its type, so
 * a consumer can switch on `type` and read `data` typed from the producer's catalogue.
 */
export type CatalogueEvent<E> =
  E extends TypedCatalogueEntry<infer Type, infer T> ? EventEnvelope<T> & { type: Type } : never;

const UUID = { type: 'string', format: 'uuid' };
const TYPE_DESCRIPTION = 'Event type: context.aggregate.event, the last three subject tokens';

/**
 * JSON Schema of the envelope every event travels in. With an entry, `type`, `version` and `aggregate.type` are
 * fixed and `data` is the entry's schema; without one, any catalogue-shaped envelope passes.
 */
export function envelopeSchema(entry?: EventCatalogueEntry): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'version', 'occurredAt', 'divisionCode', 'actor', 'aggregate', 'data'],
    properties: {
      id: { ...UUID, description: 'Event id (UUIDv7); also the JetStream Nats-Msg-Id. 事件 id，按此去重' },
      type: entry
        ? { type: 'string', const: entry.type, description: TYPE_DESCRIPTION }
        : { type: 'string', pattern: EVENT_TYPE_PATTERN, description: TYPE_DESCRIPTION },
      version: entry
        ? { type: 'integer', const: entry.version, description: 'Version of the shape of data' }
        : { type: 'integer', minimum: 1, description: 'Version of the shape of data' },
      occurredAt: { type: 'string', format: 'date-time', description: 'When the change committed (UTC)' },
      divisionCode: {
        type: 'string',
        pattern: DIVISION_CODE_PATTERN,
        description:
          'GB/T 2260 行政区划代码 of the event; 000000 = national. Also spelled out in the subject.',
      },
      actor: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          userId: UUID,
          organisationId: UUID,
          roles: { type: 'array', items: { type: 'string', pattern: ROLE_PATTERN } },
        },
        description: 'Who caused the change: ids and roles only, never names. null for system changes.',
      },
      aggregate: {
        type: 'object',
        description: 'The entity the event is about: its type and id.',
        additionalProperties: false,
        required: ['type', 'id'],
        properties: {
          type: entry ? { type: 'string', const: entry.aggregate } : { type: 'string' },
          id: UUID,
        },
      },
      data: entry
        ? { description: `Payload of ${entry.type} version ${entry.version}`, ...entry.data }
        : { type: 'object', description: 'Payload: its shape is given by type and version' },
    },
  };
}

function checkEntries(entries: readonly EventCatalogueEntry[]): void {
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isEventType(e.type)) throw new Error(`catalogue: '${e.type}' is not <context>.<aggregate>.<event>`);
    if (!Number.isInteger(e.version) || e.version < 1)
      throw new Error(`catalogue: ${e.type} has version ${e.version}`);
    const key = `${e.type}@${e.version}`;
    if (seen.has(key)) throw new Error(`catalogue: ${e.type} version ${e.version} is declared twice`);
    seen.add(key);
    const properties = Object.keys((e.data['properties'] as Record<string, unknown> | undefined) ?? {});
    for (const id of e.identifiers)
      if (!properties.includes(id)) throw new Error(`catalogue: ${e.type} names unknown identifier '${id}'`);
  }
}

function newAjv(): Ajv {
  // strict: unknown keywords or misspelt formats in a schema throw at compile time instead of passing silently.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  // ajv-formats is CommonJS: its default export is the plugin, also reachable as `.default`.
  ajvFormats.default(ajv);
  return ajv;
}

export interface EventValidationResult {
  valid: boolean;
  /** Readable problems, e.g. `data.uscc: must match pattern "…"`; empty when valid. */
  errors: string[];
}

export type EventValidator = (event: unknown) => EventValidationResult;

export interface EventValidatorOptions {
  /**
   * `refuse` (the producer's side, and the default): a field the catalogue does not declare is an error. `tolerate`
   * (a consumer's side): adding a field is not a breaking change (CONVENTIONS.md, Events), so an event that carries a
   * field a later producer added still fits the version the consumer knows.
   */
  unknownFields?: 'refuse' | 'tolerate';
}

/** The schema without `additionalProperties: false` anywhere in it. */
function tolerant(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema)) return schema.map((s) => tolerant(s as JsonSchema)) as unknown as JsonSchema;
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([k, v]) => !(k === 'additionalProperties' && v === false))
      .map(([k, v]) => [k, typeof v === 'object' && v !== null ? tolerant(v as JsonSchema) : v]),
  );
}

/** Validates whole envelopes against the catalogue: the type and version must be in it and the envelope must fit. */
export function createEventValidator(
  entries: readonly EventCatalogueEntry[],
  options: EventValidatorOptions = {},
): EventValidator {
  checkEntries(entries);
  const ajv = newAjv();
  const shape = options.unknownFields === 'tolerate' ? tolerant : (s: JsonSchema) => s;
  const anyEnvelope = ajv.compile(shape(envelopeSchema()));
  const byKey = new Map<string, ValidateFunction>();
  const versions = new Map<string, number[]>();
  for (const e of entries) {
    byKey.set(`${e.type}@${e.version}`, ajv.compile(shape(envelopeSchema(e))));
    versions.set(e.type, [...(versions.get(e.type) ?? []), e.version]);
  }
  return (event) => {
    const v = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>;
    const type = typeof v['type'] === 'string' ? v['type'] : undefined;
    const known = type ? versions.get(type) : undefined;
    if (!type || !known) {
      const shape = anyEnvelope(event) ? [] : readable(anyEnvelope.errors);
      return { valid: false, errors: [`event type '${String(type)}' is not in the catalogue`, ...shape] };
    }
    const validate = byKey.get(`${type}@${String(v['version'])}`);
    if (!validate) {
      return {
        valid: false,
        errors: [
          `${type} version ${JSON.stringify(v['version'])} is not in the catalogue (known: ${known.join(', ')})`,
        ],
      };
    }
    if (validate(event)) return { valid: true, errors: [] };
    return {
      valid: false,
      errors: readable(validate.errors).map((e) => `${type} v${String(v['version'])}: ${e}`),
    };
  };
}

function readable(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const at = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : 'envelope';
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        return `${at}: missing required field '${String(p['missingProperty'])}'`;
      case 'additionalProperties':
        return `${at}: field '${String(p['additionalProperty'])}' is not in the catalogue`;
      case 'const':
        return `${at}: must be ${JSON.stringify(p['allowedValue'])}`;
      case 'enum':
        return `${at}: must be one of ${(p['allowedValues'] as unknown[]).map((x) => JSON.stringify(x)).join(', ')}`;
      default:
        return `${at}: ${e.message ?? e.keyword}`;
    }
  });
}

export interface AsyncApiOptions {
  title?: string;
  /** Version of the document (not of any event). */
  version?: string;
  /** Subject prefix, `anze` unless EVENTS_SUBJECT_PREFIX says otherwise. */
  prefix?: string;
  description?: string;
  /** AsyncAPI server objects by name, e.g. `{ production: { host: 'nats:4222', protocol: 'nats' } }`. */
  servers?: Record<string, JsonSchema>;
}

/** The subject of an event type with the division tokens as AsyncAPI parameters. */
export function channelAddress(type: string, prefix = DEFAULT_SUBJECT_PREFIX): string {
  return `${prefix}.{province}.{city}.{county}.${type}`;
}

const messageId = (e: EventCatalogueEntry) => `${e.type}.v${e.version}`;

/**
 * An AsyncAPI 3.0 document of the catalogue, from a subscriber's point of view: one channel per event type (its
 * subject, division tokens as parameters), one `receive` operation per channel, one message per version whose
 * payload is the envelope with `data` = the entry's schema.
 */
export function toAsyncApi(entries: readonly EventCatalogueEntry[], options: AsyncApiOptions = {}) {
  checkEntries(entries);
  const prefix = options.prefix ?? DEFAULT_SUBJECT_PREFIX;
  const types = [...new Set(entries.map((e) => e.type))];
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const type of types) {
    const versions = entries.filter((e) => e.type === type).sort((a, b) => a.version - b.version);
    const latest = versions[versions.length - 1]!;
    const channelMessages: Record<string, unknown> = {};
    for (const e of versions) {
      messages[messageId(e)] = {
        name: e.type,
        title: e.title,
        summary: e.summary,
        contentType: 'application/json',
        headers: {
          type: 'object',
          properties: {
            'Nats-Msg-Id': {
              ...UUID,
              description: 'The event id: JetStream deduplicates re-publishes by it',
            },
          },
        },
        payload: envelopeSchema(e),
        tags: [{ name: e.type.split('.')[0]! }],
        'x-event-version': e.version,
        'x-identifiers': [...e.identifiers],
      };
      channelMessages[`v${e.version}`] = { $ref: `#/components/messages/${messageId(e)}` };
    }
    channels[type] = {
      address: channelAddress(type, prefix),
      title: latest.title,
      summary: latest.summary,
      description:
        `Subject \`${prefix}.<province>.<city>.<county>.${type}\`. ` +
        `One province's events of this type only: \`${filterSubject({ type, jurisdiction: '230000', prefix })}\` ` +
        `(黑龙江省 230000).`,
      parameters: {
        province: { $ref: '#/components/parameters/province' },
        city: { $ref: '#/components/parameters/city' },
        county: { $ref: '#/components/parameters/county' },
      },
      messages: channelMessages,
    };
    operations[`receive.${type}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${type}` },
      title: latest.title,
      summary: latest.summary,
      messages: versions.map((e) => ({ $ref: `#/channels/${type}/messages/v${e.version}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: options.title ?? 'Anze platform events',
      version: options.version ?? '1.0.0',
      description: options.description ?? defaultDescription(prefix),
    },
    ...(options.servers ? { servers: options.servers } : {}),
    defaultContentType: 'application/json',
    channels,
    operations,
    components: {
      messages,
      parameters: {
        province: {
          description: 'First 2 digits of the division code (省级). National events: 00.',
          examples: ['23'],
        },
        city: {
          description: 'First 4 digits of the division code (地级). National events: 0000.',
          examples: ['2301'],
        },
        county: {
          description: 'The whole 6-digit division code (县级). National: 000000.',
          examples: ['230103'],
        },
      },
    },
  };
}

function defaultDescription(prefix: string): string {
  return [
    'Events the Anze platform publishes on NATS JetStream (stream ANZE_EVENTS) for other services and for provincial',
    `systems. Subjects are \`${prefix}.<province 2>.<city 4>.<county 6>.<context>.<aggregate>.<event>\`, so one`,
    'subscribe permission grants a jurisdiction exactly its own events:',
    `\`${permissionFor('230000', prefix)}\` for 黑龙江省 (230000), \`${permissionFor('230100', prefix)}\` for 哈尔滨市`,
    `(230100), \`${permissionFor('230103', prefix)}\` for 南岗区 (230103).`,
    'Every message is a JSON envelope (id, type, version, occurredAt, divisionCode, actor, aggregate, data); `version`',
    'is bumped on any breaking change of `data`, and old versions stay readable. Payloads carry ids, codes and public',
    'registration data only: no person names, phones, e-mail addresses or ID numbers.',
  ].join(' ');
}
