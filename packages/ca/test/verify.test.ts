import assert from 'node:assert/strict';
import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { loadCredential, type LoadedCredential } from '../src/browser.ts';
import { CertificateLoginError, type CertificateLoginErrorCode } from '../src/errors.ts';
import { createCa, createCrl, issueCertificate, loadCa } from '../src/pki.ts';
import { TrustStore } from '../src/trust.ts';
import { verifyCertificateSignature, type VerifyCertificateSignatureInput } from '../src/verify.ts';
import { b64, DAY, getFixture, PASSWORD, randomChallenge, USCC, type Fixture } from './fixtures.ts';

let fx: Fixture;
let trust: TrustStore;

before(async () => {
  fx = await getFixture();
  trust = await TrustStore.fromDirectory(fx.dir);
});
after(() => fx?.cleanup());

async function fromP12(id: string): Promise<LoadedCredential> {
  return loadCredential({ data: await fx.file(`${id}.p12`), password: PASSWORD, fileName: `${id}.p12` });
}

/** Signs a fresh challenge with the credential and returns the verification input. */
async function signed(credential: LoadedCredential, store = trust): Promise<VerifyCertificateSignatureInput> {
  const challenge = randomChallenge();
  return {
    certificate: credential.certificatePem,
    signature: await credential.sign(b64(challenge)),
    algorithm: credential.algorithm,
    challenge,
    trust: store,
  };
}

async function rejects(
  input: VerifyCertificateSignatureInput,
  code: CertificateLoginErrorCode,
  message?: string,
): Promise<void> {
  await assert.rejects(verifyCertificateSignature(input), (error: unknown) => {
    assert.ok(error instanceof CertificateLoginError, `expected CertificateLoginError, got ${String(error)}`);
    assert.equal(error.code, code, `${error.code}: ${error.detail ?? ''}`);
    if (message) assert.equal(error.message, message);
    return true;
  });
}

describe('successful login', () => {
  test('ECDSA P-256 from .p12, USCC taken from the subject', async () => {
    const credential = await fromP12('ec');
    assert.equal(credential.algorithm, 'ECDSA_P256_SHA256');
    const result = await verifyCertificateSignature(await signed(credential));
    assert.equal(result.uscc, USCC);
    assert.equal(result.commonName, '黑龙江省建工集团有限公司');
    assert.equal(result.organisationName, '黑龙江省建工集团有限公司');
    assert.match(
      result.subject,
      new RegExp(
        `organizationIdentifier=${USCC}, serialNumber=${USCC}, CN=黑龙江省建工集团有限公司, O=黑龙江省建工集团有限公司, C=CN`,
      ),
    );
    assert.match(result.serialNumber, /^[0-9a-f]{32}$/);
    assert.match(result.fingerprintSha256, /^[0-9a-f]{64}$/);
    assert.equal(result.issuer, 'CN=Anze Demo Root CA, O=安责险平台演示CA, C=CN');
    assert.ok(result.notBefore < new Date() && result.notAfter > new Date());
  });

  test('RSA from .p12 (PKCS#1 v1.5) and from PEM (PSS)', async () => {
    const fromP12Result = await verifyCertificateSignature(await signed(await fromP12('rsa')));
    assert.equal(fromP12Result.commonName, '本溪市市政工程有限公司');

    const pss = await loadCredential({
      certificatePem: await fx.text('rsa.cert.pem'),
      keyPem: await fx.text('rsa.key.pem'),
      rsaAlgorithm: 'RSA_PSS_SHA256',
    });
    assert.equal(pss.algorithm, 'RSA_PSS_SHA256');
    const result = await verifyCertificateSignature(await signed(pss));
    assert.equal(result.serialNumber, fromP12Result.serialNumber);
  });

  test('ECDSA from PEM: separate files, encrypted key, one combined file', async () => {
    const certificatePem = await fx.text('ec.cert.pem');
    const plain = await loadCredential({ certificatePem, keyPem: await fx.text('ec.key.pem') });
    await verifyCertificateSignature(await signed(plain));
    const encrypted = await loadCredential({
      certificatePem,
      keyPem: await fx.text('ec.key.enc.pem'),
      password: PASSWORD,
    });
    await verifyCertificateSignature(await signed(encrypted));
    const combined = new TextEncoder().encode(`${await fx.text('ec.key.enc.pem')}\n${certificatePem}`);
    const single = await loadCredential({
      data: combined,
      password: PASSWORD,
      fileName: 'bundle.p12' /* name is ignored */,
    });
    await verifyCertificateSignature(await signed(single));
  });

  test('ECDSA signature in DER encoding (USB-key helpers, OpenSSL) is accepted too', async () => {
    const challenge = randomChallenge();
    const key = createPrivateKey(await fx.text('ec.key.pem'));
    const der = nodeSign('sha256', challenge, { key, dsaEncoding: 'der' });
    assert.equal(der[0], 0x30);
    const result = await verifyCertificateSignature({
      certificate: await fx.text('ec.cert.pem'),
      signature: der.toString('base64'),
      algorithm: 'ECDSA_P256_SHA256',
      challenge,
      trust,
    });
    assert.equal(result.uscc, USCC);
  });

  test('certificate as base64 DER; a person certificate has no USCC', async () => {
    const input = await signed(await fromP12('person'));
    input.certificate = input.certificate.replace(/-----[A-Z ]+-----|\s/g, '');
    const result = await verifyCertificateSignature(input);
    assert.equal(result.uscc, null);
    assert.equal(result.organisationName, '龙江安全技术服务有限公司');
  });
});

