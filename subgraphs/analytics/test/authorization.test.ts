// Who may read the statistics: regulators inside their jurisdiction (by code prefix), administrators anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { METRICS, startHarness, type Harness, type Metrics } from './fixtures.ts';

let h: Harness;
before(async () => {
  h = await startHarness('authorization');
});
after(async () => {
  await h?.close();
});

const metrics = (token: string, code?: string) =>
  h.call<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: code ? { code } : {} });

test('a city regulator sees its city and its counties, not a sibling city nor its province', async () => {
  const token = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' });
  assert.equal((await metrics(token)).data?.regulatorMetrics.divisionCode, '230100');
  assert.equal((await metrics(token, '230103')).data?.regulatorMetrics.divisionCode, '230103');
  for (const code of ['230200', '230000', '000000', '110101']) {
    const r = await metrics(token, code);
    assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN', code);
    assert.equal(r.errors?.[0]?.message, '不在您的管辖范围内');
  }
});

test('a province regulator sees the province with its cities', async () => {
  const token = await h.token({ roles: ['REGULATOR'], jurisdiction: '230000' });
  const m = (await metrics(token)).data!.regulatorMetrics;
  assert.equal(m.divisionName, '黑龙江省');
  assert.ok(m.children.some((c) => c.divisionCode === '230100' && c.divisionName === '哈尔滨市'));
  assert.ok(m.children.every((c) => c.level === 'CITY'));
});

test('a regulator without a jurisdiction sees nothing', async () => {
  const r = await metrics(await h.token({ roles: ['REGULATOR'], jurisdiction: null }));
  assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test('enterprises, insurers, auditors and anonymous callers are refused', async () => {
  for (const role of ['ENTERPRISE', 'INSURER', 'AUDITOR', 'EXPERT'] as const) {
    const r = await metrics(await h.token({ roles: [role], jurisdiction: '230103' }), '230103');
    assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN', role);
    assert.equal(r.data, null);
  }
  const anonymous = await h.call(METRICS, { variables: { code: '230103' } });
  assert.ok(['UNAUTHENTICATED', 'FORBIDDEN'].includes(anonymous.errors?.[0]?.extensions?.code ?? ''));
  const freshness = await h.call('{ analyticsFreshness { pending } }', {
    token: await h.token({ roles: ['ENTERPRISE'], jurisdiction: '230103' }),
  });
  assert.equal(freshness.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test('an administrator sees every division, the whole country by default', async () => {
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const national = (await metrics(token)).data!.regulatorMetrics;
  assert.equal(national.divisionCode, '000000');
  assert.equal(national.level, 'NATIONAL');
  assert.ok(national.children.some((c) => c.divisionCode === '230000'));
  for (const code of ['230200', '230000', '110101']) {
    assert.equal((await metrics(token, code)).data?.regulatorMetrics.divisionCode, code);
  }
});

test('an unknown or malformed division is an input error on divisionCode', async () => {
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  for (const code of ['999999', '2301', 'abcdef']) {
    const r = await metrics(token, code);
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', code);
    assert.equal(r.errors?.[0]?.extensions?.field, 'divisionCode');
  }
});

test('calls that do not come through the gateway are refused', async () => {
  const r = await h.call(METRICS, {
    token: await h.token({ roles: ['PLATFORM_ADMIN'] }),
    gatewaySecret: false,
  });
  assert.equal(r.status, 403);
});
