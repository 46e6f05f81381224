import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDemoPki, type CertificateSpec } from '../src/pki.ts';
import { TrustStore } from '../src/trust.ts';
import { completeUscc, findUscc, isValidUscc } from '../src/uscc.ts';

const DAY = 86_400_000;
const ec = (id: string, extra: Partial<CertificateSpec> = {}): CertificateSpec => ({
  id,
  commonName: id,
  organisationName: id,
  keyAlgorithm: 'ECDSA_P256',
  ...extra,
});

test('re-running reuses the CA and certificates, adds missing ones, revokes, re-issues a stale CRL', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'anze-ca-pki-'));
  try {
    const now = new Date();
    const first = await createDemoPki({ dir, certificates: [ec('a')], now });
    assert.deepEqual(first.created, ['a']);
    const caPem = await readFile(join(dir, 'ca.cert.pem'), 'utf8');
    const aPem = await readFile(join(dir, 'a.cert.pem'), 'utf8');

    const second = await createDemoPki({ dir, certificates: [ec('a'), ec('b', { revoked: true })], now });
    assert.deepEqual(second.created, ['b']);
    assert.deepEqual(second.reused, ['a']);
    assert.equal(second.crlRegenerated, true); // b was revoked
    assert.equal(await readFile(join(dir, 'ca.cert.pem'), 'utf8'), caPem);
    assert.equal(await readFile(join(dir, 'a.cert.pem'), 'utf8'), aPem);

    const third = await createDemoPki({ dir, certificates: [ec('a'), ec('b', { revoked: true })], now });
    assert.equal(third.crlRegenerated, false);
    assert.deepEqual(third.created, []);

    // 40 days later the 30-day CRL is past nextUpdate: re-issued with the same revocations.
    const later = new Date(now.getTime() + 40 * DAY);
    const fourth = await createDemoPki({ dir, certificates: [ec('a')], now: later });
    assert.equal(fourth.crlRegenerated, true);
    const store = await TrustStore.fromDirectory(dir);
    const crl = store.authorities[0]!.crl!;
    assert.ok(crl.nextUpdate! > later);
    assert.equal(crl.crlNumber, 3n);
    assert.ok(crl.revoked.has(fourth.serialNumbers['b']!));
    assert.equal(
      store.revocationStatus(store.authorities[0]!, fourth.serialNumbers['a']!, later).status,
      'GOOD',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// CONTEXT: the demo accounts `insurer` and `broker` moved to other organisations; a data directory kept their old
// certificates (with the old USCC), which then pointed at an organisation without the account.
test('a spec whose subject changed is issued again and the certificate it replaces is revoked', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'anze-ca-pki-'));
  try {
    const now = new Date();
    const first = await createDemoPki({ dir, certificates: [ec('a', { uscc: '91350100M000100Y43' })], now });
    const old = first.serialNumbers['a']!;
    const moved = ec('a', {
      organisationName: '中国人民财产保险股份有限公司黑龙江省分公司',
      uscc: '91230100MA1B2C3D49',
    });
    const second = await createDemoPki({ dir, certificates: [moved], now });
    assert.deepEqual(second.created, ['a']);
    assert.notEqual(second.serialNumbers['a'], old);
    assert.equal(second.crlRegenerated, true);
    const store = await TrustStore.fromDirectory(dir);
    const ca = store.authorities[0]!;
    assert.equal(store.revocationStatus(ca, old, now).status, 'REVOKED');
    assert.equal(store.revocationStatus(ca, second.serialNumbers['a']!, now).status, 'GOOD');
    assert.deepEqual((await createDemoPki({ dir, certificates: [moved], now })).reused, ['a']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('invalid specs are refused before anything is written', async () => {
  await assert.rejects(
    createDemoPki({ dir: join(tmpdir(), 'never'), certificates: [ec('../evil')] }),
    /invalid certificate id/,
  );
  await assert.rejects(
    createDemoPki({ dir: join(tmpdir(), 'never'), certificates: [ec('x', { uscc: '91230100MA1B2C3D40' })] }),
    /invalid USCC/,
  );
});

test('USCC check digit and extraction', () => {
  assert.ok(isValidUscc('91350100M000100Y43'));
  assert.ok(isValidUscc(completeUscc('91230100MA1B2C3D4')));
  assert.ok(!isValidUscc('91350100M000100Y44'));
  assert.equal(findUscc(['NTRCN-91350100M000100Y43']), '91350100M000100Y43');
  assert.equal(findUscc(['张三', '91350100M000100Y44']), null);
});
