// CONTEXT: the first vertical slice across subgraphs, through the gateway only, as a web or third-party client sees
// it. identity's demo seed publishes the enterprise's approval; projects learns of it from NATS and accepts the
// enterprise's project; analytics counts it; the regulator lists it, exports it and sees the enterprise's uploaded
// licence through Organisation.documents (a field documents adds to identity's entity).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, samplePdf } from '@anze/testing';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';

let s: PlatformTestbed;
let enterpriseToken: string;
let regulatorToken: string;
let base: string;
const uscc = () => s.identity.accounts.find((a) => a.role === 'ENTERPRISE')!.username;

before(async () => {
  s = await startPlatformTestbed({ env: { NODE_ENV: 'production' } });
  base = s.gateway.url.replace(/\/graphql$/, '');
  enterpriseToken = await s.login(uscc());
  regulatorToken = await s.login('hlj-zjt');
});
after(() => s?.close());

const call = <T>(query: string, token: string, variables?: Record<string, unknown>) =>
  s.ok<T>(query, { token, variables });

const METRICS = `query { regulatorMetrics { projectTotal registeredEnterprises enterprisesWithProjects
  children { divisionCode projectTotal } } }`;
type Metrics = {
  regulatorMetrics: { projectTotal: number; children: Array<{ divisionCode: string; projectTotal: number }> };
};

test('an enterprise project flows to the regulator: list, statistics and export', async () => {
  const before = (await call<Metrics>(METRICS, regulatorToken)).regulatorMetrics.projectTotal;
  const input = {
    name: '哈尔滨市南岗区学府路综合楼工程',
    code: '2408-230103-04-01-996708',
    divisionCode: '230103',
    detailAddress: '学府路 74 号',
    costYuan: '12500000.00',
    ownerUnit: '哈尔滨学府置业有限公司',
    category: 'BUILDING',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
  };
  // projects accepts the enterprise once identity's approval event has reached it.
  const created = await eventually(() =>
    call<{ createProject: { project: { id: string; constructorUscc: string } } }>(
      'mutation($i: ProjectInput!) { createProject(input: $i) { project { id constructorUscc } } }',
      enterpriseToken,
      { i: input },
    ),
  );
  assert.equal(created.createProject.project.constructorUscc, uscc());

  const list = await call<{ projects: { total: number; items: Array<{ name: string }> } }>(
    '{ projects(filter: { divisionCode: "230100" }) { total items { name } } }',
    regulatorToken,
  );
  assert.deepEqual(
    list.projects.items.map((p) => p.name),
    [input.name],
  );

  const after = await eventually(async () => {
    const m = (await call<Metrics>(METRICS, regulatorToken)).regulatorMetrics;
    assert.equal(m.projectTotal, before + 1);
    return m;
  });
  assert.equal(after.children.find((c) => c.divisionCode === '230100')?.projectTotal, 1);

  const csv = await fetch(`${base}/exports/projects?format=csv`, {
    headers: { authorization: `Bearer ${regulatorToken}` },
  });
  assert.equal(csv.status, 200);
  const bytes = Buffer.from(await csv.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
  const text = bytes.toString('utf8');
  assert.equal(text.trim().split(/\r?\n/).length, 2, 'header and one row');
  assert.ok(text.includes(input.name));
});

test("an enterprise's business licence, uploaded through the gateway, is in the regulator's 企业信息 详情", async () => {
  const pdf = samplePdf('licence');
  const form = new FormData();
  form.append('kind', 'BUSINESS_LICENSE');
  form.append('file', new Blob([pdf]), '营业执照.pdf');
  const upload = await fetch(`${base}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${enterpriseToken}` },
    body: form,
  });
  assert.equal(upload.status, 201, await upload.clone().text());
  const uploaded = (await upload.json()) as { id: string; contentType: string };
  assert.equal(uploaded.contentType, 'application/pdf');

  const mine = await call<{ myOrganisation: { id: string } }>('{ myOrganisation { id } }', enterpriseToken);
  const detail = await call<{
    organisation: { name: string; documents: Array<{ id: string; kindLabel: string; downloadUrl: string }> };
  }>(
    'query($id: ID!) { organisation(id: $id) { name documents { id kindLabel downloadUrl } } }',
    regulatorToken,
    { id: mine.myOrganisation.id },
  );
  const doc = detail.organisation.documents.find((d) => d.id === uploaded.id);
  assert.ok(doc, 'the regulator sees the uploaded licence');
  assert.equal(doc.kindLabel, '营业执照');
  const download = await fetch(`${base}${doc.downloadUrl}`);
  assert.equal(download.status, 200);
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);

  // Another enterprise's view: the regulator-only query is refused outright.
  const refused = await s.call('query($id: ID!) { organisation(id: $id) { name } }', {
    token: enterpriseToken,
    variables: { id: mine.myOrganisation.id },
  });
  assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

// CONTEXT: issue 11 — retries after a lost answer, through the gateway as the web sends them: an upload with its
// Idempotency-Key (forwarded to documents) answers the first document, and a createUser repeated after it succeeded
// reaches the admin as ALREADY_PROCESSED in Chinese (a user error, not 提交结果未知) without the password.
test('repeated with their key through the gateway: an upload answers its first document, createUser says it was done', async () => {
  const pdf = samplePdf('retried upload');
  const key = crypto.randomUUID();
  const upload = async (bytes: Buffer) => {
    const form = new FormData();
    form.append('kind', 'QUALIFICATION');
    form.append('file', new Blob([bytes]), '资质证书.pdf');
    const r = await fetch(`${base}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${enterpriseToken}`, 'idempotency-key': key },
      body: form,
    });
    return {
      status: r.status,
      body: (await r.json()) as { id?: string; errors?: Array<{ message: string }> },
    };
  };
  const first = await upload(pdf);
  const again = await upload(pdf);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.equal(again.status, 201);
  assert.equal(again.body.id, first.body.id);
  const other = await upload(samplePdf('another file'));
  assert.equal(other.status, 409);
  assert.match(other.body.errors![0]!.message, /幂等键/);

  const admin = await s.login('admin');
  const { organisations } = await call<{ organisations: { items: Array<{ id: string; type: string }> } }>(
    '{ organisations(filter: { type: INSURER }) { items { id type } } }',
    admin,
  );
  const createUser = () =>
    s.call<{ createUser: { initialPassword: string } }>(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } initialPassword } }`,
      {
        token: admin,
        variables: {
          i: {
            organisationId: organisations.items[0]!.id,
            username: 'retried-clerk',
            displayName: '王五',
            roles: ['INSURER'],
          },
        },
        headers: { 'idempotency-key': key },
      },
    );
  const created = await createUser();
  assert.equal(created.errors, undefined, JSON.stringify(created.errors));
  const repeated = await createUser();
  assert.equal(repeated.errors?.[0]?.extensions?.code, 'ALREADY_PROCESSED', JSON.stringify(repeated.errors));
  assert.match(repeated.errors![0]!.message, /^该请求已处理：用户已创建，初始密码只显示一次/);
  assert.ok(!JSON.stringify(repeated).includes(created.data!.createUser.initialPassword));
});
