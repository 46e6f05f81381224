// `npm run seed -w @anze/identity`: demo organisations, accounts and certificates (see demo.ts), then the registered
// enterprises of the demo world at the size ANZE_DEMO_SIZE names (demo-volume.ts; default `demo`).
import { mkdirSync } from 'node:fs';
import { loadConfig } from './config.ts';
import { identityOrm } from './orm.ts';
import { seedDemo, writeDemoAccounts } from './demo.ts';
import { seedDemoEnterprises } from './demo-volume.ts';
import { DEMO_SIZES, demoEnterprises, demoSize } from '@anze/demo';

const config = loadConfig({ GATEWAY_SECRET: 'unused-by-the-seed-command', ...process.env });
mkdirSync(config.dataDir, { recursive: true });
const orm = await identityOrm(config.databaseUrl);
try {
  const accounts = await seedDemo(orm.em.fork(), config.caTrustDir);
  const file = writeDemoAccounts(config.dataDir, accounts);
  const size = demoSize(process.env.ANZE_DEMO_SIZE);
  const added = await seedDemoEnterprises(orm.em.fork(), demoEnterprises(DEMO_SIZES[size].enterprises));
  console.log(
    `identity: demo data ready (${accounts.length} accounts, ${file}; ${added} demo-world enterprises added)`,
  );
} finally {
  await orm.close();
}
