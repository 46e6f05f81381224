// CONTEXT: issue 11 §2 — each case below is one the fuzz found answering an internal error, an English message or a
// silently changed value, through a production gateway as clients see it. The rules live once in the input layer
// (@anze/domain, the server kit's argument boundary); these are the regressions, the fuzz (fuzz.test.ts) the net.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually } from '@anze/testing';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';

let s: PlatformTestbed;
let admin: string;
let enterprise: string;

before(async () => {
  s = await startPlatformTestbed({ env: { NODE_ENV: 'production' } });
  admin = await s.login('admin');
  enterprise = await s.login(s.identity.accounts.find((a) => a.role === 'ENTERPRISE')!.username);
});
after(() => s?.close());

type Err = { message: string; extensions?: { code?: string; field?: string } };
const errorOf = async (query: string, token: string | undefined, variables?: Record<string, unknown>) => {
  const r = await s.call(query, { token, variables });
  assert.ok(r.errors?.length, `expected a refusal, got ${JSON.stringify(r.data)}`);
  return r.errors[0] as Err;
};
const refused = (e: Err, code: string, message: string | RegExp, field: string) => {
  assert.equal(e.extensions?.code, code, JSON.stringify(e));
  if (typeof message === 'string') assert.equal(e.message, message);
  else assert.match(e.message, message);
  assert.equal(e.extensions?.field, field);
};

const PROJECT = {
  name: '哈尔滨市南岗区学府路综合楼工程',
  code: '2408-230103-04-01-996708',
  divisionCode: '230103',
  costYuan: '12500000.00',
  ownerUnit: '哈尔滨学府置业有限公司',
  category: 'BUILDING',
  plannedStart: '2026-03-01',
  plannedEnd: '2027-02-28',
};
const CREATE_PROJECT = 'mutation($i: ProjectInput!) { createProject(input: $i) { project { id costYuan } } }';

test('an id that is not a UUID answers NOT_FOUND with its field, never the SQL error', async () => {
  const cases: Array<[string, string]> = [
    ['mutation { approveRegistration(organisationId: "") { id } }', 'organisationId'],
    ['mutation { rejectRegistration(organisationId: "x", reason: "资料不全") { id } }', 'organisationId'],
    ['mutation { setUserRoles(userId: "1", roles: [INSURER]) { id } }', 'userId'],
    ['mutation { setUserEnabled(userId: "1", enabled: false) { id } }', 'userId'],
    ['mutation { unlockUser(userId: "1") { id } }', 'userId'],
    ['mutation { resetPassword(userId: "1") { initialPassword } }', 'userId'],
    ['mutation { setPartnership(brokerId: "b", insurerId: "i", active: true) { id } }', 'brokerId'],
    ['mutation { revokeApiClient(id: "c") { id } }', 'id'],
  ];
  for (const [query, field] of cases) refused(await errorOf(query, admin), 'NOT_FOUND', /不存在/, field);
  const asEnterprise: Array<[string, string]> = [
    ['mutation { changeProjectStatus(id: "p", status: SUSPENDED) { id } }', 'id'],
    ['mutation { removeMajorHazard(id: "h") { id } }', 'id'],
    ['mutation { deleteDocument(id: "d") }', 'id'],
  ];
  for (const [query, field] of asEnterprise)
    refused(await errorOf(query, enterprise), 'NOT_FOUND', /不存在/, field);
});

