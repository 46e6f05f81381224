// CONTEXT: the federation gateway resolves a list of N entities from another subgraph with one `_entities` call of N
// representations; if each `__resolveReference` ran its own SELECT, one list page would cost N queries. These tests
// count the SQL actually sent to PostgreSQL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { defineEntity, p } from '@mikro-orm/core';
import {
  EntityLoaders,
  ensureDatabase,
  dropDatabase,
  ormConfig,
  serverUrl,
  withDatabase,
} from '../src/index.ts';

const Author = defineEntity({
  name: 'Author',
  tableName: 'author',
  properties: { id: p.uuid().primary(), name: p.string() },
});
const Book = defineEntity({
  name: 'Book',
  tableName: 'book',
  properties: {
    id: p.uuid().primary(),
    title: p.string(),
    author: () => p.manyToOne(Author),
  },
});

const url = withDatabase(serverUrl(), `anze_test_orm_${randomBytes(4).toString('hex')}`);
const statements: string[] = [];
let orm: MikroORM;
const authorIds: string[] = [];

before(async () => {
  await ensureDatabase(url);
  orm = await MikroORM.init({
    ...ormConfig({
      subgraph: 'orm-test',
      clientUrl: url,
      entities: [Author, Book],
      migrationsPath: '/nonexistent',
    }),
    debug: ['query'],
    logger: (message: string) => statements.push(message),
  });
  await orm.schema.create();
  const em = orm.em.fork();
  for (let i = 0; i < 30; i++) {
    const author = em.create(Author, { id: randomUUID(), name: `作者${i}` });
    authorIds.push(author.id);
    em.create(Book, { id: randomUUID(), title: `书${i}`, author });
  }
  await em.flush();
});

after(async () => {
  await orm?.close(true);
  await dropDatabase(url);
});

/** SELECTs sent while `fn` runs (the logger also reports transactions and DDL; only reads matter here). */
async function selectsDuring(fn: (em: EntityManager) => Promise<unknown>): Promise<string[]> {
  const em = orm.em.fork() as EntityManager;
  statements.length = 0;
  await fn(em);
  return statements.map((s) => s.replace(/\x1b\[\d+m/g, '')).filter((s) => /\bselect\b/i.test(s));
}

test('loads of one entity in the same tick become a single IN query, in request order, null for unknown ids', async () => {
  const unknown = randomUUID();
  const wanted = [...authorIds.slice().reverse(), unknown];
  let results: Array<{ id: string } | null> = [];
  const selects = await selectsDuring(async (em) => {
    const loaders = new EntityLoaders(em);
    results = await Promise.all(wanted.map((id) => loaders.load(Author, id)));
  });
  assert.equal(selects.length, 1, selects.join('\n'));
  assert.match(selects[0]!, /\bin\b/i);
  assert.deepEqual(
    results.map((r) => r?.id ?? null),
    [...authorIds.slice().reverse(), null],
  );
});

test('repeated ids are fetched once and later ticks do not refetch what this request already loaded', async () => {
  const selects = await selectsDuring(async (em) => {
    const loaders = new EntityLoaders(em);
    await Promise.all([authorIds[0]!, authorIds[0]!, authorIds[1]!].map((id) => loaders.load(Author, id)));
    const again = await loaders.load(Author, authorIds[0]!);
    assert.equal(again?.id, authorIds[0]);
  });
  assert.equal(selects.length, 1, selects.join('\n'));
});

test('a relation over a list is loaded by a join or one extra query, not one query per row', async () => {
  const selects = await selectsDuring(async (em) => {
    const books = await em.find(Book, {}, { populate: ['author'] });
    assert.equal(books.length, 30);
    assert.ok(books.every((b) => b.author.name.startsWith('作者')));
  });
  assert.ok(selects.length <= 2, selects.join('\n'));
});
