// 出险笔数 and 赔款金额 from claims' events, at county, city and province: every claim recorded counts (拒赔
// included), the 已决金额 of settled claims sums exactly; corrections, reopens, late and redelivered events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { CLAIM_SOURCE } from '../src/manifest.ts';
import {
  claimEvent,
  claimFigures,
  id,
  METRICS,
  startHarness,
  type ClaimData,
  type Harness,
  type Metrics,
} from './fixtures.ts';

let h: Harness;
before(async () => {
  h = await startHarness('claims');
});
after(async () => {
  await h?.close();
});

const LEVELS = (county: string) => [county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`];
const figures = (county: string) => Promise.all(LEVELS(county).map((c) => claimFigures(h, c)));
const claim = (divisionCode: string): ClaimData => ({
  claimId: id(),
  divisionCode,
  status: 'REPORTED',
  settledAmountFen: null,
});

/** Each level's figures minus the figures before: [出险笔数, 赔款金额 in 分]. */
function differences(
  before: Array<[number, string]>,
  after: Array<[number, string]>,
): Array<[number, bigint]> {
  const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
  return after.map(([n, y], i) => [n - before[i]![0], fen(y) - fen(before[i]![1])]);
}

// The tests share one database; each works in its own county and compares city and province with their values before.
test('reported, settled, corrected, reopened and settled again: the figures follow the claim', async () => {
  const county = '230103';
  const start = await figures(county);
  const c = claim(county);
  await h.deliver(claimEvent('reported', c));
  assert.deepEqual(
    differences(start, await figures(county)),
    Array(3).fill([1, 0n]),
    'recorded: 出险笔数 + 1',
  );
  await h.deliver(claimEvent('accepted', { ...c, status: 'ACCEPTED' }));
  assert.deepEqual(differences(start, await figures(county)), Array(3).fill([1, 0n]), 'accepted: no change');

  await h.deliver(claimEvent('settled', { ...c, status: 'SETTLED', settledAmountFen: '1234560' }));
  assert.deepEqual(differences(start, await figures(county)), Array(3).fill([1, 1234560n]));
  assert.deepEqual((await figures(county))[0], [1, '12345.60'], 'exact 元, two decimals');

  await h.deliver(claimEvent('corrected', { ...c, status: 'SETTLED', settledAmountFen: '1000000' }));
  assert.deepEqual(
    differences(start, await figures(county)),
    Array(3).fill([1, 1000000n]),
    'corrected amount',
  );

  // A reopened claim is under decision again, but what was paid stays paid until it is settled again.
  await h.deliver(claimEvent('reopened', { ...c, status: 'ACCEPTED', settledAmountFen: '1000000' }));
  assert.deepEqual(differences(start, await figures(county)), Array(3).fill([1, 1000000n]), 'reopened');
  await h.deliver(claimEvent('settled', { ...c, status: 'SETTLED', settledAmountFen: '1500000' }));
  assert.deepEqual(differences(start, await figures(county)), Array(3).fill([1, 1500000n]), 'settled again');

  // The city's breakdown shows the county's figures.
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const city = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code: '230100' } }))
    .regulatorMetrics;
  const nangang = city.children.find((d) => d.divisionCode === county)!;
  assert.deepEqual([nangang.claimCount, nangang.claimAmountYuan], (await figures(county))[0]);
  assert.ok(city.children.some((d) => d.divisionCode === '230108' && d.claimCount === 0));
  assert.equal(city.children.find((d) => d.divisionCode === '230108')!.claimAmountYuan, '0.00');
});

test('a declined claim counts in 出险笔数 and pays nothing', async () => {
  const county = '230104';
  const start = await figures(county);
  const c = claim(county);
  await h.deliver(
    claimEvent('reported', c),
    claimEvent('accepted', { ...c, status: 'ACCEPTED' }),
    claimEvent('declined', { ...c, status: 'DECLINED' }),
  );
  assert.deepEqual(differences(start, await figures(county)), Array(3).fill([1, 0n]));
});

test('events arriving out of order or twice end in the state of the newest', async () => {
  const county = '230108';
  const start = await figures(county);
  const c = claim(county);
  const reported = claimEvent('reported', c);
  const settled = claimEvent('settled', { ...c, status: 'SETTLED', settledAmountFen: '500000' });
  // The settlement first (an older event handed back and redelivered after it), then the report.
  await h.deliver(settled, reported);
  assert.deepEqual(differences(start, await figures(county)), Array(3).fill([1, 500000n]));
  // Copies under other msgIDs (JetStream cannot dedupe them): the inbox and the version change nothing.
  await h.publish(reported, `${reported.id}-copy`);
  await h.publish(settled, `${settled.id}-copy`);
  await h.settle();
  assert.deepEqual(differences(start, await figures(county)), Array(3).fill([1, 500000n]));

  // Same occurredAt: the larger event id wins, whichever arrives last.
  const d = claim(county);
  const at = '2026-06-01T00:00:00.000Z';
  const low = claimEvent('settled', { ...d, status: 'SETTLED', settledAmountFen: '100' }, { occurredAt: at });
  const high = claimEvent(
    'corrected',
    { ...d, status: 'SETTLED', settledAmountFen: '300' },
    { occurredAt: at, id: low.id.replace(/.$/, (x) => (x === 'f' ? 'e' : 'f')) },
  );
  const [older, newer] = low.id < high.id ? [low, high] : [high, low];
  await h.deliver(newer, older);
  assert.deepEqual(differences(start, await figures(county)), [
    [2, 500000n + BigInt(newer.data.settledAmountFen!)],
    [2, 500000n + BigInt(newer.data.settledAmountFen!)],
    [2, 500000n + BigInt(newer.data.settledAmountFen!)],
  ]);
});

test('赔款金额 is exact beyond 2^53 分', async () => {
  const county = '230109';
  const a = claim(county);
  const b = claim(county);
  await h.deliver(
    claimEvent('settled', { ...a, status: 'SETTLED', settledAmountFen: '900719925474099312' }),
    claimEvent('settled', { ...b, status: 'SETTLED', settledAmountFen: '1' }),
  );
  assert.deepEqual((await figures(county))[0], [2, '9007199254740993.13']);
});

test('a county regulator sees its county’s claim figures only', async () => {
  const county = '230110';
  await h.deliver(claimEvent('settled', { ...claim(county), status: 'SETTLED', settledAmountFen: '8800' }));
  const token = await h.token({ roles: ['REGULATOR'], jurisdiction: county });
  const own = await h.call<{ regulatorMetrics: Metrics }>(METRICS, { token });
  assert.deepEqual(
    [own.data?.regulatorMetrics.claimCount, own.data?.regulatorMetrics.claimAmountYuan],
    [1, '88.00'],
  );
  for (const code of ['230100', '230103', '230000']) {
    const r = await h.call<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code } });
    assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN', code);
    assert.equal(r.data, null);
  }
});

test('freshness counts the claim events waiting for analytics', async () => {
  const blocker = new pg.Client({ connectionString: h.config.databaseUrl });
  await blocker.connect();
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const source = async () =>
    (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token })).regulatorMetrics.freshness.sources.find(
      (s) => s.source === CLAIM_SOURCE.durable,
    );
  try {
    await blocker.query('select pg_advisory_lock(40060001)');
    await h.publish(claimEvent('reported', claim('230111')));
    let waiting = await source();
    const deadline = Date.now() + 10_000;
    while (waiting?.pending !== 1 && Date.now() < deadline) waiting = await source();
    assert.equal(waiting?.pending, 1);
  } finally {
    await blocker.query('select pg_advisory_unlock(40060001)').catch(() => {});
    await blocker.end();
  }
  await h.settle();
  assert.equal((await source())?.pending, 0);
});