test('U+0000, lone surrogates, bidi controls and zero-width-only values are refused naming the field', async () => {
  refused(
    await errorOf(
      'mutation($c: String!) { issueClientToken(clientId: $c, clientSecret: "s") { accessToken } }',
      undefined,
      {
        c: '\u0000',
      },
    ),
    'BAD_USER_INPUT',
    '客户端编号 含有不允许的字符',
    'clientId',
  );
  const org = (over: Record<string, unknown>) => ({
    type: 'INSURER',
    name: '测试保险公司',
    divisionCode: '230000',
    uscc: '91230100MA1B2C3D4E',
    ...over,
  });
  const CREATE_ORG = 'mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }';
  for (const contactName of ['张三\ud800', '张\u202E三', '张三\u2066', '\u0000']) {
    refused(
      await errorOf(CREATE_ORG, admin, { i: org({ contactName }) }),
      'BAD_USER_INPUT',
      '联系人 含有不允许的字符',
      'contactName',
    );
  }
  refused(
    await errorOf(CREATE_ORG, admin, { i: org({ name: '\u200B' }) }),
    'BAD_USER_INPUT',
    '名称 不能只包含不可见字符',
    'name',
  );
  refused(
    await errorOf(CREATE_PROJECT, enterprise, { i: { ...PROJECT, detailAddress: '学府路2号\ud800' } }),
    'BAD_USER_INPUT',
    '详细地址 含有不允许的字符',
    'detailAddress',
  );
});

test('impossible dates and values of the wrong type reach the user in Chinese with the field', async () => {
  for (const date of ['2025-02-30', '0000-00-00', '2025-1-5']) {
    refused(
      await errorOf(CREATE_PROJECT, enterprise, { i: { ...PROJECT, plannedStart: date } }),
      'BAD_USER_INPUT',
      '日期格式错误，应为YYYY-MM-DD',
      'plannedStart',
    );
  }
  refused(
    await errorOf(CREATE_PROJECT, enterprise, { i: { ...PROJECT, name: 5 } }),
    'BAD_USER_INPUT',
    '名称 的值类型不正确',
    'name',
  );
  const roles = await errorOf(
    'mutation($r: [Role!]!) { setUserRoles(userId: "x", roles: $r) { id } }',
    admin,
    { r: 'NOPE' },
  );
  assert.equal(roles.extensions?.code, 'BAD_USER_INPUT');
  assert.match(roles.message, /[\u4e00-\u9fff]/);
  assert.doesNotMatch(roles.message, /Variable|invalid value/);
});

