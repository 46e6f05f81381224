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

/** Every module a subgraph's `src/<layer>/` files import (static, re-export or dynamic), with the importing file. */
function importsOf(layer: string): Array<{ file: string; from: string }> {
  const found: Array<{ file: string; from: string }> = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm))
          found.push({ file: path.slice(root.length), from: m[1]! });
      }
    }
  };
  for (const name of subgraphs) walk(join(root, 'subgraphs', name, 'src', layer));
  return found;
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
