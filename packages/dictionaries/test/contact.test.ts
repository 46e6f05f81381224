import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContactPhone, checkEmail, checkLandline, checkMobile } from '../src/index.ts';

test('mobile numbers', () => {
  for (const ok of ['13800138000', '19912345678', '16612345678']) assert.equal(checkMobile(ok), null, ok);
  for (const bad of ['12800138000', '1380013800', '138001380000', '+8613800138000', '138-0013-8000']) {
    assert.match(checkMobile(bad) ?? '', /手机号码格式错误/, bad);
  }
  assert.match(checkMobile('') ?? '', /请填写/);
});

test('landlines', () => {
  for (const ok of ['0453-1234567', '0451-55918888', '010-62345678', '0451-55918888-123']) {
    assert.equal(checkLandline(ok), null, ok);
  }
  for (const bad of ['04531234567', '453-1234567', '0453-123456', '0453-012345678', '13800138000']) {
    assert.match(checkLandline(bad) ?? '', /固定电话格式错误/, bad);
  }
});

test('contact phone accepts either kind', () => {
  assert.equal(checkContactPhone('13800138000'), null);
  assert.equal(checkContactPhone('0453-1234567'), null);
  assert.match(checkContactPhone('12345') ?? '', /联系电话格式错误/);
});

test('e-mail addresses', () => {
  for (const ok of ['anze@example.com', 'zhang.san+safety@mail.hlj.gov.cn', 'a_b-c@sub-domain.example.org']) {
    assert.equal(checkEmail(ok), null, ok);
  }
  for (const bad of [
    'anze',
    'anze@',
    '@example.com',
    'a..b@example.com',
    '.a@example.com',
    'a@example',
    'a b@example.com',
    'a@-example.com',
    'a@example.c0m',
  ]) {
    assert.match(checkEmail(bad) ?? '', /电子邮箱格式错误/, bad);
  }
  const long = `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.com`;
  assert.ok(long.length > 254);
  assert.match(checkEmail(long) ?? '', /不能超过254/);
  assert.match(checkEmail(`${'a'.repeat(65)}@example.com`) ?? '', /格式错误/, 'local part over 64');
});
