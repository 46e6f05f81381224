import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIdNumber, isValidIdNumber, normaliseIdNumber } from '../src/index.ts';

test('accepts valid numbers, including an X check character', () => {
  // CONTEXT: 11010519491231002X is the worked example in GB 11643-1999; the 230103 (哈尔滨南岗区)
  // numbers were computed by hand with the weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2.
  assert.equal(checkIdNumber('11010519491231002X'), null);
  assert.equal(checkIdNumber('230103199001010015'), null);
  assert.equal(isValidIdNumber('23010319850512007X'), true);
  assert.equal(checkIdNumber('230103200002290018'), null, '2000-02-29 exists');
});

test('refuses a wrong check character', () => {
  assert.match(checkIdNumber('230103199001010016') ?? '', /校验位错误/);
  assert.match(checkIdNumber('110105194912310020') ?? '', /校验位错误/);
});

test('refuses impossible, too early and future birth dates', () => {
  assert.match(checkIdNumber('230103199902300012') ?? '', /19990230不是有效日期/);
  assert.match(checkIdNumber('230103190002290012') ?? '', /不是有效日期/, '1900 is not a leap year');
  assert.match(checkIdNumber('230103189912310012') ?? '', /早于1900年/);
  const now = new Date(2024, 5, 1);
  assert.match(checkIdNumber('230103202406020012', { now }) ?? '', /晚于今天/);
  assert.doesNotMatch(checkIdNumber('230103202406010012', { now }) ?? '', /晚于今天/);
});

test('refuses bad format', () => {
  assert.match(checkIdNumber('2301031990010100') ?? '', /18位/);
  assert.match(checkIdNumber('23A103199001010015') ?? '', /格式错误/);
  assert.match(checkIdNumber('23010319850512007x') ?? '', /格式错误/);
  assert.equal(checkIdNumber(normaliseIdNumber(' 23010319850512007x ')), null);
});
