// Demo data: one organisation of every type in Heilongjiang, a user for every role, CA certificates for the
// organisations that sign in with one and personal ones for experts and platform operators (their second factor).
// Idempotent: a second run finds everything and changes nothing.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, Viewer } from '@anze/auth';
import { usccCheckChar } from '@anze/dictionaries';
import { createDemoPki, type CertificateSpec } from '@anze/ca';
import { Organisation, Partnership, type OrganisationType } from './domain/organisation.entity.ts';
import { User, CertificateBinding } from './domain/user.entity.ts';
import { hashPassword } from './domain/password.ts';
import { appendAudit } from './domain/audit.repository.ts';
import { publishIdentityFact } from './events/identity-events.ts';

export const DEMO_PASSWORD = 'Anze@2026';
export const DEMO_CERTIFICATE_PASSWORD = '123456';

/** A valid 统一社会信用代码 for a demo organisation: 91 + division + 'MA' + serial + check character. */
export function demoUscc(divisionCode: string, serial: number): string {
  const first17 = `91${divisionCode}MA${String(serial).padStart(7, '0')}`;
  return first17 + usccCheckChar(first17);
}

interface DemoOrganisation {
  key: string;
  type: OrganisationType;
  name: string;
  divisionCode: string;
  serial: number;
  users: Array<{
    username: string;
    displayName: string;
    roles: Role[];
    jurisdiction?: string;
    mustChangePassword?: boolean;
    certificate?: boolean;
  }>;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'platform',
    type: 'PLATFORM',
    name: '安责险信息平台运营中心（演示）',
    divisionCode: '230000',
    serial: 1,
    users: [
      // Operators sign in with password + their personal certificate (SIGN_IN_POLICY).
      { username: 'admin', displayName: '平台管理员', roles: ['PLATFORM_ADMIN'], certificate: true },
      { username: 'auditor', displayName: '审计员', roles: ['AUDITOR'], certificate: true },
    ],
  },
  {
    key: 'province',
    type: 'REGULATOR',
    name: '黑龙江省住房和城乡建设厅（演示）',
    divisionCode: '230000',
    serial: 2,
    users: [
      { username: 'hlj-zjt', displayName: '省住建厅监管员', roles: ['REGULATOR'], jurisdiction: '230000' },
    ],
  },
  {
    key: 'harbin',
    type: 'REGULATOR',
    name: '哈尔滨市住房和城乡建设局（演示）',
    divisionCode: '230100',
    serial: 3,
    users: [
      {
        username: 'hrb-zjj',
        displayName: '市住建局监管员',
        roles: ['REGULATOR'],
        jurisdiction: '230100',
        mustChangePassword: true,
      },
    ],
  },
  {
    key: 'enterprise',
    type: 'ENTERPRISE',
    name: '黑龙江安泰建设工程有限公司（演示）',
    divisionCode: '230103',
    serial: 4,
    users: [{ username: '', displayName: '陈术研', roles: ['ENTERPRISE'], certificate: true }],
  },
  {
    key: 'insurer',
    type: 'INSURER',
    name: '龙江财产保险股份有限公司黑龙江分公司（演示）',
    divisionCode: '230102',
    serial: 5,
    users: [{ username: 'insurer', displayName: '保险机构核保员', roles: ['INSURER'], certificate: true }],
  },
  {
    key: 'broker',
    type: 'BROKER',
    name: '北疆保险经纪有限公司（演示）',
    divisionCode: '230104',
    serial: 6,
    users: [{ username: 'broker', displayName: '经纪公司业务员', roles: ['BROKER'], certificate: true }],
  },
  {
    key: 'prevention',
    type: 'PREVENTION_ORG',
    name: '松江安全技术服务有限公司（演示）',
    divisionCode: '230108',
    serial: 7,
    users: [
      {
        username: 'prevention',
        displayName: '事故预防机构管理员',
        roles: ['PREVENTION_ORG'],
        certificate: true,
      },
      { username: 'expert', displayName: '王工（事故预防专家）', roles: ['EXPERT'], certificate: true },
    ],
  },
];

export interface DemoAccount {
  role: Role;
  username: string;
  password: string;
  organisation: string;
  mustChangePassword: boolean;
  certificate?: string;
  certificatePassword?: string;
}

export const SEED_VIEWER: Viewer = {
  kind: 'client',
  clientId: 'demo-seed',
  roles: ['PLATFORM_ADMIN'],
  scopes: [],
  jurisdiction: null,
};

