// CONTEXT: issue 11 §2 — values of the wrong GraphQL type reached users as graphql-js's English text; the gateway and
// the subgraphs translate these messages, so every shape graphql-js 16 writes must be recognised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLString, GraphQLID } from 'graphql';
import { DomainError } from '@anze/domain';
import { checkArgument, translateInputError } from '../src/index.ts';

test('coercion messages become Chinese with the field path', () => {
  const cases: Array<[string, { message: string; field: string } | null]> = [
    [
      'Variable "$v" got invalid value 5 at "v.name"; String cannot represent a non string value: 5',
      { message: '名称 的值类型不正确', field: 'name' },
    ],
    [
      'Variable "$i" got invalid value "2025-02-30" at "i.plannedStart"; 日期格式错误，应为YYYY-MM-DD',
      { message: '日期格式错误，应为YYYY-MM-DD', field: 'plannedStart' },
    ],
    [
      'Variable "$i" got invalid value {}; Field "name" of required type "String!" was not provided.',
      { message: '请填写名称', field: 'name' },
    ],
    [
      'Variable "$i" got invalid value 1 at "i.profile.contactName"; String cannot represent a non string value: 1',
      { message: '联系人 的值类型不正确', field: 'profile.contactName' },
    ],
    [
      'Variable "$id" of required type "ID!" was not provided.',
      { message: '缺少必填的变量 id', field: 'id' },
    ],
    ['Cannot query field "x" on type "Query".', null],
  ];
  for (const [message, expected] of cases) assert.deepEqual(translateInputError(message), expected, message);
});

test('the argument boundary refuses by type: ids, characters, blanks, sizes', () => {
  const input = new GraphQLInputObjectType({
    name: 'I',
    fields: {
      contactName: { type: GraphQLString },
      ids: { type: new GraphQLList(new GraphQLNonNull(GraphQLID)) },
    },
  });
  const refusal = (value: unknown) => {
    try {
      checkArgument(value, input, '');
    } catch (e) {
      assert.ok(e instanceof DomainError);
      return `${e.code} ${e.field} ${e.message}`;
    }
    return 'accepted';
  };
  assert.equal(refusal({ contactName: '张三\u0000' }), 'BAD_USER_INPUT contactName 联系人 含有不允许的字符');
  assert.equal(refusal({ contactName: '\u200B' }), 'BAD_USER_INPUT contactName 联系人 不能只包含不可见字符');
  assert.equal(refusal({ ids: ['x'] }), 'NOT_FOUND ids 编号不存在');
  assert.equal(refusal({ ids: Array(1001).fill('x') }), 'BAD_USER_INPUT ids 编号 不能超过 1000 项');
  assert.equal(refusal({ contactName: '张三', ids: ['0190a3c4-0000-7000-8000-000000000001'] }), 'accepted');
  assert.equal(refusal({ contactName: '' }), 'accepted');
});
