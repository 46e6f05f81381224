// Demo data: one organisation of every type in Heilongjiang, a user for every role, CA certificates for the
// organisations that sign in with one and personal ones for experts and platform operators (their second factor).
// The insurance market is the demo world's (@anze/demo): the manual's 21 insurers and 5 brokers with their
// partnerships, ids fixed so underwriting's seed addresses its applications to them; the demo accounts `insurer` and
// `broker` belong to 人保财险 and 昆仑保险经纪, the others have no accounts (a certificate each would slow every start
// of a fresh data directory, and every identity test harness, by about 70 ms). Idempotent: a second run finds
// everything and changes nothing.
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, Viewer } from '@anze/auth';
import { usccCheckChar } from '@anze/dictionaries';
import { createDemoPki, type CertificateSpec } from '@anze/ca';
import { DEMO_BROKERS, DEMO_INSURERS, DEMO_PARTNERSHIPS, type DemoMarketOrganisation } from '@anze/demo';
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

interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  jurisdiction?: string;
  mustChangePassword?: boolean;
  certificate?: boolean;
}

/** 企业信息 as the organisation row stores it. */
interface DemoProfile {
  registeredAddress: string;
  businessAddress: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string | null;
  legalRepresentative: string;
  legalRepresentativeMobile: string;
  businessScope: string | null;
}

interface DemoOrganisation {
  key: string;
  type: OrganisationType;
  name: string;
  divisionCode: string;
  uscc: string;
  /** The market's organisations keep the demo world's id (underwriting's seed refers to it); others get a new one. */
  id?: string;
  profile: DemoProfile;
  users: DemoUser[];
}

/** A hand-made demo organisation: its USCC from its serial, one address, its first user as the contact. */
function handMade(
  key: string,
  type: OrganisationType,
  name: string,
  divisionCode: string,
  serial: number,
  users: DemoUser[],
): DemoOrganisation {
  const mobile = `1393631${String(3600 + serial).padStart(4, '0')}`;
  return {
    key,
    type,
    name,
    divisionCode,
    uscc: demoUscc(divisionCode, serial),
    profile: {
      registeredAddress: '黑龙江省哈尔滨市南岗区学府路1号',
      businessAddress: '黑龙江省哈尔滨市南岗区学府路1号',
      contactName: users[0]!.displayName,
      contactMobile: mobile,
      contactEmail: `demo${serial}@example.com`,
      legalRepresentative: users[0]!.displayName,
      legalRepresentativeMobile: mobile,
      businessScope: type === 'ENTERPRISE' ? '房屋建筑工程施工总承包；市政公用工程施工总承包' : null,
    },
    users,
  };
}

