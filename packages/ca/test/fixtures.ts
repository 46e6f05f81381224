/**
 * One demo PKI per test process (RSA key generation is the slow part, so there is exactly one RSA certificate).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDemoPki,
  createUnknownCaCredential,
  type CertificateSpec,
  type IssuedCredential,
} from '../src/pki.ts';
import { completeUscc } from '../src/uscc.ts';

export const DAY = 86_400_000;
export const PASSWORD = '123456';

export const USCC = completeUscc('91230100MA1B2C3D4');

export function specs(now: Date): CertificateSpec[] {
  return [
    {
      id: 'ec',
      commonName: '黑龙江省建工集团有限公司',
      organisationName: '黑龙江省建工集团有限公司',
      uscc: USCC,
      keyAlgorithm: 'ECDSA_P256',
    },
    {
      id: 'rsa',
      commonName: '本溪市市政工程有限公司',
      organisationName: '本溪市市政工程有限公司',
      uscc: completeUscc('91210500MA0Q1W2E3'),
      keyAlgorithm: 'RSA_2048',
    },
    {
      id: 'person',
      commonName: '李安全',
      organisationName: '龙江安全技术服务有限公司',
      keyAlgorithm: 'ECDSA_P256',
    },
    {
      id: 'expired',
      commonName: '过期测试',
      organisationName: '过期测试',
      keyAlgorithm: 'ECDSA_P256',
      validFrom: new Date(now.getTime() - 400 * DAY),
      validTo: new Date(now.getTime() - DAY),
    },
    {
      id: 'future',
      commonName: '未生效测试',
      organisationName: '未生效测试',
      keyAlgorithm: 'ECDSA_P256',
      validFrom: new Date(now.getTime() + 10 * DAY),
      validTo: new Date(now.getTime() + 400 * DAY),
    },
    {
      id: 'revoked',
      commonName: '吊销测试',
      organisationName: '吊销测试',
      keyAlgorithm: 'ECDSA_P256',
      revoked: true,
    },
  ];
}

export interface Fixture {
  dir: string;
  caPem: string;
  crlPem: string;
  file(name: string): Promise<Uint8Array>;
  text(name: string): Promise<string>;
  unknown: IssuedCredential;
  cleanup(): Promise<void>;
}

let fixture: Promise<Fixture> | undefined;

export function getFixture(): Promise<Fixture> {
  fixture ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'anze-ca-'));
    const now = new Date();
    const result = await createDemoPki({ dir, certificates: specs(now), password: PASSWORD, now });
    const { credential: unknown } = await createUnknownCaCredential({}, { password: PASSWORD });
    return {
      dir,
      caPem: result.caCertificatePem,
      crlPem: result.crlPem,
      file: async (name) => new Uint8Array(await readFile(join(dir, name))),
      text: (name) => readFile(join(dir, name), 'utf8'),
      unknown,
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  })();
  return fixture;
}

export function randomChallenge(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(32));
}

export function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