test('values written inline (literals, not variables) reach the user in Chinese with the field too', async () => {
  // CONTEXT: issue 11 — a literal of the wrong type answered graphql-js's English validation message without a field:
  // the gateway refuses a built-in scalar's (String, ID, enums), the projects subgraph its Date's.
  const literal = (over: Record<string, string | number | null>) => {
    const fields = Object.entries({ ...PROJECT, ...over })
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k}: ${k === 'category' || typeof v === 'number' ? v : JSON.stringify(v)}`);
    return `mutation { createProject(input: { ${fields.join(', ')} }) { project { id } } }`;
  };
  const cases: Array<[Record<string, string | number | null>, string | RegExp, string]> = [
    [{ costYuan: 12 }, '工程造价 的值类型不正确', 'costYuan'],
    [{ plannedStart: '2025-02-30' }, '日期格式错误，应为YYYY-MM-DD', 'plannedStart'],
    [{ plannedEnd: 20270228 }, '日期格式错误，应为YYYY-MM-DD', 'plannedEnd'],
    [{ name: null }, '请填写名称', 'name'],
    [{ category: 'NOPE' }, '项目类别 的取值无效', 'category'],
    [{ longitude: '东经126度' }, '经度 的值类型不正确', 'longitude'],
  ];
  for (const [over, message, field] of cases)
    refused(await errorOf(literal(over), enterprise), 'BAD_USER_INPUT', message, field);
  refused(
    await errorOf('mutation { setUserRoles(userId: "x", roles: [INSURER, NOPE]) { id } }', admin),
    'BAD_USER_INPUT',
    '角色 的取值无效',
    'roles[1]',
  );
  refused(
    await errorOf('mutation { unlockUser(userId: 5.5) { id } }', admin),
    'BAD_USER_INPUT',
    '用户 的值类型不正确',
    'userId',
  );
});

test('administration inputs are bounded with the limit in the message; sets are deduplicated and checked', async () => {
  refused(
    await errorOf('mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id } }', admin, {
      i: {
        type: 'INSURER',
        name: '测试保险公司',
        divisionCode: '230000',
        uscc: '91230100MA1B2C3D4E',
        contactName: '联'.repeat(51),
      },
    }),
    'BAD_USER_INPUT',
    '联系人 不能超过 50 个字符',
    'contactName',
  );
  const CREATE_CLIENT =
    'mutation($i: ApiClientInput!) { createApiClient(input: $i) { client { id scopes } } }';
  refused(
    await errorOf(CREATE_CLIENT, admin, { i: { name: '名'.repeat(101), scopes: ['projects:read'] } }),
    'BAD_USER_INPUT',
    '名称 不能超过 100 个字符',
    'name',
  );
  refused(
    await errorOf(CREATE_CLIENT, admin, { i: { name: '省平台', scopes: ['-:read'] } }),
    'BAD_USER_INPUT',
    /权限范围/,
    'scopes',
  );
  const client = await s.ok<{ createApiClient: { client: { scopes: string[] } } }>(CREATE_CLIENT, {
    token: admin,
    variables: { i: { name: '省平台', scopes: Array(900).fill('projects:read') } },
  });
  assert.deepEqual(client.createApiClient.client.scopes, ['projects:read']);

  const users = await s.ok<{ users: { items: Array<{ id: string; username: string }> } }>(
    '{ users(page: { pageSize: 100 }) { items { id username } } }',
    { token: admin },
  );
  const insurerId = users.users.items.find((u) => u.username === 'insurer')!.id;
  const roles = await s.ok<{ setUserRoles: { roles: string[] } }>(
    'mutation($u: ID!, $r: [Role!]!) { setUserRoles(userId: $u, roles: $r) { roles } }',
    { token: admin, variables: { u: insurerId, r: Array(900).fill('INSURER') } },
  );
  assert.deepEqual(roles.setUserRoles.roles, ['INSURER']);
});

test('amounts accept thousands separators only in their places; 重大危险源 periods lie inside the project', async () => {
  for (const costYuan of ['1,2,3,4', '1,']) {
    refused(
      await errorOf(CREATE_PROJECT, enterprise, { i: { ...PROJECT, costYuan } }),
      'BAD_USER_INPUT',
      /工程造价/,
      'costYuan',
    );
  }
  const created = await eventually(() =>
    s.ok<{ createProject: { project: { id: string; costYuan: string } } }>(CREATE_PROJECT, {
      token: enterprise,
      variables: { i: { ...PROJECT, costYuan: '1,234,567.89' } },
    }),
  );
  assert.equal(created.createProject.project.costYuan, '1234567.89');
  const hazard = {
    type: 'DEEP_EXCAVATION',
    location: '基坑',
    controlMeasures: '监测',
    responsiblePerson: '张三',
    responsiblePhone: '13800138000',
    periodStart: '0001-01-01',
    periodEnd: '9999-12-31',
  };
  const e = await errorOf(
    'mutation($p: ID!, $i: MajorHazardInput!) { registerMajorHazard(projectId: $p, input: $i) { id } }',
    enterprise,
    { p: created.createProject.project.id, i: hazard },
  );
  refused(e, 'BAD_USER_INPUT', '危险源管控期间不能早于 2026-03-01', 'periodStart');
});

// CONTEXT: /exports/projects reads the same filter from its URL, past the GraphQL argument boundary.
test('the projects export refuses the same filter values, in Chinese with the field', async () => {
  const regulator = await s.login('hlj-zjt');
  const exportWith = async (query: string) => {
    const res = await fetch(
      `${s.gateway.url.replace(/\/graphql$/, '')}/exports/projects?format=csv&${query}`,
      {
        headers: { authorization: `Bearer ${regulator}` },
      },
    );
    return { status: res.status, body: (await res.json()) as { errors: Err[] } };
  };
  const cases: Array<[string, string]> = [
    ['name=%00', 'name'],
    ['unitName=%E2%80%AE', 'unitName'],
    ['plannedStartFrom=2025-02-30', 'plannedStartFrom'],
  ];
  for (const [query, field] of cases) {
    const r = await exportWith(query);
    assert.equal(r.status, 400, query);
    assert.match(r.body.errors[0]!.message, /[\u4e00-\u9fff]/);
    assert.equal(r.body.errors[0]!.extensions?.field, field);
  }
});
