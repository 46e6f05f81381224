import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEvent, isEventEnvelope } from '../src/envelope.ts';
import { filterSubject, permissionFor, subjectFor } from '../src/subjects.ts';
import { uuidv7 } from '../src/uuid.ts';

const aggregate = { type: 'organisation', id: '0190f2a0-0000-7000-8000-000000000001' };

test('subject carries province, city and county of the event', () => {
  const e = createEvent({
    type: 'identity.organisation.registered',
    divisionCode: '230103',
    aggregate,
    data: {},
  });
  assert.equal(subjectFor(e), 'anze.23.2301.230103.identity.organisation.registered');
});

test('national and missing division codes map to 00.0000.000000', () => {
  const e = createEvent({ type: 'identity.organisation.registered', aggregate, data: {} });
  assert.equal(e.divisionCode, '000000');
  assert.equal(subjectFor(e), 'anze.00.0000.000000.identity.organisation.registered');
});

test('permission patterns grant exactly one jurisdiction', () => {
  assert.equal(permissionFor('230000'), 'anze.23.>');
  assert.equal(permissionFor('230100'), 'anze.*.2301.>');
  assert.equal(permissionFor('230103'), 'anze.*.*.230103.>');
  assert.equal(permissionFor('000000'), 'anze.>');
  assert.throws(() => permissionFor('23'));
});

// CONTEXT: the grant is what keeps one province from reading another's events; check it against the real
// subjects with NATS matching rules rather than by eye.
test('a province or city grant matches its own subjects and no others', () => {
  const matches = (pattern: string, subject: string) => {
    const p = pattern.split('.');
    const s = subject.split('.');
    for (let i = 0; i < p.length; i++) {
      if (p[i] === '>') return s.length > i;
      if (p[i] !== '*' && p[i] !== s[i]) return false;
    }
    return p.length === s.length;
  };
  const at = (divisionCode: string) =>
    subjectFor(createEvent({ type: 'policy.policy.issued', divisionCode, aggregate, data: {} }));
  assert.ok(matches(permissionFor('230000'), at('230103')));
  assert.ok(matches(permissionFor('230000'), at('230000')));
  assert.ok(!matches(permissionFor('230000'), at('210102')));
  assert.ok(matches(permissionFor('230100'), at('230103')));
  assert.ok(!matches(permissionFor('230100'), at('230203')));
  assert.ok(!matches(permissionFor('230100'), at('000000')));
  assert.ok(matches(permissionFor('230103'), at('230103')));
  assert.ok(!matches(permissionFor('230103'), at('230104')));
});

test('filter subjects combine jurisdiction and type wildcards', () => {
  assert.equal(filterSubject(), 'anze.>');
  assert.equal(filterSubject({ type: 'identity.>' }), 'anze.*.*.*.identity.>');
  assert.equal(filterSubject({ type: 'identity.>', jurisdiction: '230000' }), 'anze.23.*.*.identity.>');
  assert.equal(
    filterSubject({ type: 'policy.*.issued', jurisdiction: '230100', prefix: 'x' }),
    'x.*.2301.*.policy.*.issued',
  );
  assert.equal(filterSubject({ jurisdiction: '230100' }), 'anze.*.2301.>');
  assert.throws(() => filterSubject({ type: 'identity.org*' }));
});

test('createEvent validates and fills the envelope', () => {
  const e = createEvent({
    type: 'identity.organisation.registered',
    divisionCode: '230103',
    actor: { userId: 'u1', roles: ['enterprise'] },
    aggregate,
    data: { name: '某建筑公司' },
  });
  assert.equal(e.version, 1);
  assert.match(e.id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(!Number.isNaN(Date.parse(e.occurredAt)));
  assert.ok(isEventEnvelope(JSON.parse(JSON.stringify(e))));
  assert.throws(() => createEvent({ type: 'Identity.Org', aggregate, data: {} }));
  assert.throws(() => createEvent({ type: 'a.b.c', divisionCode: '2301', aggregate, data: {} }));
  assert.throws(() => createEvent({ type: 'a.b.c', version: 0, aggregate, data: {} }));
});

test('uuidv7 ids sort in creation order, also within one millisecond', () => {
  const ids = Array.from({ length: 5000 }, () => uuidv7());
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
  const id = uuidv7();
  const ms = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
  assert.ok(Math.abs(ms - Date.now()) < 1000, 'leading 48 bits are the Unix time in ms');
});
