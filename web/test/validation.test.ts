import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEmail, checkMobile, checkPassword, checkUscc } from '../src/shared/validation.ts';

test('USCC check digit (GB 32100-2015), example from the Heilongjiang manual', () => {
  assert.equal(checkUscc('9123019930088715XU'), null);
  assert.equal(checkUscc('9123019930088715xu'), null);
  assert.equal(checkUscc('9123019930088715XA'), '统一社会信用代码校验位不正确');
  assert.equal(checkUscc('9123019930088715X'), '统一社会信用代码应为18位');
  assert.equal(checkUscc('9123019930088715IU'), '统一社会信用代码含有无效字符');
});

test('mobile, email and password rules', () => {
  assert.equal(checkMobile('13936313636'), null);
  assert.notEqual(checkMobile('12936313636'), null);
  assert.equal(checkEmail('26640973@qq.com'), null);
  assert.notEqual(checkEmail('26640973@qq'), null);
  assert.equal(checkPassword('Abcdef12', { minLength: 8, requiredClasses: 3 }), null);
  assert.notEqual(checkPassword('abcdef12', { minLength: 8, requiredClasses: 3 }), null);
  assert.notEqual(checkPassword('Ab1!', { minLength: 8, requiredClasses: 3 }), null);
});
