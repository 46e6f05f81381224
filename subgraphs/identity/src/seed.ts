// `npm run seed -w @anze/identity`: demo organisations, accounts and certificates (see demo.ts).
import { mkdirSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from './config.ts';
import { identityOrm } from './orm.ts';
import { seedDemo, writeDemoAccounts } from './demo.ts';

const config = loadConfig({ GATEWAY_SECRET: 'unused-by-the-seed-command', ...process.env });
mkdirSync(config.dataDir, { recursive: true });
const orm = await identityOrm(config.databaseUrl);
try {
  const accounts = await seedDemo(orm.em.fork() as EntityManager, config.caTrustDir);
  const file = writeDemoAccounts(config.dataDir, accounts);
  console.log(`identity: demo data ready (${accounts.length} accounts, ${file})`);
} finally {
  await orm.close();
}
