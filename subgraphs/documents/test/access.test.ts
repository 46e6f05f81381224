// Who may read, download and delete: owner, regulators of the owner's jurisdiction, admins; signed links; ZIP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { createEventValidator, OutboxMessage } from '@anze/events';
import { DOCUMENTS_EVENT_CATALOGUE } from '../src/events/catalogue.ts';
import { Document } from '../src/domain/document.entity.ts';
import {
  startHarness,
  samplePdf,
  sampleJpeg,
  samplePng,
  ENTERPRISE_DIVISION,
  type Harness,
} from './fixtures.ts';

let h: Harness;
const orgA = randomUUID();
const orgB = randomUUID();
const t: Record<string, string> = {};
const ids: Record<string, string> = {};
const bytes: Record<string, Buffer> = {};

const DOC = `query($id: ID!) { document(id: $id) { id kind kindLabel fileName size contentType sha256 uploadedAt downloadUrl thumbnailUrl } }`;
const LIST = `query($owner: ID, $kinds: [DocumentKind!]) { documents(ownerOrganisationId: $owner, kinds: $kinds) { id kind } }`;
const ARCHIVE = `query($ids: [ID!]!, $name: String) { documentsArchiveUrl(ids: $ids, name: $name) }`;

before(async () => {
  h = await startHarness('access');
  t.a = await h.token({ roles: ['ENTERPRISE'], organisationId: orgA, jurisdiction: ENTERPRISE_DIVISION });
  t.a2 = await h.token({ roles: ['ENTERPRISE'], organisationId: orgA, jurisdiction: ENTERPRISE_DIVISION });
  t.b = await h.token({ roles: ['ENTERPRISE'], organisationId: orgB, jurisdiction: '230102' });
  t.hrb = await h.token({ roles: ['REGULATOR'], jurisdiction: '230100' }); // 哈尔滨市: contains 230103
  t.hlj = await h.token({ roles: ['REGULATOR'], jurisdiction: '230000' }); // 黑龙江省
  t.jl = await h.token({ roles: ['REGULATOR'], jurisdiction: '220000' }); // 吉林省
  t.daoli = await h.token({ roles: ['REGULATOR'], jurisdiction: '230102' }); // 道里区: not 南岗区
  t.admin = await h.token({ roles: ['PLATFORM_ADMIN'], jurisdiction: null });
  t.insurer = await h.token({ roles: ['INSURER'], jurisdiction: '230000' });
  bytes.license = samplePdf('license');
  bytes.license2 = await sampleJpeg('#aa0000');
  bytes.qualification = await samplePng('#00aa00');
  for (const [key, kind, name] of [
    ['license', 'BUSINESS_LICENSE', '营业执照.pdf'],
    ['license2', 'BUSINESS_LICENSE', '营业执照副本.jpg'],
    ['qualification', 'QUALIFICATION', '资质证书.png'],
  ] as const) {
    const r = await h.upload(t.a!, kind, { bytes: bytes[key]!, name });
    assert.equal(r.status, 201);
    ids[key] = r.body.id!;
  }
});
after(() => h?.close());

test('the owner lists, reads and downloads its documents with signed relative links', async () => {
  const list = await h.ok<{ documents: Array<{ id: string; kind: string }> }>(LIST, { token: t.a });
  assert.equal(list.documents.length, 3);
  const only = await h.ok<{ documents: Array<{ id: string }> }>(LIST, {
    token: t.a2,
    variables: { kinds: ['QUALIFICATION'] },
  });
  assert.deepEqual(
    only.documents.map((d) => d.id),
    [ids.qualification],
  );

  const { document } = await h.ok<{ document: Record<string, string | number> }>(DOC, {
    token: t.a,
    variables: { id: ids.license },
  });
  assert.equal(document.kindLabel, '营业执照');
  assert.equal(document.fileName, '营业执照.pdf');
  assert.equal(document.thumbnailUrl, null);
  assert.match(String(document.downloadUrl), new RegExp(`^/files/${ids.license}\\?exp=\\d+&sig=[\\w-]+$`));
  const res = await h.fetchLink(String(document.downloadUrl));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('content-security-policy'), 'sandbox');
  assert.equal(
    res.headers.get('content-disposition'),
    `inline; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('营业执照.pdf')}`,
  );
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes.license);
});

