import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import {
  channelAddress,
  createEventValidator,
  defineEvent,
  envelopeSchema,
  field,
  toAsyncApi,
  type EventData,
} from '../src/catalogue.ts';
import { createEvent } from '../src/envelope.ts';
import { divisionTokens, subjectFor } from '../src/subjects.ts';

// A small catalogue in the shape the subgraphs declare theirs.
const REGISTERED = defineEvent({
  type: 'identity.organisation.registered',
  version: 1,
  aggregate: 'organisation',
  title: '单位已登记',
  summary: 'An organisation was registered.',
  data: field.object({
    organisationId: field.uuid(),
    uscc: field.uscc(),
    divisionCode: field.divisionCode(),
    status: field.enumOf(['PENDING', 'APPROVED']),
    reason: field.nullable(field.string()),
  }),
  identifiers: ['organisationId', 'uscc', 'divisionCode'],
});
const REGISTERED_V2 = defineEvent({
  ...REGISTERED,
  version: 2,
  data: field.object({ organisationId: field.uuid(), tags: field.arrayOf(field.string()) }),
  identifiers: ['organisationId'],
});
const STATUS_CHANGED = defineEvent({
  type: 'projects.project.status_changed',
  version: 1,
  aggregate: 'project',
  title: '项目状态已变更',
  summary: 'A project changed status.',
  data: field.object({
    projectId: field.uuid(),
    plannedStart: field.date(),
    size: field.integer('', { minimum: 0 }),
  }),
  identifiers: ['projectId'],
});
const CATALOGUE = [REGISTERED, REGISTERED_V2, STATUS_CHANGED];

const ORG = '0190f2a0-0000-7000-8000-000000000001';
const data: EventData<typeof REGISTERED> = {
  organisationId: ORG,
  uscc: '91230103MA1B2C3D4X',
  divisionCode: '230103',
  status: 'PENDING',
  reason: null,
};
const registered = (over: Record<string, unknown> = {}) => ({
  ...createEvent({
    type: REGISTERED.type,
    divisionCode: '230103',
    actor: { userId: ORG, organisationId: ORG, roles: ['ENTERPRISE'] },
    aggregate: { type: 'organisation', id: ORG },
    data,
  }),
  ...over,
});