describe('rejected login', () => {
  test('certificate from an unknown CA', async () => {
    const credential = await loadCredential({ data: fx.unknown.p12, password: PASSWORD });
    await rejects(await signed(credential), 'UNKNOWN_CA', '证书不是由受信任的CA签发');
  });

  test('a certificate copying the trusted CA name but signed by another key', async () => {
    // CONTEXT: the issuer name alone must not be enough; the CA's signature on the certificate is checked.
    const impostor = await createCa({
      commonName: 'Anze Demo Root CA',
      organisationName: '安责险平台演示CA',
    });
    const issued = await issueCertificate(impostor, {
      id: 'x',
      commonName: 'x',
      organisationName: 'x',
      keyAlgorithm: 'ECDSA_P256',
    });
    await rejects(await signed(await loadCredential({ data: issued.p12, password: PASSWORD })), 'UNKNOWN_CA');
  });

  test('expired', async () => {
    await rejects(await signed(await fromP12('expired')), 'EXPIRED', '证书已过期');
  });

  test('not yet valid', async () => {
    await rejects(await signed(await fromP12('future')), 'NOT_YET_VALID', '证书尚未生效');
  });

  test('revoked', async () => {
    await rejects(await signed(await fromP12('revoked')), 'REVOKED', '证书已被吊销');
  });

  test('stale CRL fails closed', async () => {
    const input = await signed(await fromP12('ec'));
    await rejects({ ...input, now: new Date(Date.now() + 60 * DAY) }, 'CRL_STALE');

    const ca = await loadCa(fx.caPem, await fx.text('ca.key.pem'));
    const staleCrl = await createCrl(ca, {
      thisUpdate: new Date(Date.now() - 10 * DAY),
      nextUpdate: new Date(Date.now() - DAY),
    });
    const store = await TrustStore.fromPem({ certificates: fx.caPem, crls: staleCrl });
    await rejects({ ...input, trust: store }, 'CRL_STALE');
  });

  test('missing CRL fails closed unless explicitly allowed', async () => {
    const input = await signed(await fromP12('ec'));
    await rejects({ ...input, trust: await TrustStore.fromPem({ certificates: fx.caPem }) }, 'CRL_MISSING');
    await verifyCertificateSignature({
      ...input,
      trust: await TrustStore.fromPem({ certificates: fx.caPem, requireCrl: false }),
    });
  });

  test('signature by another key', async () => {
    const input = await signed(await fromP12('ec'));
    const other = await fromP12('person');
    await rejects(
      { ...input, signature: await other.sign(b64(input.challenge)) },
      'BAD_SIGNATURE',
      '签名验证失败',
    );
  });

  test('tampered challenge (ECDSA and RSA)', async () => {
    for (const id of ['ec', 'rsa']) {
      const input = await signed(await fromP12(id));
      const tampered = input.challenge.slice();
      tampered[0]! ^= 1;
      await rejects({ ...input, challenge: tampered }, 'BAD_SIGNATURE');
    }
  });

  test('algorithm does not match the key type', async () => {
    const input = await signed(await fromP12('ec'));
    await rejects({ ...input, algorithm: 'RSA_PKCS1_SHA256' }, 'ALGORITHM_MISMATCH');
    const rsa = await signed(await fromP12('rsa'));
    await rejects({ ...rsa, algorithm: 'ECDSA_P256_SHA256' }, 'ALGORITHM_MISMATCH');
  });

  test('the CA certificate itself cannot log in', async () => {
    const ca = await loadCa(fx.caPem, await fx.text('ca.key.pem'));
    const challenge = randomChallenge();
    const key = createPrivateKey(ca.privateKeyPem);
    await rejects(
      {
        certificate: fx.caPem,
        signature: nodeSign('sha256', challenge, { key, dsaEncoding: 'ieee-p1363' }).toString('base64'),
        algorithm: 'ECDSA_P256_SHA256',
        challenge,
        trust,
      },
      'NOT_FOR_LOGIN',
    );
  });

  test('malformed input', async () => {
    const input = await signed(await fromP12('ec'));
    await rejects({ ...input, certificate: 'not a certificate' }, 'MALFORMED', '证书或签名格式不正确');
    await rejects(
      { ...input, certificate: b64(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01])) },
      'MALFORMED',
    );
    await rejects(
      { ...input, certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' },
      'MALFORMED',
    );
    await rejects({ ...input, signature: '%%%' }, 'MALFORMED');
    await rejects({ ...input, signature: '' }, 'MALFORMED');
    await rejects({ ...input, challenge: new Uint8Array() }, 'MALFORMED');
    await rejects({ ...input, algorithm: 'SM2_SM3' as never }, 'MALFORMED');
    await rejects({ ...input, certificate: 'A'.repeat(100_000) }, 'MALFORMED');
    // Well-formed base64 that is no valid signature is a bad signature, not a crash.
    await rejects({ ...input, signature: b64(new Uint8Array(71).fill(7)) }, 'BAD_SIGNATURE');
  });
});

