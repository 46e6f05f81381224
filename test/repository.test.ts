// Repository-wide guarantees: every subgraph field is guarded, generated code is current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSchema } from '@anze/server-kit';
import { unguardedFields } from '@anze/auth';

const root = fileURLToPath(new URL('..', import.meta.url));
const subgraphs = readdirSync(new URL('../subgraphs/', import.meta.url)).filter((d) =>
  existsSync(new URL(`../subgraphs/${d}/schema.graphql`, import.meta.url)),
);

test('every field of every subgraph schema has @auth or @public, directly or through its type', () => {
  assert.ok(subgraphs.length > 0);
  for (const name of subgraphs) {
    const schema = buildSchema(new URL(`../subgraphs/${name}/schema.graphql`, import.meta.url), {});
    // CONTEXT: deny by default means an unmarked field is refused at run time; this finds it before a user does.
    assert.deepEqual(unguardedFields(schema), [], `${name} has unguarded fields`);
  }
});

/** The .ts files below `dir`, paths relative to the repository. */
function sourcesUnder(dir: string): Array<{ file: string; text: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return entry.name.endsWith('.ts')
      ? [{ file: path.slice(root.length), text: readFileSync(path, 'utf8') }]
      : [];
  });
}

/** Every module a subgraph's `src/<layer>/` files import (static, re-export or dynamic), with the importing file. */
function importsOf(layer: string): Array<{ file: string; from: string }> {
  return subgraphs.flatMap((name) =>
    sourcesUnder(join(root, 'subgraphs', name, 'src', layer)).flatMap(({ file, text }) =>
      [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => ({
        file,
        from: m[1]!,
      })),
    ),
  );
}

test('domain code has no GraphQL: nothing under subgraphs/*/src/domain/ imports graphql or @apollo/*', () => {
  // CONTEXT: rules and state machines raise DomainErrors (@anze/domain); the server kit alone knows GraphQL.
  const offending = importsOf('domain').filter(({ from }) => /^(graphql|@apollo\/)/.test(from));
  assert.deepEqual(offending, []);
});

test('one direction inside a subgraph: domain/ never imports events/ (it publishes through a port)', () => {
  // CONTEXT: events/ builds payloads from domain types; a domain import back into events/ made a cycle.
  const offending = importsOf('domain').filter(({ from }) => /^\.\.?\/(?:.*\/)?events\//.test(from));
  assert.deepEqual(offending, []);
});

test('resolvers are thin: nothing under subgraphs/*/src/resolvers/ imports @mikro-orm/* or queries the EntityManager', () => {
  // CONTEXT: queries and writes belong to domain services and persistence modules; a resolver validates, guards and
  // calls one of them with the request's EntityManager.
  assert.deepEqual(
    importsOf('resolvers').filter(({ from }) => from.startsWith('@mikro-orm/')),
    [],
  );
  const querying = subgraphs.flatMap((name) =>
    sourcesUnder(join(root, 'subgraphs', name, 'src', 'resolvers')).flatMap(({ file, text }) =>
      [...text.matchAll(/\bem\s*\.\s*(\w+)\s*\(/g)].map((m) => `${file}: em.${m[1]}(`),
    ),
  );
  assert.deepEqual(querying, []);
});

test('rules apart from persistence: in domain/, only *.entity.ts and *.repository.ts touch MikroORM', () => {
  // CONTEXT: services and rules name the EntityManager type and open transactions; reads, writes, SQL and MikroORM
  // values (LockMode, errors, raw) belong to the repositories beside the entities.
  const offending = subgraphs
    .flatMap((name) => sourcesUnder(join(root, 'subgraphs', name, 'src', 'domain')))
    .filter(({ file }) => !/(\.entity|\.repository|\/entities)\.ts$/.test(file))
    .flatMap(({ file, text }) => [
      ...[...text.matchAll(/^import (?!type\b)[^;]*?from '(@mikro-orm\/[^']+)'/gm)].map(
        (m) => `${file}: imports ${m[1]}`,
      ),
      ...[
        ...text.matchAll(
          /\b(?:em|tx)\s*\.\s*(find\w*|count|create|execute|nativeUpdate|nativeDelete|getConnection|upsert|insert\w*|remove)\s*\(/g,
        ),
      ].map((m) => `${file}: em.${m[1]}(`),
      ...(/\brecordEvent\b/.test(text)
        ? [`${file}: writes the outbox (events/ does, through the publish port)`]
        : []),
    ]);
  assert.deepEqual(offending, []);
});

test('generated resolver types match the schemas (run `npm run codegen` when this fails)', () => {
  const bin = fileURLToPath(new URL('../node_modules/.bin/graphql-codegen', import.meta.url));
  try {
    execFileSync(process.execPath, [bin, '--config', 'codegen.ts', '--check'], { cwd: root, stdio: 'pipe' });
  } catch (e) {
    assert.fail(`generated code is stale:\n${(e as { stdout?: Buffer }).stdout?.toString() ?? e}`);
  }
});

test("the event catalogue in docs/events matches the subgraphs' catalogues (run `npm run events:catalogue` when this fails)", () => {
  const script = fileURLToPath(new URL('../scripts/events-catalogue.ts', import.meta.url));
  try {
    execFileSync(process.execPath, [script, '--check'], { cwd: root, stdio: 'pipe' });
  } catch (e) {
    assert.fail(`docs/events is stale:\n${(e as { stdout?: Buffer }).stdout?.toString() ?? e}`);
  }
});
