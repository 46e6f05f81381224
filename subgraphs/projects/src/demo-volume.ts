// The projects of the demo world (@anze/demo) at volume, each announced by projects.project.registered like a project
// recorded in the app. Projects of enterprises without a platform account stand for those imported from the provincial
// approval platform (they make 注册比率 less than 100 %). Idempotent per batch: existing ids are skipped.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import type { DemoProject } from '@anze/demo';
import { Project } from './domain/project.entity.ts';
import { publishProjectFact } from './events/project-events.ts';

const BATCH = 1000;
const SEED_VIEWER: Viewer = {
  kind: 'client',
  clientId: 'demo-seed',
  roles: [],
  scopes: [],
  jurisdiction: null,
};

/** Returns how many projects were added; `onProgress` after every batch (500,000 projects take a while). */
export async function seedDemoProjects(
  em: EntityManager,
  projects: Iterable<DemoProject>,
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  let added = 0;
  let done = 0;
  let batch: DemoProject[] = [];
  const flush = async () => {
    const current = batch;
    batch = [];
    await em.fork().transactional(async (tx) => {
      const existing = new Set(
        (await tx.find(Project, { id: { $in: current.map((p) => p.id) } }, { fields: ['id'] })).map(
          (p) => p.id,
        ),
      );
      for (const d of current.filter((p) => !existing.has(p.id))) {
        const project = tx.create(Project, {
          id: d.id,
          name: d.name,
          code: d.code,
          divisionCode: d.divisionCode,
          detailAddress: d.detailAddress,
          costFen: d.costFen,
          ownerUnit: d.ownerUnit,
          constructorName: d.constructor.name,
          constructorUscc: d.constructor.uscc,
          category: d.category,
          durationDays: d.durationDays,
          plannedStart: d.plannedStart,
          plannedEnd: d.plannedEnd,
          status: d.status,
          organisationId: d.constructor.id,
          createdAt: d.createdAt,
          updatedAt: d.createdAt,
        });
        publishProjectFact(tx, { type: 'project.registered', project }, SEED_VIEWER);
        added++;
      }
    });
    done += current.length;
    onProgress(done);
  };
  for (const p of projects) {
    batch.push(p);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length) await flush();
  return added;
}
