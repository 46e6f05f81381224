// POST /files: accepted types, content sniffing, size limit, dedup, thumbnails, authentication, events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { createEventValidator, OutboxMessage } from '@anze/events';
import { DOCUMENTS_EVENT_CATALOGUE } from '../src/events/catalogue.ts';
import { NATS_URL, TEST_GATEWAY_SECRET } from '@anze/testing';
import { Document } from '../src/domain/document.entity.ts';
import {
  startHarness,
  samplePdf,
  sampleJpeg,
  samplePng,
  sampleWebp,
  ENTERPRISE_DIVISION,
  enterpriseToken,
  sha256Of,
  type Harness,
} from './fixtures.ts';

const MAX = 256 * 1024;
let h: Harness;
let enterprise: string;
const orgId = randomUUID();

before(async () => {
  h = await startHarness('upload', { DOCUMENT_MAX_BYTES: String(MAX) });
  enterprise = await enterpriseToken(h, orgId);
});
after(() => h?.close());

const sha = sha256Of;

test('PDF, JPEG, PNG and WebP are accepted; the type comes from the content, not the name or client type', async () => {
  const cases = [
    { bytes: samplePdf(), name: '营业执照.pdf', type: 'application/pdf', kind: 'BUSINESS_LICENSE' },
    // CONTEXT: a JPEG named .png and sent as text/plain is still a JPEG.
    {
      bytes: await sampleJpeg(),
      name: 'id-front.png',
      type: 'image/jpeg',
      kind: 'LEGAL_REP_ID_PORTRAIT',
      sent: 'text/plain',
    },
    { bytes: await samplePng(), name: '资质.png', type: 'image/png', kind: 'QUALIFICATION' },
    { bytes: await sampleWebp(), name: 'emblem.webp', type: 'image/webp', kind: 'LEGAL_REP_ID_EMBLEM' },
  ];
  for (const c of cases) {
    const r = await h.upload(enterprise, c.kind, { bytes: c.bytes, name: c.name, type: c.sent ?? c.type });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.contentType, c.type);
    assert.equal(r.body.kind, c.kind);
    assert.equal(r.body.fileName, c.name);
    assert.equal(r.body.size, c.bytes.length);
    assert.equal(r.body.sha256, sha(c.bytes));
    const doc = await h.em().findOneOrFail(Document, { id: r.body.id! });
    assert.equal(doc.ownerOrganisationId, orgId);
    assert.equal(doc.divisionCode, ENTERPRISE_DIVISION);
    assert.equal(doc.thumbnailSha256 === null, c.type === 'application/pdf');
  }
});

test('images get a 320 px wide WebP thumbnail, stored content-addressed and served on its signed link', async () => {
  const r = await h.upload(enterprise, 'PHOTO', { bytes: await sampleJpeg('#101080'), name: '现场.jpg' });
  assert.equal(r.status, 201);
  const data = await h.ok<{ document: { thumbnailUrl: string } }>(
    `query($id: ID!) { document(id: $id) { thumbnailUrl } }`,
    { token: enterprise, variables: { id: r.body.id } },
  );
  assert.match(data.document.thumbnailUrl, /^\/files\/[0-9a-f-]+\/thumbnail\?exp=\d+&sig=/);
  const res = await h.fetchLink(data.document.thumbnailUrl);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/webp');
  const thumb = Buffer.from(await res.arrayBuffer());
  const meta = await sharp(thumb).metadata();
  assert.equal(meta.format, 'webp');
  assert.equal(meta.width, 320);
  const doc = await h.em().findOneOrFail(Document, { id: r.body.id! });
  assert.equal(doc.thumbnailSha256, sha(thumb));
  assert.ok(h.blobFiles().some((f) => f.endsWith(sha(thumb))));
});

test('identical content is stored once', async () => {
  const bytes = samplePdf('dedup');
  const a = await h.upload(enterprise, 'CONTRACT', { bytes, name: 'a.pdf' });
  const b = await h.upload(enterprise, 'AGREEMENT', { bytes, name: 'b.pdf' });
  assert.equal(a.status, 201);
  assert.equal(b.status, 201);
  assert.notEqual(a.body.id, b.body.id);
  assert.equal(h.blobFiles().filter((f) => f.endsWith(sha(bytes))).length, 1);
  assert.ok(h.blobFiles().includes(`${sha(bytes).slice(0, 2)}/${sha(bytes).slice(2, 4)}/${sha(bytes)}`));
});

