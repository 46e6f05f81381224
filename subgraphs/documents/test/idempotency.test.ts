// CONTEXT: issue 11 — POST /files was not keyed: an upload whose answer was lost (a timeout, a dropped connection)
// and that the browser sent again became a second document. With an Idempotency-Key the repeat answers the first
// document; the same key with another file is refused; without a key every upload is its own document, as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { IdempotencyRecord } from '@anze/orm';
import { OutboxMessage } from '@anze/events';
import { Document } from '../src/domain/document.entity.ts';
import { startHarness, samplePdf, samplePng, enterpriseToken, sha256Of, type Harness } from './fixtures.ts';

let h: Harness;
let enterprise: string;
const orgId = randomUUID();

before(async () => {
  h = await startHarness('upload-keys');
  enterprise = await enterpriseToken(h, orgId);
});
after(() => h?.close());

const sha = sha256Of;
const keyed = (key: string) => ({ 'idempotency-key': key });
const documentsOf = (bytes: Buffer | Uint8Array) => h.em().count(Document, { sha256: sha(bytes) });
const uploadedEvents = async (id: string) =>
  (await h.em().find(OutboxMessage, {})).filter(
    (m) => m.payload.type === 'documents.document.uploaded' && m.payload.aggregate.id === id,
  ).length;

test('an upload repeated with its key answers the first document: one document, one event', async () => {
  const bytes = samplePdf('keyed');
  const key = randomUUID();
  const first = await h.upload(enterprise, 'BUSINESS_LICENSE', { bytes, name: '营业执照.pdf' }, keyed(key));
  assert.equal(first.status, 201, JSON.stringify(first.body));
  // A retry may carry another name (the same file picked again): same key, content and kind are the same request.
  const again = await h.upload(
    enterprise,
    'BUSINESS_LICENSE',
    { bytes, name: '营业执照(1).pdf' },
    keyed(key),
  );
  assert.equal(again.status, 201, JSON.stringify(again.body));
  assert.deepEqual(again.body, first.body);
  assert.equal(await documentsOf(bytes), 1);
  assert.equal(await uploadedEvents(first.body.id!), 1);
  const record = await h.em().findOneOrFail(IdempotencyRecord, { idempotencyKey: key });
  assert.equal(record.operation, 'upload');
  assert.equal(record.status, 201);
});

test('concurrent uploads with one key make one document and all answer it', async () => {
  const bytes = await samplePng('#208020');
  const key = randomUUID();
  const answers = await Promise.all(
    Array.from({ length: 4 }, () => h.upload(enterprise, 'PHOTO', { bytes, name: '现场.png' }, keyed(key))),
  );
  for (const a of answers) assert.equal(a.status, 201, JSON.stringify(a.body));
  assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
  assert.equal(await documentsOf(bytes), 1);
});

test('the same key with another file or another kind is refused (409 CONFLICT, in Chinese) and keeps nothing', async () => {
  const key = randomUUID();
  const upload = (kind: string, bytes: Buffer) =>
    h.upload(enterprise, kind, { bytes, name: 'a.pdf' }, keyed(key));
  assert.equal((await upload('CONTRACT', samplePdf('first'))).status, 201);
  const other = samplePdf('other content');
  const refused = await upload('CONTRACT', other);
  assert.equal(refused.status, 409);
  assert.equal(refused.body.errors?.[0]?.extensions?.code, 'CONFLICT');
  assert.equal(
    refused.body.errors?.[0]?.message,
    '该幂等键（Idempotency-Key）已用于另一项不同的提交，请勿重复使用',
  );
  assert.equal(await documentsOf(other), 0);
  assert.ok(!h.blobFiles().some((f) => f.endsWith(sha(other))), 'the refused file is not kept');
  const otherKind = await upload('AGREEMENT', samplePdf('first'));
  assert.equal(otherKind.status, 409);
  assert.equal(await documentsOf(samplePdf('first')), 1);
});

test('without a key every upload is its own document; a key is its caller’s', async () => {
  const bytes = samplePdf('unkeyed');
  const unkeyed = () => h.upload(enterprise, 'OTHER', { bytes, name: 'x.pdf' });
  const answers = [await unkeyed(), await unkeyed()];
  assert.deepEqual(
    answers.map((a) => a.status),
    [201, 201],
  );
  assert.notEqual(answers[0]!.body.id, answers[1]!.body.id);
  assert.equal(await documentsOf(bytes), 2);
  const key = randomUUID();
  const another = await enterpriseToken(h, randomUUID());
  const mine = await h.upload(enterprise, 'OTHER', { bytes, name: 'x.pdf' }, keyed(key));
  const theirs = await h.upload(another, 'OTHER', { bytes, name: 'x.pdf' }, keyed(key));
  assert.equal(theirs.status, 201);
  assert.notEqual(theirs.body.id, mine.body.id);
});

test('a refused upload leaves its key unused; a malformed key is refused', async () => {
  const key = randomUUID();
  const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
  const refused = await h.upload(enterprise, 'OTHER', { bytes: broken, name: 'broken.pdf' }, keyed(key));
  assert.equal(refused.status, 415);
  assert.equal(await h.em().count(IdempotencyRecord, { idempotencyKey: key }), 0);
  const fixed = await h.upload(
    enterprise,
    'OTHER',
    { bytes: samplePdf('fixed'), name: 'fixed.pdf' },
    keyed(key),
  );
  assert.equal(fixed.status, 201, JSON.stringify(fixed.body));
  const malformed = await h.upload(
    enterprise,
    'OTHER',
    { bytes: samplePdf('x'), name: 'x.pdf' },
    keyed('no spaces'),
  );
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.errors?.[0]?.extensions?.code, 'BAD_REQUEST');
});
