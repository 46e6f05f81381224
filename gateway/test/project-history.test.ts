// CONTEXT: 项目详情 › 变更记录 showed the operator as `<uuid>（用户 <id>）`. projects keeps only the operator's id and
// exposes it as a federated User; the gateway completes the name from identity (names never travel in events).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually } from '@anze/testing';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';

let s: PlatformTestbed;
before(async () => (s = await startPlatformTestbed()));
after(() => s?.close());

const input = {
  name: '哈尔滨市南岗区变更记录测试楼工程',
  code: '2408-230103-04-01-996709',
  divisionCode: '230103',
  detailAddress: '学府路 75 号',
  costYuan: '12500000.00',
  ownerUnit: '哈尔滨学府置业有限公司',
  category: 'BUILDING',
  plannedStart: '2026-03-01',
  plannedEnd: '2027-02-28',
};

test("变更记录 names the operator: ProjectChange.operator is identity's User, resolved through the gateway", async () => {
  const enterprise = s.identity.accounts.find((a) => a.role === 'ENTERPRISE')!;
  const enterpriseToken = await s.login(enterprise.username);
  const created = await eventually(() =>
    s.ok<{ createProject: { project: { id: string } } }>(
      'mutation($i: ProjectInput!) { createProject(input: $i) { project { id } } }',
      { token: enterpriseToken, variables: { i: input } },
    ),
  );
  const id = created.createProject.project.id;
  const HISTORY = `query($id: ID!) { project(id: $id) { history { action actorUserId
    operator { id displayName username } } } }`;
  type History = {
    project: {
      history: Array<{
        action: string;
        actorUserId: string;
        operator: { id: string; displayName: string; username: string } | null;
      }>;
    };
  };
  for (const [who, token] of [
    ['enterprise', enterpriseToken],
    ['regulator', await s.login('hlj-zjt')],
    ['admin', await s.login('admin')],
  ] as const) {
    const r = await s.call<History>(HISTORY, { token, variables: { id } });
    assert.equal(r.errors, undefined, `${who}: ${JSON.stringify(r.errors)}`);
    const [change] = r.data!.project.history;
    assert.equal(change!.action, 'CREATED');
    assert.equal(change!.operator?.id, change!.actorUserId, who);
    assert.equal(change!.operator?.displayName, '陈术研', who);
    assert.equal(change!.operator?.username, enterprise.username, who);
  }
  // What a regulator may not read of that user stays refused.
  const deeper = await s.call(
    `query($id: ID!) { project(id: $id) { history { operator { enabled lastLoginAt } } } }`,
    {
      token: await s.login('hlj-zjt'),
      variables: { id },
    },
  );
  assert.equal(deeper.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});
