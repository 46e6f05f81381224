// The pure fold shared by the live consumers and the rebuild: its result must not depend on the order in which
// JetStream delivers the events of one aggregate (redeliveries after a stop, a nak or the ack wait come late).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  nextOrganisationState,
  nextProjectState,
  UnusableEvent,
  type OrganisationEvent,
  type OrganisationState,
  type ProjectFactEvent,
  type ProjectState,
} from '../src/domain/facts.ts';
import { organisationEvent, policyEvent, projectEvent, statusChanged, type ProjectData } from './fixtures.ts';

const PROJECT = '0190a000-0000-7000-8000-000000000001';
const ORG = '0190a000-0000-7000-8000-000000000002';
const USCC = '91230100000001ABCD';
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

/** The project as registered; each event below says what it changes. */
const P: ProjectData = {
  projectId: PROJECT,
  divisionCode: '230102',
  constructorUscc: USCC,
  status: 'UNDER_CONSTRUCTION',
};

function foldProject(events: ProjectFactEvent[]): ProjectState | null {
  let s: ProjectState | null = null;
  for (const e of events) s = nextProjectState(s, e) ?? s;
  return s;
}

function foldOrganisation(events: OrganisationEvent[]): OrganisationState | null {
  let s: OrganisationState | null = null;
  for (const e of events) s = nextOrganisationState(s, e) ?? s;
  return s;
}

function permutations<T>(list: T[]): T[][] {
  if (list.length <= 1) return [list];
  return list.flatMap((x, i) =>
    permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [x, ...rest]),
  );
}

const registered = projectEvent('registered', P, [], { occurredAt: at(1) });

test('a status change applied before the registration it follows keeps the registration’s enterprise', () => {
  const suspended = statusChanged({ ...P, status: 'SUSPENDED' }, P.status, { occurredAt: at(2) });
  const inOrder = foldProject([registered, suspended]);
  assert.equal(inOrder?.uscc, USCC);
  assert.equal(inOrder?.status, 'SUSPENDED');
  assert.deepEqual(foldProject([suspended, registered]), inOrder);
});

test('an older event redelivered after a newer one changes nothing', () => {
  const moved = projectEvent('updated', { ...P, divisionCode: '230104' }, ['divisionCode'], {
    occurredAt: at(2),
  });
  const current = foldProject([registered, moved])!;
  assert.equal(nextProjectState(current, registered), null);
  assert.equal(nextProjectState(current, moved), null, 'a copy of the last event');
  assert.equal(current.countyCode, '230104');
});

test('events with the same occurredAt end in the same state whatever the order', () => {
  // Ids are UUIDv7 made in this order: the tie goes to the later one both ways round.
  const completed = statusChanged({ ...P, status: 'COMPLETED' }, P.status, { occurredAt: at(1) });
  const suspended = statusChanged({ ...P, status: 'SUSPENDED' }, P.status, { occurredAt: at(1) });
  // Every status change carries the county, so whichever event comes first places the project.
  const states = permutations([registered, completed, suspended]).map(foldProject);
  assert.ok(states.length >= 2);
  for (const s of states) assert.deepEqual(s, states[0]);
  assert.equal(states[0]!.status, 'SUSPENDED');
});

test('every order of a project’s events gives the same project', () => {
  const suspended: ProjectData = { ...P, status: 'SUSPENDED' };
  const moved: ProjectData = { ...suspended, divisionCode: '230104', constructorUscc: '91230100000004ABCD' };
  const resumed: ProjectData = { ...moved, status: 'UNDER_CONSTRUCTION' };
  const events = [
    registered,
    statusChanged(suspended, P.status, { occurredAt: at(2) }),
    projectEvent('updated', moved, ['divisionCode', 'constructorUscc'], { occurredAt: at(3) }),
    statusChanged(resumed, moved.status, { occurredAt: at(4) }),
    projectEvent('updated', { ...resumed, constructorUscc: '91230100000002ABCD' }, ['constructorUscc'], {
      occurredAt: at(5),
    }),
  ];
  const expected = foldProject(events);
  for (const order of permutations(events)) assert.deepEqual(foldProject(order), expected);
});

test('policies: the project is insured once, whatever the order; its own events say where it is', () => {
  const moved: ProjectData = { ...P, divisionCode: '230104' };
  const first = policyEvent('issued', P, { occurredAt: at(3) });
  const events = [
    registered,
    projectEvent('updated', moved, ['divisionCode'], { occurredAt: at(2) }),
    first,
    policyEvent('extended', P, { occurredAt: at(4), policyId: first.data.policyId }),
    // A renewal naming the county underwriting knew then: the project's events still decide.
    policyEvent('issued', { ...P, divisionCode: '230108' }, { occurredAt: at(5) }),
  ];
  const expected = foldProject(events)!;
  assert.equal(expected.insured, true);
  assert.equal(expected.countyCode, '230104');
  assert.equal(expected.uscc, USCC);
  for (const order of permutations(events)) assert.deepEqual(foldProject(order), expected);
  // Before any project event a policy places the project in its county, not valid (no status yet).
  const placed = nextProjectState(null, first)!;
  assert.deepEqual([placed.countyCode, placed.valid, placed.insured], ['230102', false, true]);
});

test('every order of an organisation’s events gives the same organisation', () => {
  const base = { organisationId: ORG, organisationType: 'ENTERPRISE', uscc: USCC } as const;
  const events = [
    organisationEvent('registered', { ...base, registrationStatus: 'PENDING' }, { occurredAt: at(1) }),
    organisationEvent('rejected', { ...base, registrationStatus: 'REJECTED' }, { occurredAt: at(2) }),
    organisationEvent('resubmitted', { ...base, registrationStatus: 'PENDING' }, { occurredAt: at(3) }),
    organisationEvent('approved', { ...base, registrationStatus: 'APPROVED' }, { occurredAt: at(4) }),
    // An approved enterprise corrects its USCC: every event carries the state it leaves.
    organisationEvent(
      'updated',
      { ...base, uscc: '91230100000003ABCD', registrationStatus: 'APPROVED' },
      { occurredAt: at(5) },
    ),
  ];
  const expected = foldOrganisation(events);
  assert.equal(expected?.registered, true);
  assert.equal(expected?.uscc, '91230100000003ABCD');
  // Every event carries type, USCC and status, so whichever comes first (an `updated` too) places the organisation.
  for (const order of permutations(events)) assert.deepEqual(foldOrganisation(order), expected);
});

test('an event validation lets through but that cannot be ordered is unusable, not retried', () => {
  // CONTEXT: the envelope's date-time format admits a leap second; JavaScript has no such time, so no version.
  const leap = { ...registered, occurredAt: '2026-06-30T23:59:60Z' };
  assert.throws(() => nextProjectState(null, leap), UnusableEvent);
});
