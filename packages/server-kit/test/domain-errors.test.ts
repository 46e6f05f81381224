// CONTEXT: domain code throws plain DomainErrors; clients must keep receiving exactly the GraphQL errors (code, field)
// and HTTP answers they received when the helpers built GraphQLErrors themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { badInput, conflict, forbidden, secondFactorRequired } from '@anze/auth';
import { createLogger, errorFormatter, graphQLErrorOf, httpStatusOf } from '../src/index.ts';

const schema = buildSchema('type Query { input: Int, denied: Int, conflict: Int, second: Int }');
const fail = (error: Error) => () => {
  throw error;
};
const rootValue = {
  input: fail(badInput('请填写项目名称', 'name')),
  denied: fail(forbidden('不在您的管辖范围内')),
  conflict: fail(conflict('项目信息已被修改，请刷新后重试', 'version')),
  second: fail(secondFactorRequired('请使用 密码 + 证书 登录')),
};
const log = createLogger({ service: 'test' }, 'silent');

async function formatted(field: string, production: boolean) {
  const result = await graphql({ schema, rootValue, source: `{ ${field} }` });
  const error = result.errors![0]!;
  return errorFormatter(production, log)({ ...error.toJSON(), extensions: {} }, error);
}

test('a DomainError thrown by a resolver reaches the client with its code and field, in production too', async () => {
  for (const production of [false, true]) {
    assert.deepEqual((await formatted('input', production)).extensions, {
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    const denied = await formatted('denied', production);
    assert.equal(denied.message, '不在您的管辖范围内');
    assert.deepEqual(denied.extensions, { code: 'FORBIDDEN' });
    assert.deepEqual((await formatted('conflict', production)).extensions, {
      code: 'CONFLICT',
      field: 'version',
    });
    assert.deepEqual((await formatted('second', production)).extensions, {
      code: 'SECOND_FACTOR_REQUIRED',
      field: 'secondFactor',
    });
  }
});

test('scalars report a DomainError as a GraphQLError; HTTP routes answer with the status of its code', () => {
  const e = graphQLErrorOf(badInput('日期格式错误', 'plannedStart'));
  assert.ok(e instanceof GraphQLError);
  assert.deepEqual(e.extensions, { code: 'BAD_USER_INPUT', field: 'plannedStart' });
  assert.deepEqual([badInput('x'), forbidden(), conflict('x')].map(httpStatusOf), [400, 403, 409]);
});