/** Follows a local `$ref` (`#/a/b`) inside the document. */
function resolve(doc: unknown, ref: string): unknown {
  assert.match(ref, /^#\//);
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

test('the AsyncAPI 3.0 document has a channel, a receive operation and a message for every entry', () => {
  const doc = toAsyncApi(CATALOGUE);
  assert.equal(doc.asyncapi, '3.0.0');
  assert.ok(doc.info.title && doc.info.version);
  // CONTEXT: a province is told how to subscribe to exactly its own events; the text must quote the real grant.
  assert.match(doc.info.description, /`anze\.23\.>`/);
  const types = [...new Set(CATALOGUE.map((e) => e.type))];
  assert.deepEqual(Object.keys(doc.channels).sort(), [...types].sort());
  assert.equal(Object.keys(doc.operations).length, types.length);
  for (const entry of CATALOGUE) {
    const channel = doc.channels[entry.type] as {
      address: string;
      messages: Record<string, { $ref: string }>;
    };
    assert.equal(channel.address, `anze.{province}.{city}.{county}.${entry.type}`);
    const message = resolve(doc, channel.messages[`v${entry.version}`]!.$ref) as Record<string, unknown>;
    assert.ok(message, `${entry.type} v${entry.version} has a message`);
    assert.equal(message['name'], entry.type);
    assert.equal(message['title'], entry.title);
    assert.equal(message['contentType'], 'application/json');
    const payload = message['payload'] as { properties: Record<string, Record<string, unknown>> };
    assert.equal(payload.properties['type']?.['const'], entry.type);
    assert.equal(payload.properties['version']?.['const'], entry.version);
    assert.deepEqual(payload.properties['data']?.['properties'], entry.data['properties']);
    assert.deepEqual(message['x-identifiers'], entry.identifiers);
  }
  for (const op of Object.values(doc.operations) as Array<{
    action: string;
    channel: { $ref: string };
    messages: Array<{ $ref: string }>;
  }>) {
    assert.equal(op.action, 'receive', 'subscribers receive');
    const channel = resolve(doc, op.channel.$ref);
    assert.ok(channel, op.channel.$ref);
    for (const m of op.messages) {
      // Operation messages must point into the operation's own channel.
      assert.ok(m.$ref.startsWith(`${op.channel.$ref}/messages/`), m.$ref);
      assert.ok(resolve(doc, m.$ref), m.$ref);
    }
  }
  // Two versions of one type share its channel and operation.
  const v = doc.operations['receive.identity.organisation.registered'] as { messages: unknown[] };
  assert.equal(v.messages.length, 2);
  for (const p of ['province', 'city', 'county']) assert.ok(resolve(doc, `#/components/parameters/${p}`), p);
});

test('channel addresses are the subjects subjects.ts computes, with the division tokens filled in', () => {
  for (const prefix of ['anze', 'tplatform1a2b']) {
    const doc = toAsyncApi(CATALOGUE, { prefix });
    for (const divisionCode of ['230103', '110000', '000000']) {
      const event = createEvent({
        type: STATUS_CHANGED.type,
        divisionCode,
        aggregate: { type: 'project', id: ORG },
        data: {},
      });
      const [province, city, county] = divisionTokens(divisionCode);
      const address = (doc.channels[STATUS_CHANGED.type] as { address: string }).address
        .replace('{province}', province)
        .replace('{city}', city)
        .replace('{county}', county);
      assert.equal(address, subjectFor(event, prefix));
      assert.equal(
        channelAddress(STATUS_CHANGED.type, prefix),
        `${prefix}.{province}.{city}.{county}.${event.type}`,
      );
    }
  }
});

test("a message's payload schema, used on its own as a subscriber would, accepts the event", () => {
  const doc = toAsyncApi(CATALOGUE);
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajvFormats.default(ajv);
  const message = doc.components.messages['identity.organisation.registered.v1'] as { payload: object };
  const validate = ajv.compile(message.payload);
  assert.ok(validate(JSON.parse(JSON.stringify(registered()))), JSON.stringify(validate.errors));
  assert.equal(validate(registered({ version: 2 })), false);
});

test('the validator accepts a valid envelope, also after a JSON round trip', () => {
  const validate = createEventValidator(CATALOGUE);
  assert.deepEqual(validate(registered()), { valid: true, errors: [] });
  assert.deepEqual(validate(JSON.parse(JSON.stringify(registered()))).errors, []);
  assert.deepEqual(validate(registered({ actor: null })).errors, []);
  const v2 = createEvent({
    type: REGISTERED.type,
    version: 2,
    aggregate: { type: 'organisation', id: ORG },
    data: { organisationId: ORG, tags: ['a'] },
  });
  assert.deepEqual(validate(v2).errors, []);
});

test('the validator rejects a missing field, in the envelope or in data', () => {
  const validate = createEventValidator(CATALOGUE);
  const { occurredAt: _, ...noTime } = registered();
  const r1 = validate(noTime);
  assert.equal(r1.valid, false);
  assert.match(r1.errors.join('\n'), /missing required field 'occurredAt'/);
  const { uscc: __, ...noUscc } = data;
  const r2 = validate(registered({ data: noUscc }));
  assert.match(
    r2.errors.join('\n'),
    /^identity\.organisation\.registered v1: data: missing required field 'uscc'$/m,
  );
});

test('the validator rejects a field in data that the catalogue does not declare (e.g. a phone)', () => {
  const r = createEventValidator(CATALOGUE)(registered({ data: { ...data, contactMobile: '13936313636' } }));
  assert.equal(r.valid, false);
  assert.deepEqual(r.errors, [
    "identity.organisation.registered v1: data: field 'contactMobile' is not in the catalogue",
  ]);
  const actor = createEventValidator(CATALOGUE)(registered({ actor: { userId: ORG, name: '张三' } }));
  assert.match(actor.errors.join('\n'), /actor: field 'name' is not in the catalogue/);
});

test('the validator rejects wrong division codes, USCCs, enums, dates and ids', () => {
  const validate = createEventValidator(CATALOGUE);
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ divisionCode: '2301' }, /^identity\.organisation\.registered v1: divisionCode: must match pattern/],
    [{ data: { ...data, divisionCode: '23010X' } }, /data\.divisionCode: must match pattern/],
    [{ data: { ...data, uscc: '91230103MA1B2C3D4O' } }, /data\.uscc: must match pattern/],
    [{ data: { ...data, status: 'UNKNOWN' } }, /data\.status: must be one of "PENDING", "APPROVED"/],
    [{ data: { ...data, reason: 42 } }, /data\.reason: must be string,null/],
    [{ data: { ...data, organisationId: 'org-1' } }, /data\.organisationId: must match format "uuid"/],
    [{ aggregate: { type: 'project', id: ORG } }, /aggregate\.type: must be "organisation"/],
    [{ occurredAt: 'yesterday' }, /occurredAt: must match format "date-time"/],
  ];
  for (const [over, expected] of cases) {
    const r = validate(registered(over));
    assert.equal(r.valid, false, JSON.stringify(over));
    assert.match(r.errors.join('\n'), expected);
  }
  const project = (plannedStart: string, size: number) =>
    createEvent({
      type: STATUS_CHANGED.type,
      aggregate: { type: 'project', id: ORG },
      data: { projectId: ORG, plannedStart, size },
    });
  assert.deepEqual(validate(project('2026-03-01', 0)).errors, []);
  assert.match(
    validate(project('2026-03-01T00:00:00Z', 0)).errors.join(),
    /plannedStart: must match format "date"/,
  );
  assert.match(validate(project('2026-03-01', -1)).errors.join(), /size: must be >= 0/);
});

