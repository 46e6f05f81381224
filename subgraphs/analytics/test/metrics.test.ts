// 监管统计 from events: 项目总数, 注册比率, 投保笔数 and 投保比率 at county, city and province, kept up to date
// incrementally.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  id,
  insurance,
  METRICS,
  numbers,
  organisationEvent,
  policyEvent,
  projectEvent,
  startHarness,
  statusChanged,
  uscc,
  type Harness,
  type Metrics,
  type OrganisationData,
  type ProjectData,
} from './fixtures.ts';

let h: Harness;
before(async () => {
  h = await startHarness('metrics');
});
after(async () => {
  await h?.close();
});

const enterprise = (code: string, status: OrganisationData['registrationStatus']): OrganisationData => ({
  organisationId: id(),
  organisationType: 'ENTERPRISE',
  uscc: code,
  divisionCode: '230103',
  registrationStatus: status,
});

const project = (divisionCode: string, constructorUscc: string): ProjectData => ({
  projectId: id(),
  divisionCode,
  constructorUscc,
  status: 'UNDER_CONSTRUCTION',
});

// The tests share one database and build on each other's state; each asserts differences, in order.
const A = uscc(); // registered later
const B = uscc(); // never registered
const C = uscc(); // projects in two counties

test('a new project counts in 项目总数 and 注册比率 at county, city and province', async () => {
  const before = await Promise.all(['230103', '230100', '230000'].map((c) => numbers(h, c)));
  await h.deliver(projectEvent('registered', project('230103', A)));
  const after = await Promise.all(['230103', '230100', '230000'].map((c) => numbers(h, c)));
  for (const [i, [total, withProjects, registered]] of after.entries()) {
    assert.deepEqual(
      [total, withProjects, registered],
      [before[i]![0] + 1, before[i]![1] + 1, before[i]![2]],
    );
  }
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code: '230100' } }))
    .regulatorMetrics;
  assert.equal(m.divisionName, '黑龙江省 哈尔滨市');
  assert.equal(m.level, 'CITY');
  assert.deepEqual(m.registrationRatio, { numerator: 0, denominator: 1, percentage: 0 });
  const nangang = m.children.find((c) => c.divisionCode === '230103')!;
  assert.equal(nangang.divisionName, '南岗区');
  assert.equal(nangang.projectTotal, 1);
  // Every county of the city is listed, zeros included.
  assert.ok(m.children.some((c) => c.divisionCode === '230102' && c.projectTotal === 0));
});

test('an enterprise approved later raises 注册比率', async () => {
  const org = enterprise(A, 'PENDING');
  await h.deliver(organisationEvent('registered', org));
  assert.deepEqual(await numbers(h, '230103'), [1, 1, 0], 'a pending registration does not count');
  await h.deliver(organisationEvent('approved', { ...org, registrationStatus: 'APPROVED' }));
  assert.deepEqual(await numbers(h, '230103'), [1, 1, 1]);
  assert.deepEqual(await numbers(h, '230100'), [1, 1, 1]);
  assert.deepEqual(await numbers(h, '230000'), [1, 1, 1]);

  // A second enterprise with a project halves the ratio: 1/2 = 50 %.
  await h.deliver(projectEvent('registered', project('230103', B)));
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code: '230103' } }))
    .regulatorMetrics;
  assert.deepEqual(m.registrationRatio, { numerator: 1, denominator: 2, percentage: 50 });
  assert.deepEqual(m.children, [], 'a county has no breakdown');

  // CONTEXT: an approved insurer with the same kind of code is not a registered construction enterprise.
  await h.deliver(
    organisationEvent('approved', {
      organisationId: id(),
      organisationType: 'INSURER',
      uscc: B,
      divisionCode: '230103',
      registrationStatus: 'APPROVED',
    }),
  );
  assert.deepEqual(await numbers(h, '230103'), [2, 2, 1]);
});

test('a status change to 竣工 lowers 项目总数; 停工 still counts', async () => {
  const p = project('230104', B);
  await h.deliver(projectEvent('registered', p));
  const [total] = await numbers(h, '230100');
  await h.deliver(statusChanged({ ...p, status: 'SUSPENDED' }, 'UNDER_CONSTRUCTION'));
  assert.equal((await numbers(h, '230100'))[0], total, '停工 is still a valid project');
  await h.deliver(statusChanged({ ...p, status: 'COMPLETED' }, 'SUSPENDED'));
  assert.deepEqual(await numbers(h, '230104'), [0, 0, 0]);
  assert.equal((await numbers(h, '230100'))[0], total - 1);
});

