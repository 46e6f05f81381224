// `npm run seed -w @anze/claims`: the demo world's claims at the size ANZE_DEMO_SIZE names (default `demo`): about
// 3 % of the issued demo policies, drawn from the same world underwriting's seed issues.
import { demoPolicies, demoSize } from '@anze/demo';
import { databaseUrlFor } from '@anze/orm';
import { subgraphOrm } from '@anze/server-kit';
import manifest from './manifest.ts';
import { loadConfig } from './config.ts';
import { demoClaims } from './demo.ts';
import { seedDemoClaims } from './demo-seed.ts';

const size = demoSize(process.env.ANZE_DEMO_SIZE);
const config = loadConfig({ GATEWAY_SECRET: 'unused-by-the-seed-command', ...process.env });
const orm = await subgraphOrm(manifest, databaseUrlFor('claims'));
try {
  const started = Date.now();
  const now = new Date();
  const added = await seedDemoClaims(
    orm.em.fork(),
    demoClaims(demoPolicies(size, now), now, config.timeZone),
  );
  console.log(`claims: demo data ready (${size}: ${added} claims added in ${Date.now() - started} ms)`);
} finally {
  await orm.close();
}