test('the validator rejects an unknown version or type', () => {
  const validate = createEventValidator(CATALOGUE);
  assert.deepEqual(validate(registered({ version: 3 })).errors, [
    'identity.organisation.registered version 3 is not in the catalogue (known: 1, 2)',
  ]);
  // A v1 payload sent as v2 fails v2's schema.
  assert.equal(validate(registered({ version: 2 })).valid, false);
  const unknown = validate(registered({ type: 'identity.organisation.merged' }));
  assert.equal(unknown.valid, false);
  assert.match(unknown.errors[0]!, /'identity\.organisation\.merged' is not in the catalogue/);
  assert.equal(validate('not an event').valid, false);
});

test('a catalogue with a duplicate entry, a bad type or an unknown identifier is refused', () => {
  assert.throws(() => createEventValidator([REGISTERED, { ...REGISTERED }]), /declared twice/);
  assert.throws(() => toAsyncApi([{ ...REGISTERED, type: 'Identity.Org' }]), /context/);
  assert.throws(() => toAsyncApi([{ ...REGISTERED, identifiers: ['phone'] }]), /unknown identifier 'phone'/);
  assert.throws(
    () => createEventValidator([{ ...REGISTERED, data: { ...REGISTERED.data, colour: 'red' } }]),
    /colour/,
  );
});

test('without an entry the envelope schema accepts any catalogue-shaped event', () => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  ajvFormats.default(ajv);
  const validate = ajv.compile(envelopeSchema());
  assert.equal(validate(registered({ type: 'claims.claim.filed', data: { anything: 1 } })), true);
  assert.equal(validate(registered({ type: 'claims' })), false);
});