test('a project moved to another county by an update counts only there', async () => {
  const p = project('230102', B);
  await h.deliver(projectEvent('registered', p));
  assert.equal((await numbers(h, '230102'))[0], 1);
  await h.deliver(projectEvent('updated', { ...p, divisionCode: '230108' }, ['divisionCode']));
  assert.deepEqual(await numbers(h, '230102'), [0, 0, 0]);
  assert.deepEqual(await numbers(h, '230108'), [1, 1, 0]);
});

test('a duplicate delivery of the same event does not count twice', async () => {
  const before = await numbers(h, '230100');
  const e = projectEvent('registered', project('230103', uscc()));
  await h.publish(e);
  // CONTEXT: beyond JetStream's duplicate window a copy arrives as a new message: same event id, another msgID.
  await h.publish(e, `${e.id}-redelivered`);
  await h.publish(e, `${e.id}-again`);
  await h.settle();
  assert.deepEqual(await numbers(h, '230100'), [before[0] + 1, before[1] + 1, before[2]]);
  const copies = await h
    .em()
    .execute<Array<{ n: string }>>('select count(*) as n from inbox where event_id = ?', [e.id]);
  assert.equal(Number(copies[0]!.n), 1);
});

test('an enterprise with projects in two counties counts once in the city and once in each county', async () => {
  const before = {
    city: await numbers(h, '230100'),
    daoli: await numbers(h, '230102'),
    daowai: await numbers(h, '230104'),
    qqhr: await numbers(h, '230200'),
    province: await numbers(h, '230000'),
  };
  const orgC = enterprise(C, 'APPROVED');
  await h.deliver(
    projectEvent('registered', project('230102', C)),
    projectEvent('registered', project('230104', C)),
    projectEvent('registered', project('230104', C)),
    projectEvent('registered', project('230202', C)),
    organisationEvent('approved', orgC),
  );
  const plus = (n: [number, number, number], d: [number, number, number]) => n.map((x, i) => x + d[i]!);
  assert.deepEqual(await numbers(h, '230102'), plus(before.daoli, [1, 1, 1]));
  assert.deepEqual(await numbers(h, '230104'), plus(before.daowai, [2, 1, 1]));
  assert.deepEqual(await numbers(h, '230100'), plus(before.city, [3, 1, 1]), 'once in the city');
  assert.deepEqual(await numbers(h, '230200'), plus(before.qqhr, [1, 1, 1]));
  assert.deepEqual(await numbers(h, '230000'), plus(before.province, [4, 1, 1]), 'once in the province');
  // The city's enterprise count is not the sum of its counties'.
  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code: '230100' } }))
    .regulatorMetrics;
  const sum = m.children.reduce((a, c) => a + c.enterprisesWithProjects, 0);
  assert.ok(sum > m.enterprisesWithProjects, `${sum} > ${m.enterprisesWithProjects}`);
  assert.equal(
    m.children.reduce((a, c) => a + c.projectTotal, 0),
    m.projectTotal,
    '项目总数 does add up',
  );

  // Back to 审核中 (an approved enterprise resubmitted its profile), it leaves every numerator at once.
  await h.deliver(organisationEvent('resubmitted', { ...orgC, registrationStatus: 'PENDING' }));
  assert.deepEqual(await numbers(h, '230100'), plus(before.city, [3, 1, 0]));
  assert.deepEqual(await numbers(h, '230104'), plus(before.daowai, [2, 1, 0]));
  assert.deepEqual(await numbers(h, '230000'), plus(before.province, [4, 1, 0]));
});

test('events of one project delivered out of order count as in order', async () => {
  // CONTEXT: JetStream redelivers a message handed back at a stop (or nak'ed) after later ones: the restarted
  // consumer saw status_changed (no USCC) before registered, skipped registered as older, and lost the enterprise.
  const before = await numbers(h, '230103');
  const p = project('230103', uscc());
  const registered = projectEvent('registered', p);
  const suspended = statusChanged({ ...p, status: 'SUSPENDED' }, 'UNDER_CONSTRUCTION');
  await h.deliver(suspended, registered);
  assert.deepEqual(await numbers(h, '230103'), [before[0] + 1, before[1] + 1, before[2]]);
  const [fact] = await h
    .em()
    .execute<Array<Record<string, unknown>>>('select uscc, status from project_fact where project_id = ?', [
      p.projectId,
    ]);
  assert.deepEqual(fact, { uscc: p.constructorUscc, status: 'SUSPENDED' });
});

