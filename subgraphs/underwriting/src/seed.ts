// `npm run seed -w @anze/underwriting`: the demo world's plans, market and underwriting at the size ANZE_DEMO_SIZE
// names (default `demo`: 10,000 projects, about 60 % insured; `bench`: 500,000).
import { DEMO_SIZES, demoSize } from '@anze/demo';
import { databaseUrlFor } from '@anze/orm';
import { underwritingOrm } from './orm.ts';
import { demoUnderwriting, seedDemoInsurance, seedDemoMarket } from './demo-volume.ts';
import { loadConfig } from './config.ts';

const size = demoSize(process.env.ANZE_DEMO_SIZE);
const { projects } = DEMO_SIZES[size];
const config = loadConfig({ GATEWAY_SECRET: 'unused-by-the-seed-command', ...process.env });
const orm = await underwritingOrm(databaseUrlFor('underwriting'));
try {
  const started = Date.now();
  const plans = await seedDemoMarket(orm.em.fork());
  const states = demoUnderwriting(size, new Date());
  const added = await seedDemoInsurance(orm.em.fork(), states, plans, config.preventionShare, (done) => {
    if (done % 50_000 === 0) console.log(`underwriting: ${done} / ${projects}`);
  });
  console.log(
    `underwriting: demo data ready (${size}: ${added} applications added in ${Date.now() - started} ms)`,
  );
} finally {
  await orm.close();
}
