// The data of the underwriting benchmark (bench/src/underwriting.ts), on top of the projects benchmark's prepared
// world (projects-data.ts: identity with the bench-size enterprises and accounts, projects with 500,000 projects, the
// JetStream stream): underwriting's database with the bench-size demo underwriting (~60 % of the projects insured,
// the rest over every application state; the real seed command, `src/seed.ts` with ANZE_DEMO_SIZE=bench), and
// documents' database (empty: the bench uploads the 保单文件 and 协议文件 it issues with). Prepared once and reused.
import { applyMigrations, dropDatabase, ensureDatabase, serverUrl, withDatabase } from '@anze/orm';
import { underwritingOrm } from '@anze/underwriting/orm';
import { documentsOrm } from '@anze/documents/orm';
import { EXPECTED, readPreparedFile, runSeed, sql, writePreparedFile } from './projects-data.ts';

export const UW_DATABASES = {
  underwriting: withDatabase(serverUrl(), 'anze_bench_underwriting'),
  documents: withDatabase(serverUrl(), 'anze_bench_documents'),
} as const;

export interface UnderwritingPrepared {
  preparedAt?: string;
  seedMs?: number;
  /** Applications the seed wrote (the bench-size demo world's), checked by later runs. */
  applications?: number;
  /** What the services did with the seeds' events on the first start (publishing, the consumers catching up). */
  publish?: { events: number; ms: number };
  catchUp?: { ms: number; consumers: Record<string, number> };
}

const PREPARED_FILE = 'underwriting-prepared.json';
export const readUnderwritingPrepared = () => readPreparedFile<UnderwritingPrepared>(PREPARED_FILE);
export const writeUnderwritingPrepared = (f: UnderwritingPrepared) => writePreparedFile(PREPARED_FILE, f);

export async function dropUnderwritingData(): Promise<void> {
  for (const url of Object.values(UW_DATABASES)) await dropDatabase(url);
}

async function count(url: string, text: string): Promise<number> {
  return Number((await sql<{ n: string }>(url, text))[0]?.n ?? 0);
}

export interface UnderwritingState {
  projects: number;
  applications: number;
  policies: number;
  seededMs?: number;
}

/**
 * Both databases with their migrations; the underwriting seed when its read model lacks the bench world's projects
 * or its applications are fewer than the seed wrote (an interrupted seed resumes: it skips what is there).
 */
export async function prepareUnderwriting(figures: UnderwritingPrepared): Promise<UnderwritingState> {
  for (const [name, url] of Object.entries(UW_DATABASES)) {
    await ensureDatabase(url);
    const orm = await (name === 'underwriting' ? underwritingOrm(url) : documentsOrm(url));
    try {
      const applied = await applyMigrations(orm);
      if (applied.length) console.log(`  ${name}: applied ${applied.length} migration(s)`);
    } finally {
      await orm.close();
    }
  }
  const url = UW_DATABASES.underwriting;
  const state = async (): Promise<UnderwritingState> => ({
    projects: await count(url, 'select count(*) as n from insured_project'),
    applications: await count(url, 'select count(*) as n from insurance_application'),
    // The bench's own issues (policy numbers BENCH…) are left out: they are counted by the run that made them.
    policies: await count(url, `select count(*) as n from policy where policy_number not like 'BENCH%'`),
  });
  const before = await state();
  if (
    before.projects < EXPECTED.projects ||
    !figures.applications ||
    before.applications < figures.applications
  ) {
    console.log(
      `  underwriting: ${before.projects} of ${EXPECTED.projects} projects, ${before.applications} applications — seeding (bench) …`,
    );
    const ms = await runSeed('underwriting', { UNDERWRITING_DATABASE_URL: url });
    console.log(`  underwriting: seeded in ${(ms / 1000).toFixed(1)} s`);
    // Fresh statistics after a bulk load, as autovacuum would do eventually: plans must not depend on timing.
    await sql(url, 'vacuum analyze');
    const after = await state();
    Object.assign(figures, {
      preparedAt: new Date().toISOString(),
      seedMs: ms,
      applications: after.applications,
    });
    writeUnderwritingPrepared(figures);
    return { ...after, seededMs: ms };
  }
  return before;
}