export async function seedDemo(em: EntityManager, caDir: string): Promise<DemoAccount[]> {
  const specs: CertificateSpec[] = [];
  const accounts: DemoAccount[] = [];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgIds = new Map<string, string>();
  /** Usernames whose certificate is personal (no USCC): bound to the account explicitly. */
  const personal = new Set<string>();

  await em.transactional(async (tx) => {
    for (const d of DEMO_ORGANISATIONS) {
      const uscc = demoUscc(d.divisionCode, d.serial);
      let org = await tx.findOne(Organisation, { uscc });
      if (!org) {
        org = tx.create(Organisation, {
          type: d.type,
          name: d.name,
          divisionCode: d.divisionCode,
          uscc,
          registeredAddress: '黑龙江省哈尔滨市南岗区学府路1号',
          businessAddress: '黑龙江省哈尔滨市南岗区学府路1号',
          contactName: d.users[0]!.displayName,
          contactMobile: `1393631${String(3600 + d.serial).padStart(4, '0')}`,
          contactEmail: `demo${d.serial}@example.com`,
          legalRepresentative: d.users[0]!.displayName,
          legalRepresentativeMobile: `1393631${String(3600 + d.serial).padStart(4, '0')}`,
          businessScope: d.type === 'ENTERPRISE' ? '房屋建筑工程施工总承包；市政公用工程施工总承包' : null,
          registrationStatus: 'APPROVED',
          reviewedAt: new Date(),
        });
        await tx.flush();
        publishIdentityFact(tx, { type: 'organisation.registered', organisation: org }, SEED_VIEWER);
        await appendAudit(tx, {
          type: 'organisation.created',
          subject: 'client:demo-seed',
          object: `organisation:${org.id}`,
          result: 'SUCCESS',
          detail: { demo: true },
        });
      }
      orgIds.set(d.key, org.id);
      for (const u of d.users) {
        const username = u.username || uscc;
        let user = await tx.findOne(User, { username });
        if (!user) {
          user = tx.create(User, {
            organisationId: org.id,
            username,
            displayName: u.displayName,
            mobile: org.contactMobile,
            roles: u.roles,
            jurisdiction: u.jurisdiction ?? null,
            passwordHash,
            mustChangePassword: u.mustChangePassword ?? false,
          });
          await tx.flush();
          await appendAudit(tx, {
            type: 'account.created',
            subject: 'client:demo-seed',
            object: `user:${user.id}`,
            result: 'SUCCESS',
            detail: { username, roles: u.roles, demo: true },
          });
        }
        const certId = u.certificate ? `${d.key}-${username}`.replace(/[^A-Za-z0-9_-]/g, '_') : undefined;
        if (certId) {
          // Experts and platform operators hold personal certificates: no USCC, bound to the account below.
          const isPersonal = u.roles.includes('EXPERT') || d.type === 'PLATFORM';
          if (isPersonal) personal.add(username);
          specs.push({
            id: certId,
            commonName: isPersonal ? u.displayName : d.name,
            organisationName: d.name,
            uscc: isPersonal ? undefined : uscc,
            keyAlgorithm: d.type === 'INSURER' ? 'RSA_2048' : 'ECDSA_P256',
          });
        }
        accounts.push({
          role: u.roles[0]!,
          username,
          password: DEMO_PASSWORD,
          organisation: d.name,
          mustChangePassword: user.mustChangePassword,
          ...(certId
            ? { certificate: join(caDir, `${certId}.p12`), certificatePassword: DEMO_CERTIFICATE_PASSWORD }
            : {}),
        });
      }
    }
    const brokerId = orgIds.get('broker')!;
    const insurerId = orgIds.get('insurer')!;
    if (!(await tx.count(Partnership, { brokerId, insurerId }))) {
      tx.create(Partnership, { brokerId, insurerId });
      publishIdentityFact(tx, { type: 'partnership.changed', brokerId, insurerId, active: true }, SEED_VIEWER);
    }
    await tx.flush();
  });

  await createDemoPki({ dir: caDir, certificates: specs, password: DEMO_CERTIFICATE_PASSWORD });
  await bindPersonalCertificates(
    em,
    accounts.filter((a) => personal.has(a.username)),
  );
  return accounts;
}

/** Personal certificates (experts, platform operators): bind each to its account by fingerprint. */
async function bindPersonalCertificates(em: EntityManager, accounts: DemoAccount[]): Promise<void> {
  const fork = em.fork();
  for (const account of accounts.filter((a) => a.certificate)) {
    const pem = readFileSync(account.certificate!.replace(/\.p12$/, '.cert.pem'), 'utf8');
    const fingerprint = new X509Certificate(pem).fingerprint256.replace(/:/g, '').toLowerCase();
    if (await fork.count(CertificateBinding, { fingerprint })) continue;
    const user = await fork.findOneOrFail(User, { username: account.username });
    fork.create(CertificateBinding, { fingerprint, userId: user.id, subject: `CN=${account.username}` });
  }
  await fork.flush();
}

export function writeDemoAccounts(dataDir: string, accounts: DemoAccount[]): string {
  const file = join(dataDir, 'demo-accounts.json');
  writeFileSync(file, JSON.stringify(accounts, null, 2));
  return file;
}
