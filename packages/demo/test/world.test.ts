import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMobile, checkUscc, fullName, getDivision } from '@anze/dictionaries';
import { demoEnterprises, demoProjects, heilongjiangCounties } from '../src/world.ts';

test('the same seed gives the same world (identity and projects seed from it independently)', () => {
  const a = demoEnterprises(50);
  const b = demoEnterprises(50);
  assert.deepEqual(a, b);
  assert.deepEqual([...demoProjects(100, a)], [...demoProjects(100, b)]);
});

test('enterprises: valid unique USCCs in Heilongjiang counties, about 85 % registered', () => {
  const list = demoEnterprises(2000);
  assert.equal(new Set(list.map((e) => e.uscc)).size, 2000);
  assert.equal(new Set(list.map((e) => e.id)).size, 2000);
  for (const e of list.slice(0, 200)) {
    assert.equal(checkUscc(e.uscc), null, e.uscc);
    assert.equal(getDivision(e.divisionCode)?.level, 'COUNTY');
    assert.ok(e.divisionCode.startsWith('23'));
  }
  const share = list.filter((e) => e.registered).length / list.length;
  assert.ok(share > 0.8 && share < 0.9, String(share));
});

test('projects: every county of Heilongjiang gets projects; dates, duration and amounts are consistent', () => {
  const enterprises = demoEnterprises(2000);
  const projects = [...demoProjects(10_000, enterprises)];
  const counties = new Set(projects.map((p) => p.divisionCode));
  assert.equal(counties.size, heilongjiangCounties().length);
  for (const p of projects.slice(0, 500)) {
    const days = (Date.parse(p.plannedEnd) - Date.parse(p.plannedStart)) / 86_400_000 + 1;
    assert.equal(days, p.durationDays);
    assert.ok(p.costFen >= 50_000_000n && p.costFen <= 50_000_000_000n, String(p.costFen));
  }
  assert.ok(
    projects.some((p) => p.code === 'GF-2017-0201'),
    'the template-code trap occurs',
  );
});

// CONTEXT: the demo enterprises had empty 联系人, 联系人手机, 工商注册地址 and 经营范围 in 企业信息 and 机构管理.
test('enterprise profiles: people, valid mobiles, addresses in their own county, a 经营范围 of their trade', () => {
  for (const e of demoEnterprises(300)) {
    const p = e.profile;
    assert.match(p.contactName, /^\p{Script=Han}{2,3}$/u);
    assert.match(p.legalRepresentative, /^\p{Script=Han}{2,3}$/u);
    assert.equal(checkMobile(p.contactMobile), null, p.contactMobile);
    assert.equal(checkMobile(p.legalRepresentativeMobile), null, p.legalRepresentativeMobile);
    const county = fullName(e.divisionCode)!.replace(/ /g, '');
    assert.ok(p.registeredAddress.startsWith(county), `${p.registeredAddress} is not in ${county}`);
    assert.ok(p.businessAddress.startsWith(county), `${p.businessAddress} is not in ${county}`);
    assert.match(p.registeredAddress, /\d+号$/);
    assert.match(p.businessScope, /施工总承包|专业承包/);
  }
});

test('profiles do not change the enterprises themselves: ids, codes and names are those recorded before', () => {
  const [first] = demoEnterprises(1);
  assert.deepEqual(
    { id: first!.id, uscc: first!.uscc, name: first!.name, divisionCode: first!.divisionCode },
    {
      id: '4a923ac4-0196-4256-a903-4cffc4464ad4',
      uscc: '91230522DM00000015',
      name: '黑龙江润城冰城建设工程有限公司（演示1）',
      divisionCode: '230522',
    },
  );
});
