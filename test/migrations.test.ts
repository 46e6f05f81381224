// The committed migrations of every subgraph build exactly the schema its entities describe (when this fails, run
// `npm run migrate -w @anze/<subgraph> -- --create <name>`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import { applyMigrations, schemaDrift } from '@anze/orm';
import { createTestDatabase } from '@anze/testing';

const subgraphs = readdirSync(new URL('../subgraphs/', import.meta.url)).filter((d) =>
  existsSync(new URL(`../subgraphs/${d}/src/orm.ts`, import.meta.url)),
);

for (const name of subgraphs) {
  test(`${name}: migrations match the entities`, async () => {
    const module = (await import(`../subgraphs/${name}/src/orm.ts`)) as Record<string, unknown>;
    const createOrm = module[`${name}Orm`] as (url: string) => Promise<MikroORM>;
    const db = await createTestDatabase(`${name}_migrations`);
    const orm = await createOrm(db.url);
    try {
      await applyMigrations(orm);
      assert.equal(await schemaDrift(orm), '');
    } finally {
      await orm.close();
      await db.drop();
    }
  });
}