describe('TrustStore', () => {
  test('fromDirectory takes only CA certificates and verifies the CRL', () => {
    assert.equal(trust.authorities.length, 1);
    assert.equal(trust.authorities[0]!.crl?.revoked.size, 1);
  });

  test('rejects a CRL not signed by a trusted CA, and non-CA certificates', async () => {
    const other = await createCa({ commonName: 'Anze Demo Root CA', organisationName: '安责险平台演示CA' });
    await assert.rejects(
      TrustStore.fromPem({ certificates: fx.caPem, crls: await createCrl(other) }),
      /not signed by a trusted CA/,
    );
    await assert.rejects(
      TrustStore.fromPem({ certificates: await fx.text('ec.cert.pem') }),
      /not a CA certificate/,
    );
  });

  test('an older CRL does not replace a newer one', async () => {
    const ca = await loadCa(fx.caPem, await fx.text('ca.key.pem'));
    const store = await TrustStore.fromPem({ certificates: fx.caPem, crls: fx.crlPem });
    await store.addCrl(
      await createCrl(ca, {
        thisUpdate: new Date(Date.now() - 5 * DAY),
        nextUpdate: new Date(Date.now() - DAY),
      }),
    );
    assert.equal(store.authorities[0]!.crl?.revoked.size, 1);
    await verifyCertificateSignature(await signed(await fromP12('ec'), store));
  });
});
