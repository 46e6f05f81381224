import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import forge from 'node-forge';
import { CredentialError, loadCredential, type CredentialErrorCode } from '../src/browser.ts';
import { parsePemBlocks } from '../src/encoding.ts';
import { createCa, issueCertificate } from '../src/pki.ts';
import { TrustStore } from '../src/trust.ts';
import { verifyCertificateSignature } from '../src/verify.ts';
import { b64, getFixture, PASSWORD, randomChallenge, type Fixture } from './fixtures.ts';

let fx: Fixture;
let trust: TrustStore;
before(async () => {
  fx = await getFixture();
  trust = await TrustStore.fromDirectory(fx.dir);
});
after(() => fx?.cleanup());

async function fails(promise: Promise<unknown>, code: CredentialErrorCode, message?: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof CredentialError, String(error));
    assert.equal(error.code, code);
    if (message) assert.equal(error.message, message);
    return true;
  });
}

test('wrong .p12 password → 证书密码错误 (ECDSA and RSA)', async () => {
  await fails(
    loadCredential({ data: await fx.file('ec.p12'), password: '654321' }),
    'BAD_PASSWORD',
    '证书密码错误',
  );
  await fails(
    loadCredential({ data: await fx.file('rsa.p12'), password: 'wrong' }),
    'BAD_PASSWORD',
    '证书密码错误',
  );
  await fails(loadCredential({ data: await fx.file('ec.p12') }), 'PASSWORD_REQUIRED');
});

test('wrong password of an encrypted PKCS#8 key', async () => {
  const input = { certificatePem: await fx.text('ec.cert.pem'), keyPem: await fx.text('ec.key.enc.pem') };
  await fails(loadCredential({ ...input, password: 'nope' }), 'BAD_PASSWORD', '证书密码错误');
  await fails(loadCredential(input), 'PASSWORD_REQUIRED');
});

test('a wrong password is 证书密码错误 even when the decrypted garbage happens to pass the padding check', async () => {
  // About one wrong password in 256 yields valid CBC padding; 1,500 tries hit that case with near certainty
  // (one PBKDF2 iteration keeps them fast).
  const keyInfo = forge.asn1.fromDer(forge.pki.pemToDer(await fx.text('ec.key.pem')).getBytes());
  const encrypted = forge.pki.encryptPrivateKeyInfo(keyInfo, PASSWORD, { algorithm: 'aes256', count: 1 });
  const input = {
    certificatePem: await fx.text('ec.cert.pem'),
    keyPem: forge.pki.encryptedPrivateKeyToPem(encrypted),
  };
  assert.ok(await loadCredential({ ...input, password: PASSWORD }));
  for (let i = 0; i < 1500; i++)
    await fails(loadCredential({ ...input, password: `wrong-${i}` }), 'BAD_PASSWORD');
});

test("the .p12 carries the CA certificate too; the key's own certificate is picked", async () => {
  const credential = await loadCredential({ data: await fx.file('ec.p12'), password: PASSWORD });
  assert.equal(credential.certificatePem, toCanonicalPem(await fx.text('ec.cert.pem')));
  assert.match(credential.subject, /CN=黑龙江省建工集团有限公司/);
  assert.ok(credential.notAfter > new Date());
});

test('AES-256 (PBES2, SHA-256 MAC) .p12 with a Chinese password', async () => {
  const ca = await createCa();
  const issued = await issueCertificate(
    ca,
    { id: 'aes', commonName: '测试', organisationName: '测试', keyAlgorithm: 'ECDSA_P256' },
    { password: '安责险123', p12Algorithm: 'aes256' },
  );
  const credential = await loadCredential({ data: issued.p12, password: '安责险123' });
  assert.equal(credential.algorithm, 'ECDSA_P256_SHA256');
  await fails(loadCredential({ data: issued.p12, password: '安责险124' }), 'BAD_PASSWORD');
});

