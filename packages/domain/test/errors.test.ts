import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  badInput,
  conflict,
  DomainError,
  forbidden,
  notFound,
  unauthenticated,
  USER_ERROR_CODES,
} from '../src/index.ts';

test('each helper makes a DomainError with its code, the Chinese message and the field', () => {
  const e = badInput('请填写项目名称', 'name');
  assert.ok(e instanceof DomainError && e instanceof Error);
  assert.deepEqual([e.code, e.message, e.field], ['BAD_USER_INPUT', '请填写项目名称', 'name']);
  assert.equal(conflict('已被修改', 'version').field, 'version');
  assert.deepEqual(
    [unauthenticated(), forbidden(), notFound()].map((x) => [x.code, x.message, x.field]),
    [
      ['UNAUTHENTICATED', '请先登录', undefined],
      ['FORBIDDEN', '无权执行此操作', undefined],
      ['NOT_FOUND', '记录不存在', undefined],
    ],
  );
});

test('every code a DomainError can carry is a user error code', () => {
  for (const code of ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'])
    assert.ok(USER_ERROR_CODES.has(code), code);
});