test('freshness shows the last applied event, its lag and the consumers backlog', async () => {
  const e = projectEvent('registered', project('230103', uscc()));
  await h.deliver(e);
  const token = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token })).regulatorMetrics;
  assert.equal(m.divisionCode, '230100', 'defaults to the jurisdiction');
  assert.equal(m.freshness.lastEventOccurredAt, e.occurredAt);
  assert.ok(m.freshness.lastAppliedAt);
  // Nothing waits: the statistics are current, however long ago the last event happened.
  assert.equal(m.freshness.lagSeconds, 0);
  assert.equal(m.freshness.pending, 0);
  assert.deepEqual(m.freshness.sources.map((s) => s.source).sort(), [
    'analytics_claims_claim',
    'analytics_identity_organisation',
    'analytics_projects_project',
    'analytics_underwriting_policy',
  ]);
  const f = await h.ok<{ analyticsFreshness: { pending: number } }>('{ analyticsFreshness { pending } }', {
    token,
  });
  assert.equal(f.analyticsFreshness.pending, 0);
});

test('投保笔数 and 投保比率: a policy counts its project once, at county, city and province', async () => {
  const codes = ['230112', '230100', '230000'] as const; // 阿城区
  const before = await Promise.all(codes.map((c) => insurance(h, c)));
  const plus = (i: number, d: [number, number, number]) => before[i]!.map((x, k) => x + d[k]!);
  const a = project('230112', uscc());
  const b = project('230112', uscc());
  await h.deliver(projectEvent('registered', a), projectEvent('registered', b));
  for (const [i, code] of codes.entries())
    assert.deepEqual(
      await insurance(h, code),
      plus(i, [0, 0, 2]),
      `${code}: two more projects, none insured`,
    );

  const first = policyEvent('issued', a);
  // A second policy of the same project (a renewal) and a 顺延: still one insured project.
  await h.deliver(
    first,
    policyEvent('issued', a),
    policyEvent('extended', a, { policyId: first.data.policyId }),
  );
  for (const [i, code] of codes.entries())
    assert.deepEqual(await insurance(h, code), plus(i, [1, 1, 2]), code);

  const token = await h.token({ roles: ['PLATFORM_ADMIN'] });
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code: '230112' } }))
    .regulatorMetrics;
  assert.equal(m.insuranceRatio.denominator, m.projectTotal);
  assert.equal(
    m.insuranceRatio.percentage,
    Math.round((m.insuranceRatio.numerator * 10000) / m.projectTotal) / 100,
  );
  // Per city, as the 数据大屏 shows it: 项目投保数量 and 承保比例 of each city of the province.
  const province = (
    await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code: '230000' } })
  ).regulatorMetrics;
  const harbin = province.children.find((c) => c.divisionCode === '230100')!;
  assert.deepEqual(
    [harbin.insuredProjects, harbin.insuranceRatio.numerator, harbin.insuranceRatio.denominator],
    await insurance(h, '230100'),
  );

  // 竣工: still an insured project (投保笔数), no longer part of 项目总数 nor of the ratio.
  await h.deliver(statusChanged({ ...a, status: 'COMPLETED' }, 'UNDER_CONSTRUCTION'));
  for (const [i, code] of codes.entries())
    assert.deepEqual(await insurance(h, code), plus(i, [1, 0, 1]), code);
});

test('a policy applied before its project is counted where the project then says it is', async () => {
  // CONTEXT: the policy durable may run ahead of the projects durable; the project's own events decide its county.
  const before = await Promise.all(['230113', '230123'].map((c) => insurance(h, c)));
  const p = project('230113', uscc());
  // The policy names 依兰县 (230123); the project, when its events arrive, says 双城区 (230113).
  await h.deliver(policyEvent('issued', { ...p, divisionCode: '230123' }));
  assert.deepEqual(await insurance(h, '230123'), [before[1]![0] + 1, before[1]![1], before[1]![2]]);
  await h.deliver(projectEvent('registered', p));
  assert.deepEqual(
    await insurance(h, '230113'),
    before[0]!.map((x) => x + 1),
  );
  assert.deepEqual(await insurance(h, '230123'), before[1]);
});
