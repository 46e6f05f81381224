// URL signing and the generated secret; no database needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadUrlSecret, UrlSigner } from '../src/domain/signed-url.ts';
import { archiveEntryNames } from '../src/domain/documents.ts';
import { contentDisposition } from '../src/http/respond.ts';

test('a generated secret is written once with mode 0600 and reused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'anze-secret-'));
  try {
    const file = join(dir, 'documents', 'url-secret');
    const a = await loadUrlSecret(null, file);
    assert.equal(a.length, 32);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(await loadUrlSecret(null, file), a);
    // A configured secret wins over the file.
    assert.equal((await loadUrlSecret('x'.repeat(32), file)).toString(), 'x'.repeat(32));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('links verify until they expire, and only for the resource they were signed for', () => {
  const signer = new UrlSigner(Buffer.alloc(32, 1), 300);
  const now = Date.now();
  const { exp, sig } = signer.sign('/files/a', now);
  assert.equal(signer.verify('/files/a', String(exp), sig, now + 299_000), 'ok');
  assert.equal(signer.verify('/files/a', String(exp), sig, now + 301_000), 'expired');
  assert.equal(signer.verify('/files/b', String(exp), sig, now), 'invalid');
  assert.equal(signer.verify('/files/a', String(exp), null, now), 'invalid');
  assert.equal(signer.verify('/files/a', 'soon', sig, now), 'invalid');
  assert.equal(new UrlSigner(Buffer.alloc(32, 2), 300).verify('/files/a', String(exp), sig, now), 'invalid');
});

test('archive entry names are readable and unique', () => {
  const names = archiveEntryNames([
    { kind: 'BUSINESS_LICENSE', contentType: 'application/pdf' },
    { kind: 'BUSINESS_LICENSE', contentType: 'image/jpeg' },
    { kind: 'LEGAL_REP_ID_PORTRAIT', contentType: 'image/png' },
    { kind: 'BUSINESS_LICENSE', contentType: 'image/webp' },
  ]);
  assert.deepEqual(names, ['营业执照.pdf', '营业执照(2).jpg', '法人身份证人像面.png', '营业执照(3).webp']);
});

test('Content-Disposition carries the UTF-8 name (RFC 5987) and an ASCII fallback', () => {
  assert.equal(
    contentDisposition('inline', '营业执照 (1).pdf'),
    `inline; filename="____ (1).pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%281%29.pdf`,
  );
});
