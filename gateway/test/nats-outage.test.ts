// CONTEXT: issue 3 — "NATS unavailable for a while → nothing is lost, the outbox drains when it returns". The whole
// platform runs on a nats-server of this test's own (port and store directory), which the test kills and restarts;
// the machine's shared NATS is never touched. Writes must keep working while NATS is down (the outbox holds their
// events), readiness must say so, and once NATS is back analytics must count every project exactly once.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PrivateNatsServer } from '@anze/testing';
import projects from '@anze/projects/manifest';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';

async function until(cond: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let nats: PrivateNatsServer;
let platform: PlatformTestbed;
before(async () => {
  nats = new PrivateNatsServer();
  await nats.start();
  platform = await startPlatformTestbed({ env: { NATS_URL: nats.url } });
});
after(async () => {
  await platform?.close();
  await nats?.destroy();
});

const gql = <T>(query: string, token: string, variables?: Record<string, unknown>) =>
  platform.ok<T>(query, { token, variables });
const login = (username: string) => platform.login(username);

let serial = 0;
async function createProject(token: string): Promise<string> {
  serial++;
  const r = await gql<{ createProject: { project: { id: string } } }>(
    'mutation($i: ProjectInput!) { createProject(input: $i) { project { id } } }',
    token,
    {
      i: {
        name: `哈尔滨市南岗区停电演练工程${serial}号楼`,
        code: `2408-230103-04-01-${String(700000 + serial).padStart(6, '0')}`,
        divisionCode: '230103',
        detailAddress: `学府路 ${serial} 号`,
        costYuan: '12500000.00',
        ownerUnit: '哈尔滨学府置业有限公司',
        category: 'BUILDING',
        plannedStart: '2026-03-01',
        plannedEnd: '2027-02-28',
      },
    },
  );
  return r.createProject.project.id;
}

type Metrics = {
  regulatorMetrics: {
    projectTotal: number;
    enterprisesWithProjects: number;
    registeredEnterprises: number;
    registrationRatio: { numerator: number; denominator: number };
  };
};
const METRICS = `query { regulatorMetrics(divisionCode: "230100") { projectTotal enterprisesWithProjects
  registeredEnterprises registrationRatio { numerator denominator } } }`;

async function outboxBacklog(): Promise<number> {
  return platform.subgraph(projects).service.bus.relay.pending();
}

async function readyz(url: string): Promise<number> {
  return (await fetch(url.replace(/\/graphql$/, '/readyz'))).status;
}

test('projects written while NATS is down reach analytics once NATS is back, each counted once', async () => {
  const enterprise = platform.identity.accounts.find((a) => a.role === 'ENTERPRISE')!.username;
  const enterpriseToken = await login(enterprise);
  const regulatorToken = await login('hlj-zjt');

  // projects accepts the enterprise once identity's approval event has reached it over NATS.
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await createProject(enterpriseToken);
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  await createProject(enterpriseToken);
  await until(
    async () => (await gql<Metrics>(METRICS, regulatorToken)).regulatorMetrics.projectTotal === 2,
    30_000,
    'analytics to count the first projects',
  );

  await nats.stop('SIGKILL'); // an outage, not a graceful shutdown
  const during: string[] = [];
  for (let i = 0; i < 5; i++) during.push(await createProject(enterpriseToken));
  assert.equal(during.length, 5, 'writes succeed while NATS is down');
  assert.ok((await outboxBacklog()) >= 5, 'their events wait in the outbox');
  assert.equal(await readyz(platform.subgraphs.projects!.url), 503, 'projects reports not ready');
  assert.equal(await readyz(platform.subgraphs.analytics!.url), 503, 'analytics reports not ready');
  const duringOutage = (await gql<Metrics>(METRICS, regulatorToken)).regulatorMetrics;
  assert.equal(duringOutage.projectTotal, 2, 'statistics keep the numbers they had (reads need no NATS)');

  await nats.start();
  await until(async () => (await outboxBacklog()) === 0, 60_000, 'the outbox to drain');
  await until(
    async () => (await gql<Metrics>(METRICS, regulatorToken)).regulatorMetrics.projectTotal === 7,
    60_000,
    'analytics to count the projects written during the outage',
  );
  await until(async () => (await readyz(platform.subgraphs.projects!.url)) === 200, 30_000, 'projects ready');

  const own = await gql<{ projects: { total: number } }>(
    '{ projects(filter: { divisionCode: "230100" }) { total } }',
    regulatorToken,
  );
  const m = (await gql<Metrics>(METRICS, regulatorToken)).regulatorMetrics;
  assert.equal(m.projectTotal, own.projects.total, '项目总数 equals the projects subgraph’s own count');
  assert.deepEqual(
    m.registrationRatio,
    { numerator: 1, denominator: 1 },
    '注册比率: the one registered enterprise',
  );
  assert.equal(m.enterprisesWithProjects, 1);
  assert.equal(m.registeredEnterprises, 1);

  // No double counting: one inbox row per project event in analytics, and the counters match the facts.
  const db = new pg.Client({ connectionString: platform.subgraphs.analytics!.databaseUrl });
  await db.connect();
  try {
    const inbox = await db.query(
      "select count(*)::int as n, count(distinct event_id)::int as d from inbox where consumer = 'analytics_projects_project'",
    );
    assert.equal(inbox.rows[0].n, 7);
    assert.equal(inbox.rows[0].d, 7);
    const facts = await db.query('select count(*)::int as n from project_fact where valid');
    assert.equal(facts.rows[0].n, 7);
  } finally {
    await db.end();
  }
});
