// `npm run seed -w @anze/projects`: the demo world's projects at the size ANZE_DEMO_SIZE names (default `demo`:
// 10,000 projects of 2,000 enterprises over every county of Heilongjiang; `bench`: 500,000).
import { DEMO_SIZES, demoEnterprises, demoProjects, demoSize } from '@anze/demo';
import { databaseUrlFor } from '@anze/orm';
import { projectsOrm } from './orm.ts';
import { seedDemoProjects } from './demo-volume.ts';

const size = demoSize(process.env.ANZE_DEMO_SIZE);
const { enterprises, projects } = DEMO_SIZES[size];
const orm = await projectsOrm(databaseUrlFor('projects'));
try {
  const started = Date.now();
  const added = await seedDemoProjects(
    orm.em.fork(),
    demoProjects(projects, demoEnterprises(enterprises)),
    (done) => {
      if (done % 50_000 === 0) console.log(`projects: ${done} / ${projects}`);
    },
  );
  console.log(
    `projects: demo data ready (${size}: ${added} of ${projects} projects added in ${Date.now() - started} ms)`,
  );
} finally {
  await orm.close();
}