test('content that is not an allowed type is refused (415) and nothing is stored', async () => {
  const before = h.blobFiles();
  const count = await h.em().count(Document, {});
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000, 7)]);
  for (const bytes of [exe, Buffer.from('just some text pretending to be a PDF\n'), Buffer.from('%PD')]) {
    const r = await h.upload(enterprise, 'BUSINESS_LICENSE', {
      bytes,
      name: '营业执照.pdf',
      type: 'application/pdf',
    });
    assert.equal(r.status, 415);
    assert.equal(r.body.errors?.[0]?.message, '仅支持 PDF、JPG、PNG、WebP 格式的文件');
    assert.equal(r.body.errors?.[0]?.extensions?.field, 'file');
  }
  assert.deepEqual(h.blobFiles(), before);
  assert.equal(await h.em().count(Document, {}), count);
});

test('a PNG header on garbage is refused as corrupt and nothing is stored', async () => {
  const before = h.blobFiles();
  const count = await h.em().count(Document, {});
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(5000, 0x42),
  ]);
  const r = await h.upload(enterprise, 'PHOTO', { bytes, name: 'photo.png' });
  assert.equal(r.status, 400);
  assert.equal(r.body.errors?.[0]?.message, '图片文件已损坏，无法读取');
  assert.deepEqual(h.blobFiles(), before);
  assert.equal(await h.em().count(Document, {}), count);
});

// CONTEXT: issue 11 §2 — PDFs were checked by their first five bytes only: `%PDF-` alone and a `%PDF-1.4` + HTML
// polyglot were stored and served back as PDFs.
test('a file that starts like a PDF but does not parse as one is refused (415) and nothing is stored', async () => {
  const before = h.blobFiles();
  const count = await h.em().count(Document, {});
  const polyglot = Buffer.from('%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n');
  const hollow = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  for (const bytes of [Buffer.from('%PDF-'), polyglot, hollow]) {
    const r = await h.upload(enterprise, 'BUSINESS_LICENSE', { bytes, name: '营业执照.pdf' });
    assert.equal(r.status, 415, bytes.toString('latin1'));
    assert.equal(r.body.errors?.[0]?.message, 'PDF 文件已损坏或不是有效的 PDF，无法读取');
    assert.equal(r.body.errors?.[0]?.extensions?.field, 'file');
  }
  assert.deepEqual(h.blobFiles(), before);
  assert.equal(await h.em().count(Document, {}), count);
});

// CONTEXT: issue 11 §2 — names over 200 characters were cut silently, and `\u202Efdp.exe` (shown as `exe.pdf`) kept.
test('file names with control or bidi characters, or over 200 characters, are refused and say why', async () => {
  const count = await h.em().count(Document, {});
  const cases: Array<[string, string]> = [
    ['\u202Efdp.exe', '文件名 含有不允许的字符'],
    ['营业执照\u2066.pdf', '文件名 含有不允许的字符'],
    [`${'执'.repeat(197)}.pdf`, '文件名 不能超过 200 个字符'],
  ];
  for (const [name, message] of cases) {
    const r = await h.upload(enterprise, 'BUSINESS_LICENSE', { bytes: samplePdf(name), name });
    assert.equal(r.status, 400, name);
    assert.equal(r.body.errors?.[0]?.message, message, JSON.stringify(name));
    assert.equal(r.body.errors?.[0]?.extensions?.field, 'file');
  }
  // busboy itself refuses a multipart header with a control character.
  const bell = await h.upload(enterprise, 'BUSINESS_LICENSE', {
    bytes: samplePdf(),
    name: '营业执照\u0007.pdf',
  });
  assert.equal(bell.status, 400);
  assert.equal(bell.body.errors?.[0]?.extensions?.field, 'file');
  assert.equal(await h.em().count(Document, {}), count);
  const longest = `${'执'.repeat(196)}.pdf`;
  const ok = await h.upload(enterprise, 'BUSINESS_LICENSE', { bytes: samplePdf('200'), name: longest });
  assert.equal(ok.status, 201);
  assert.equal(ok.body.fileName, longest);
});