test('format is detected from content, not file name; certificate-only and junk files are refused', async () => {
  const p12 = await fx.file('ec.p12');
  await loadCredential({ data: p12, password: PASSWORD, fileName: 'looks-like.pem' });
  const certDer = parsePemBlocks(await fx.text('ec.cert.pem'))[0]!.der;
  await fails(loadCredential({ data: certDer, fileName: 'x.p12' }), 'NO_PRIVATE_KEY', '证书文件中没有私钥');
  await fails(
    loadCredential({ data: new TextEncoder().encode(await fx.text('ec.cert.pem')) }),
    'NO_PRIVATE_KEY',
  );
  await fails(loadCredential({ data: new Uint8Array([1, 2, 3, 4]) }), 'UNSUPPORTED_FORMAT');
});

test('certificate and key that do not belong together', async () => {
  await fails(
    loadCredential({ certificatePem: await fx.text('ec.cert.pem'), keyPem: await fx.text('person.key.pem') }),
    'KEY_MISMATCH',
    '证书与私钥不匹配',
  );
});

test('legacy PKCS#1 / SEC1 PEM keys are wrapped into PKCS#8', async () => {
  const { createPrivateKey } = await import('node:crypto');
  for (const [id, type] of [
    ['ec', 'sec1'],
    ['rsa', 'pkcs1'],
  ] as const) {
    const legacy = createPrivateKey(await fx.text(`${id}.key.pem`))
      .export({ format: 'pem', type })
      .toString();
    const credential = await loadCredential({
      certificatePem: await fx.text(`${id}.cert.pem`),
      keyPem: legacy,
    });
    const challenge = randomChallenge();
    await verifyCertificateSignature({
      certificate: credential.certificatePem,
      signature: await credential.sign(b64(challenge)),
      algorithm: credential.algorithm,
      challenge,
      trust,
    });
  }
});

// CONTEXT: real users bring .pfx files made by Windows or OpenSSL, not by us. OpenSSL 3 defaults to
// PBES2/AES-256 + SHA-256 MAC; `-legacy` gives 3DES + RC2-40 encrypted certificates.
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('reads .p12 files written by OpenSSL', { skip: !hasOpenssl && 'openssl not installed' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'anze-ca-openssl-'));
  try {
    let read = 0;
    for (const [id, extra] of [
      ['ec', []],
      ['rsa', []],
      ['ec', ['-legacy']],
    ] as const) {
      const out = join(dir, `${id}${extra.length}.p12`);
      try {
        execFileSync(
          'openssl',
          [
            'pkcs12',
            '-export',
            ...extra,
            '-in',
            join(fx.dir, `${id}.cert.pem`),
            '-inkey',
            join(fx.dir, `${id}.key.pem`),
            '-certfile',
            join(fx.dir, 'ca.cert.pem'),
            '-passout',
            'pass:Pw-7',
            '-out',
            out,
          ],
          { stdio: 'pipe' },
        );
      } catch {
        continue; // -legacy needs OpenSSL's legacy provider, which not every build ships
      }
      const credential = await loadCredential({
        data: new Uint8Array(await readFile(out)),
        password: 'Pw-7',
      });
      const challenge = randomChallenge();
      await verifyCertificateSignature({
        certificate: credential.certificatePem,
        signature: await credential.sign(b64(challenge)),
        algorithm: credential.algorithm,
        challenge,
        trust,
      });
      await fails(
        loadCredential({ data: new Uint8Array(await readFile(out)), password: 'Pw-8' }),
        'BAD_PASSWORD',
      );
      read++;
    }
    assert.ok(read >= 2, 'OpenSSL default (AES-256) files must be readable');
    console.log(`# read ${read} OpenSSL-written .p12 files`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the private key is imported non-extractable', async () => {
  // CONTEXT: the credential exposes only sign(); this guards against someone adding the CryptoKey later
  // with extractable=true (then key material could be exported from the page).
  const source = await (
    await import('node:fs/promises')
  ).readFile(new URL('../src/browser.ts', import.meta.url), 'utf8');
  assert.match(
    source,
    /importKey\('pkcs8', toArrayBuffer\(key\.pkcs8\), params\.import, false, \['sign'\]\)/,
  );
  assert.doesNotMatch(source, /from 'node:/);
});

function toCanonicalPem(pem: string): string {
  return `${pem.trim()}\n`;
}