test('another organisation cannot read or obtain links to the documents', async () => {
  const r = await h.call(DOC, { token: t.b, variables: { id: ids.license } });
  assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  assert.equal(r.data?.document ?? null, null);
  const list = await h.ok<{ documents: unknown[] }>(LIST, { token: t.b, variables: { owner: orgA } });
  assert.deepEqual(list.documents, []);
  const zip = await h.call(ARCHIVE, { token: t.b, variables: { ids: [ids.license] } });
  assert.equal(zip.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  // Nor through federation (another subgraph resolving a Document reference for this viewer).
  const ent = await h.call(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Document { downloadUrl } } }`,
    { token: t.b, variables: { r: [{ __typename: 'Document', id: ids.license }] } },
  );
  assert.equal(ent.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  // An insurer without a grant sees nothing either.
  const ins = await h.call(DOC, { token: t.insurer, variables: { id: ids.license } });
  assert.equal(ins.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test("regulators of the owner's jurisdiction may read and download; others may not", async () => {
  for (const who of ['hrb', 'hlj', 'admin']) {
    const { document } = await h.ok<{ document: { downloadUrl: string } }>(DOC, {
      token: t[who],
      variables: { id: ids.license2 },
    });
    const res = await h.fetchLink(document.downloadUrl);
    assert.equal(res.status, 200, who);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes.license2);
    const list = await h.ok<{ documents: unknown[] }>(LIST, { token: t[who], variables: { owner: orgA } });
    assert.equal(list.documents.length, 3, who);
  }
  for (const who of ['jl', 'daoli']) {
    const r = await h.call(DOC, { token: t[who], variables: { id: ids.license2 } });
    assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN', who);
    const list = await h.ok<{ documents: unknown[] }>(LIST, { token: t[who], variables: { owner: orgA } });
    assert.deepEqual(list.documents, [], who);
  }
});

test("identity's Organisation gains its documents (企业信息 详情 for the regulator)", async () => {
  const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id documents(kinds: [BUSINESS_LICENSE]) { id kindLabel } } } }`;
  const vars = { r: [{ __typename: 'Organisation', id: orgA }] };
  const hrb = await h.ok<{ _entities: Array<{ documents: Array<{ id: string }> }> }>(q, {
    token: t.hrb,
    variables: vars,
  });
  assert.deepEqual(hrb._entities[0]!.documents.map((d) => d.id).sort(), [ids.license, ids.license2].sort());
  const jl = await h.ok<{ _entities: Array<{ documents: unknown[] }> }>(q, { token: t.jl, variables: vars });
  assert.deepEqual(jl._entities[0]!.documents, []);
});

