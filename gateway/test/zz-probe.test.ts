import { test } from 'node:test';
import { parse, validate, buildASTSchema, specifiedRules } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSupergraphSchema, Supergraph } from '@apollo/federation-internals';
import { readFileSync } from 'node:fs';
test('probe', async () => {
  const sg = Supergraph.build(readFileSync('supergraph.graphql', 'utf8'));
  const schema = sg.apiSchema().toGraphQLJSSchema();
  const armor = new ApolloArmor({ maxTokens: { n: 2000 }, maxDepth: { n: 8 } });
  const p = armor.protect();
  const doc = parse(`{ viewer { ${Array.from({ length: 1100 }, () => 'roles').join(' ')} } }`);
  const errs = validate(schema, doc, [...specifiedRules, ...p.validationRules]);
  console.log(errs.length, errs.slice(0, 3).map((e) => e.message));
});