test('an oversize file is refused (413) while streaming and leaves nothing on disk', async () => {
  const before = h.blobFiles();
  const count = await h.em().count(Document, {});
  const big = Buffer.concat([samplePdf(), Buffer.alloc(MAX, 0x20)]);
  const r = await h.upload(enterprise, 'REPORT', { bytes: big, name: 'big.pdf' });
  assert.equal(r.status, 413);
  assert.equal(r.body.errors?.[0]?.extensions?.code, 'PAYLOAD_TOO_LARGE');
  assert.match(r.body.errors?.[0]?.message ?? '', /^文件不能超过/);

  // CONTEXT: a chunked body declares no length; the limit must hold on the bytes themselves.
  const boundary = 'anzeboundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nREPORT\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const body = new ReadableStream({
    start(c) {
      c.enqueue(head);
      c.enqueue(samplePdf());
      for (let i = 0; i < 20; i++) c.enqueue(new Uint8Array(32 * 1024).fill(0x25));
      c.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
      c.close();
    },
  });
  const res = await fetch(`${h.base}/files`, {
    method: 'POST',
    headers: {
      'x-anze-gateway-secret': TEST_GATEWAY_SECRET,
      authorization: `Bearer ${enterprise}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body,
    duplex: 'half',
  } as RequestInit);
  assert.equal(res.status, 413);
  await res.arrayBuffer();
  assert.deepEqual(h.blobFiles(), before);
  assert.equal(await h.em().count(Document, {}), count);
});

test('uploads need a token, an organisation user, a kind and a file', async () => {
  const pdf = { bytes: samplePdf(), name: 'x.pdf' };
  const anon = await h.upload(null, 'OTHER', pdf);
  assert.equal(anon.status, 401);
  assert.equal(anon.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');

  const bad = await h.upload('not-a-token', 'OTHER', pdf);
  assert.equal(bad.status, 401);

  const admin = await h.token({ roles: ['PLATFORM_ADMIN'], jurisdiction: null });
  assert.equal((await h.upload(admin, 'OTHER', pdf)).status, 403);

  const noKind = await h.upload(enterprise, null, pdf);
  assert.equal(noKind.status, 400);
  assert.equal(noKind.body.errors?.[0]?.extensions?.field, 'kind');
  const wrongKind = await h.upload(enterprise, 'PASSPORT', pdf);
  assert.equal(wrongKind.status, 400);
  assert.equal(wrongKind.body.errors?.[0]?.message, '请选择文件类别');

  const noFile = await h.upload(enterprise, 'OTHER', null);
  assert.equal(noFile.status, 400);
  assert.equal(noFile.body.errors?.[0]?.extensions?.field, 'file');
});

test('requests without the gateway secret are refused, uploads and downloads alike', async () => {
  const form = new FormData();
  form.set('kind', 'OTHER');
  form.set('file', new Blob([samplePdf()]), 'x.pdf');
  const up = await fetch(`${h.base}/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${enterprise}` },
    body: form,
  });
  assert.equal(up.status, 403);
  const r = await h.upload(enterprise, 'OTHER', { bytes: samplePdf('secret'), name: 'x.pdf' });
  const link = h.service.deps.signer.url(`/files/${r.body.id}`);
  assert.equal((await fetch(`${h.base}${link}`)).status, 403);
  assert.equal((await h.fetchLink(link)).status, 200);
  const gql = await h.call(`{ documents { id } }`, { token: enterprise, gatewaySecret: false });
  assert.equal(gql.status, 403);
});

test('uploads publish documents.document.uploaded without the file name', async () => {
  const r = await h.upload(enterprise, 'SAFETY_LICENSE', {
    bytes: samplePdf('event'),
    name: '张三的安全生产许可证.pdf',
  });
  const rows = await h.em().find(OutboxMessage, {});
  const row = rows.find((m) => m.payload.aggregate.id === r.body.id);
  assert.ok(row, 'outbox row');
  assert.equal(row.payload.type, 'documents.document.uploaded');
  assert.equal(row.payload.version, 1);
  assert.equal(row.payload.divisionCode, ENTERPRISE_DIVISION);
  assert.deepEqual(row.payload.data, {
    documentId: r.body.id,
    kind: 'SAFETY_LICENSE',
    ownerOrganisationId: orgId,
    size: r.body.size,
    contentType: 'application/pdf',
    sha256: r.body.sha256,
    divisionCode: ENTERPRISE_DIVISION,
  });
  assert.ok(!JSON.stringify(row.payload).includes('张三'));
  // The relay publishes it to the test's own stream under the test's prefix.
  const subject = `${h.prefix}.23.2301.230103.documents.document.uploaded`;
  const nc = await connect({ servers: NATS_URL });
  try {
    const jsm = await jetstreamManager(nc);
    const deadline = Date.now() + 5000;
    for (;;) {
      try {
        const msg = await jsm.streams.getMessage(h.stream, { last_by_subj: subject });
        assert.equal(msg?.json<{ id: string }>().id, row.id);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await nc.close();
  }
});

// CONTEXT: outside subscribers rely on docs/events (generated from the catalogue); an event type or field the
// catalogue does not declare must fail here rather than reach them undocumented.
test('every event written here is in the event catalogue and fits its schema', async () => {
  const validate = createEventValidator(DOCUMENTS_EVENT_CATALOGUE);
  const rows = await h.em().find(OutboxMessage, {});
  const types = new Set(rows.map((r) => r.payload.type));
  assert.ok(types.has('documents.document.uploaded'), 'documents.document.uploaded');
  for (const row of rows) assert.deepEqual(validate(row.payload).errors, [], row.subject);
});
