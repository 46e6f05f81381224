// CONTEXT: issue 11 §2 — values of the wrong GraphQL type reached users as graphql-js's English text; the gateway and
// the subgraphs translate these messages, so every shape graphql-js 16 writes must be recognised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildSchema,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  GraphQLID,
  Kind,
  parse,
  validate,
  type GraphQLScalarType,
} from 'graphql';
import { badInput, DomainError } from '@anze/domain';
import {
  checkArgument,
  graphQLErrorOf,
  locateScalarLiteralErrors,
  translateFormattedInputError,
  translateInputError,
} from '../src/index.ts';

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

// CONTEXT: issue 11 — a value written inline (`createProject(input: { costYuan: 12 })`, `plannedStart: "2025-02-30"`)
// is refused by validation, whose English message names no field; variables were already translated.
test('literals of the wrong type and refused by a custom scalar become Chinese with the field', () => {
  const sdl = buildSchema(`
      scalar Date
      enum Role { INSURER BROKER }
      input Profile { contactName: String }
      input ProjectInput { name: String! costYuan: String! plannedStart: Date profile: Profile }
      type Query { ok: Boolean }
      type Mutation {
        createProject(input: ProjectInput!): Boolean
        setUserRoles(userId: ID!, roles: [Role!]!): Boolean
        unlockUser(userId: ID!): Boolean
      }
    `);
  // As the projects subgraph's Date refuses: a GraphQLError without a location.
  (sdl.getType('Date') as GraphQLScalarType).parseLiteral = (ast) => {
    if (ast.kind === Kind.STRING && /^\d{4}-\d{2}-\d{2}$/.test(ast.value) && ast.value !== '2025-02-30')
      return ast.value;
    throw graphQLErrorOf(badInput('日期格式错误，应为YYYY-MM-DD'));
  };
  const schema = locateScalarLiteralErrors(sdl);
  const refusal = (query: string) => {
    const errors = validate(schema, parse(query));
    assert.ok(errors.length, query);
    const formatted = translateFormattedInputError(
      { message: errors[0]!.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      errors[0],
    );
    return [formatted.extensions?.code, formatted.extensions?.field, formatted.message];
  };
  const base = 'name: "综合楼", costYuan: "1.00"';
  assert.deepEqual(refusal(`mutation { createProject(input: { name: "综合楼", costYuan: 12 }) }`), [
    'BAD_USER_INPUT',
    'costYuan',
    '工程造价 的值类型不正确',
  ]);
  assert.deepEqual(refusal(`mutation { createProject(input: { ${base}, profile: { contactName: 5 } }) }`), [
    'BAD_USER_INPUT',
    'profile.contactName',
    '联系人 的值类型不正确',
  ]);
  assert.deepEqual(refusal(`mutation { createProject(input: { costYuan: "1.00" }) }`), [
    'BAD_USER_INPUT',
    'name',
    '请填写名称',
  ]);
  assert.deepEqual(refusal(`mutation { setUserRoles(userId: "u", roles: [INSURER, NOPE]) }`), [
    'BAD_USER_INPUT',
    'roles[1]',
    '角色 的取值无效',
  ]);
  assert.deepEqual(refusal(`mutation { unlockUser(userId: 5.5) }`), [
    'BAD_USER_INPUT',
    'userId',
    '用户 的值类型不正确',
  ]);
  for (const value of ['"2025-02-30"', '20250301'])
    assert.deepEqual(refusal(`mutation { createProject(input: { ${base}, plannedStart: ${value} }) }`), [
      'BAD_USER_INPUT',
      'plannedStart',
      '日期格式错误，应为YYYY-MM-DD',
    ]);
  // Not an input error: left as it is.
  assert.deepEqual(refusal('mutation { nope }').slice(0, 2), ['GRAPHQL_VALIDATION_FAILED', undefined]);
  assert.deepEqual(refusal(`mutation { createProject(input: { ${base}, nope: 1 }) }`), [
    'BAD_USER_INPUT',
    undefined,
    '含有未定义的输入项 nope',
  ]);
});