test('expired and tampered links are refused with 403', async () => {
  const signer = h.service.deps.signer;
  const expired = signer.url(`/files/${ids.license}`, Date.now() - 3600_000);
  const r1 = await h.fetchLink(expired);
  assert.equal(r1.status, 403);
  assert.equal(
    ((await r1.json()) as { errors: Array<{ message: string }> }).errors[0]!.message,
    '下载链接已过期，请重新获取',
  );

  const good = signer.url(`/files/${ids.license}`);
  const sig = new URL(good, 'http://x').searchParams.get('sig')!;
  const flipped = `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
  const tampered = [
    good.replace(sig, flipped),
    good.replace(/exp=(\d+)/, (_m, e) => `exp=${Number(e) + 3600}`),
    // The signature of one document does not open another.
    good.replace(ids.license!, ids.qualification!),
    `/files/${ids.license}`,
  ];
  for (const link of tampered) {
    const r = await h.fetchLink(link);
    assert.equal(r.status, 403, link);
    assert.equal(
      ((await r.json()) as { errors: Array<{ message: string }> }).errors[0]!.message,
      '下载链接无效',
    );
  }
  // Thumbnail links are signed separately from the file's.
  assert.equal(
    (await h.fetchLink(good.replace(`/files/${ids.license}`, `/files/${ids.license}/thumbnail`))).status,
    403,
  );
});

test('资料下载: a ZIP of the documents with readable unique Chinese names and the right bytes', async () => {
  const all = [ids.license!, ids.license2!, ids.qualification!];
  const { documentsArchiveUrl: link } = await h.ok<{ documentsArchiveUrl: string }>(ARCHIVE, {
    token: t.hrb,
    variables: { ids: all, name: '哈尔滨测试建筑 资料' },
  });
  assert.match(link, /^\/files\/archive\?ids=[^&]+&name=[^&]+&exp=\d+&sig=/);
  const res = await h.fetchLink(link);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/zip');
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment; .*filename\*=UTF-8''/);
  const dir = mkdtempSync(join(tmpdir(), 'anze-zip-'));
  try {
    const file = join(dir, 'a.zip');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    assert.deepEqual(listing, ['营业执照.pdf', '营业执照(2).jpg', '资质文件.png']);
    execFileSync('unzip', ['-q', file, '-d', join(dir, 'out')]);
    assert.deepEqual(readFileSync(join(dir, 'out', '营业执照.pdf')), bytes.license);
    assert.deepEqual(readFileSync(join(dir, 'out', '营业执照(2).jpg')), bytes.license2);
    assert.deepEqual(readFileSync(join(dir, 'out', '资质文件.png')), bytes.qualification);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The ids are part of the signature: another set cannot be swapped in.
  const swapped = link.replace(encodeURIComponent(ids.qualification!), encodeURIComponent(ids.license!));
  assert.equal((await h.fetchLink(swapped)).status, 403);
  // Every id must be readable at signing time.
  const denied = await h.call(ARCHIVE, { token: t.jl, variables: { ids: all } });
  assert.equal(denied.errors?.[0]?.extensions?.code, 'FORBIDDEN');
});

test('only the owner deletes; the row stays for audit and the blob goes once nothing references it', async () => {
  const shared = samplePdf('shared');
  const one = await h.upload(t.a!, 'OTHER', { bytes: shared, name: 'one.pdf' });
  const two = await h.upload(t.a!, 'REPORT', { bytes: shared, name: 'two.pdf' });
  const hash = createHash('sha256').update(shared).digest('hex');
  const DEL = `mutation($id: ID!) { deleteDocument(id: $id) }`;
  for (const who of ['b', 'hrb']) {
    const r = await h.call(DEL, { token: t[who], variables: { id: one.body.id } });
    assert.equal(r.errors?.[0]?.extensions?.code, 'FORBIDDEN', who);
  }
  const { document } = await h.ok<{ document: { downloadUrl: string } }>(DOC, {
    token: t.a,
    variables: { id: one.body.id },
  });
  assert.deepEqual(await h.ok(DEL, { token: t.a2, variables: { id: one.body.id } }), {
    deleteDocument: true,
  });
  const row = await h.em().findOneOrFail(Document, { id: one.body.id! });
  assert.ok(row.deletedAt);
  // Gone for readers, and its link no longer serves it …
  assert.equal(
    (await h.call(DOC, { token: t.a, variables: { id: one.body.id } })).errors?.[0]?.extensions?.code,
    'NOT_FOUND',
  );
  assert.equal((await h.fetchLink(document.downloadUrl)).status, 404);
  // … but the bytes stay while the second document references them.
  assert.ok(h.blobFiles().some((f) => f.endsWith(hash)));
  await h.ok(DEL, { token: t.a, variables: { id: two.body.id } });
  assert.ok(!h.blobFiles().some((f) => f.endsWith(hash)));
  const again = await h.call(DEL, { token: t.a, variables: { id: two.body.id } });
  assert.equal(again.errors?.[0]?.extensions?.code, 'NOT_FOUND');

  const events = (await h.em().find(OutboxMessage, {})).filter(
    (m) => m.payload.type === 'documents.document.deleted',
  );
  assert.deepEqual(events.map((m) => m.payload.aggregate.id).sort(), [one.body.id, two.body.id].sort());
});

test('GraphQL calls need a token', async () => {
  const r = await h.call(LIST, {});
  assert.equal(r.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

// CONTEXT: outside subscribers rely on docs/events (generated from the catalogue); an event type or field the
// catalogue does not declare must fail here rather than reach them undocumented.
test('every event written here is in the event catalogue and fits its schema', async () => {
  const validate = createEventValidator(DOCUMENTS_EVENT_CATALOGUE);
  const rows = await h.em().find(OutboxMessage, {});
  const types = new Set(rows.map((r) => r.payload.type));
  assert.ok(types.has('documents.document.uploaded'), 'documents.document.uploaded');
  assert.ok(types.has('documents.document.deleted'), 'documents.document.deleted');
  for (const row of rows) assert.deepEqual(validate(row.payload).errors, [], row.subject);
});
