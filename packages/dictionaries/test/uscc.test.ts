import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUscc, isValidUscc, normaliseUscc } from '../src/index.ts';

test('accepts real codes', () => {
  // CONTEXT: 9123019930088715XU is printed in the platform's user manual.
  assert.equal(checkUscc('9123019930088715XU'), null);
  assert.equal(isValidUscc('91350100M000100Y43'), true);
});

test('refuses a wrong check character', () => {
  assert.match(checkUscc('9123019930088715XA') ?? '', /校验位错误/);
  assert.equal(isValidUscc('9123019930088715X0'), false);
});

test('refuses the letters I, O, Z, S, V', () => {
  for (const ch of ['I', 'O', 'Z', 'S', 'V']) {
    const code = `9123019930088715${ch}U`;
    assert.match(checkUscc(code) ?? '', new RegExp(`非法字符“${ch}”`), code);
  }
});

test('refuses wrong length and empty input', () => {
  assert.match(checkUscc('9123019930088715X') ?? '', /18位/);
  assert.match(checkUscc('') ?? '', /请填写/);
});

test('refuses an unknown registration authority and a non-numeric division part', () => {
  assert.match(checkUscc('0123019930088715XU') ?? '', /登记管理部门代码/);
  assert.match(checkUscc('B123019930088715XU') ?? '', /登记管理部门代码/);
  assert.match(checkUscc('91A3019930088715XU') ?? '', /行政区划码/);
});

test('check is strict; normalisation is separate', () => {
  assert.notEqual(checkUscc(' 9123019930088715xu'), null);
  assert.equal(normaliseUscc(' 9123019930088715xu\n'), '9123019930088715XU');
  assert.equal(checkUscc(normaliseUscc(' 9123019930088715xu ')), null);
});