/** An insurer or broker of the demo world's market. */
function market(
  key: string,
  type: 'INSURER' | 'BROKER',
  o: DemoMarketOrganisation,
  users: DemoUser[] = [],
): DemoOrganisation {
  const list: readonly DemoMarketOrganisation[] = type === 'INSURER' ? DEMO_INSURERS : DEMO_BROKERS;
  return {
    key,
    type,
    id: o.id,
    name: o.name,
    divisionCode: o.divisionCode,
    uscc: o.uscc,
    profile: { ...o.profile, contactEmail: `${type.toLowerCase()}${list.indexOf(o) + 1}@example.com` },
    users,
  };
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  // Operators sign in with password + their personal certificate (SIGN_IN_POLICY).
  handMade('platform', 'PLATFORM', '安责险信息平台运营中心（演示）', '230000', 1, [
    { username: 'admin', displayName: '平台管理员', roles: ['PLATFORM_ADMIN'], certificate: true },
    { username: 'auditor', displayName: '审计员', roles: ['AUDITOR'], certificate: true },
  ]),
  handMade('province', 'REGULATOR', '黑龙江省住房和城乡建设厅（演示）', '230000', 2, [
    { username: 'hlj-zjt', displayName: '省住建厅监管员', roles: ['REGULATOR'], jurisdiction: '230000' },
  ]),
  handMade('harbin', 'REGULATOR', '哈尔滨市住房和城乡建设局（演示）', '230100', 3, [
    {
      username: 'hrb-zjj',
      displayName: '市住建局监管员',
      roles: ['REGULATOR'],
      jurisdiction: '230100',
      mustChangePassword: true,
    },
  ]),
  handMade('enterprise', 'ENTERPRISE', '黑龙江安泰建设工程有限公司（演示）', '230103', 4, [
    { username: '', displayName: '陈术研', roles: ['ENTERPRISE'], certificate: true },
  ]),
  market('insurer', 'INSURER', DEMO_INSURERS[0]!, [
    { username: 'insurer', displayName: '保险机构核保员', roles: ['INSURER'], certificate: true },
  ]),
  market('broker', 'BROKER', DEMO_BROKERS[0]!, [
    { username: 'broker', displayName: '经纪公司业务员', roles: ['BROKER'], certificate: true },
  ]),
  handMade('prevention', 'PREVENTION_ORG', '松江安全技术服务有限公司（演示）', '230108', 7, [
    {
      username: 'prevention',
      displayName: '事故预防机构管理员',
      roles: ['PREVENTION_ORG'],
      certificate: true,
    },
    { username: 'expert', displayName: '王工（事故预防专家）', roles: ['EXPERT'], certificate: true },
  ]),
  // The rest of the market, without accounts.
  ...DEMO_INSURERS.slice(1).map((o) => market(`insurer:${o.shortName}`, 'INSURER', o)),
  ...DEMO_BROKERS.slice(1).map((o) => market(`broker:${o.shortName}`, 'BROKER', o)),
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
    // One query for all of them: a second start finds every one.
    const found = new Map(
      (await tx.find(Organisation, { uscc: { $in: DEMO_ORGANISATIONS.map((d) => d.uscc) } })).map((o) => [
        o.uscc,
        o,
      ]),
    );
    for (const d of DEMO_ORGANISATIONS) {
      const uscc = d.uscc;
      let org = found.get(uscc);
      if (!org) {
        org = tx.create(Organisation, {
          ...(d.id ? { id: d.id } : {}),
          type: d.type,
          name: d.name,
          divisionCode: d.divisionCode,
          uscc,
          ...d.profile,
          registrationStatus: 'APPROVED',
          reviewedAt: new Date(),
        });
        await tx.flush();
        publishIdentityFact(tx, { type: 'organisation.registered', organisation: org }, SEED_VIEWER);
        await seedAudit(tx, 'organisation.created', `organisation:${org.id}`, {});
      }
      if (d.id) orgIds.set(d.id, org.id);
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
          await seedAudit(tx, 'account.created', `user:${user.id}`, { username, roles: u.roles });
        } else if (user.organisationId !== org.id) {
          // A data directory from before the demo market: `insurer` and `broker` move to 人保财险 and 昆仑保险经纪 (their
          // certificates are issued again for the new organisation's USCC).
          const from = user.organisationId;
          user.organisationId = org.id;
          await tx.flush();
          await seedAudit(tx, 'account.moved', `user:${user.id}`, {
            username,
            fromOrganisationId: from,
            organisationId: org.id,
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
    const existing = new Set(
      (await tx.find(Partnership, { brokerId: { $in: DEMO_BROKERS.map((b) => orgIds.get(b.id)!) } })).map(
        (p) => `${p.brokerId}/${p.insurerId}`,
      ),
    );
    for (const pair of DEMO_PARTNERSHIPS) {
      const brokerId = orgIds.get(pair.brokerId)!;
      const insurerId = orgIds.get(pair.insurerId)!;
      if (existing.has(`${brokerId}/${insurerId}`)) continue;
      tx.create(Partnership, { brokerId, insurerId });
      // Announced, not audited (as before): 28 hash-chained audit writes more on every fresh data directory and test
      // harness.
      publishIdentityFact(
        tx,
        { type: 'partnership.changed', brokerId, insurerId, active: true },
        SEED_VIEWER,
      );
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

/** An audit record of the demo seed (client:demo-seed), marked as demo data. */
function seedAudit(tx: EntityManager, type: string, object: string, detail: Record<string, unknown>) {
  return appendAudit(tx, {
    type,
    subject: 'client:demo-seed',
    object,
    result: 'SUCCESS',
    detail: { ...detail, demo: true },
  });
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
