// The data of the projects benchmark (bench/src/projects.ts): three databases under fixed names and a JetStream
// stream of their own, prepared once and reused by later runs (seeding 500,000 projects takes a while). Seeding runs
// the subgraphs' real seed commands (`npm run seed -w @anze/identity|projects`, ANZE_DEMO_SIZE=bench) in child
// processes; the events they write to the outboxes reach analytics the way they do in production (relays → JetStream
// → analytics' durable consumers), which projects.ts times when the services start.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { applyMigrations, dropDatabase, ensureDatabase, serverUrl, withDatabase } from '@anze/orm';
import { NATS_URL } from '@anze/testing';
import { DEMO_SIZES, demoEnterprises } from '@anze/demo';
import { identityOrm } from '@anze/identity/orm';
import { projectsOrm } from '@anze/projects/orm';
import { analyticsOrm } from '@anze/analytics/orm';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '..', '..');

export const BENCH_SIZE = 'bench' as const;
export const EXPECTED = {
  projects: DEMO_SIZES[BENCH_SIZE].projects,
  enterprises: DEMO_SIZES[BENCH_SIZE].enterprises,
  /** Only registered enterprises exist in identity (the others' projects came from the provincial platform). */
  registeredEnterprises: demoEnterprises(DEMO_SIZES[BENCH_SIZE].enterprises).filter((e) => e.registered)
    .length,
};

/** Fixed names: a later run finds the data of an earlier one. */
export const DATABASES = {
  identity: withDatabase(serverUrl(), 'anze_bench_identity'),
  projects: withDatabase(serverUrl(), 'anze_bench_projects'),
  analytics: withDatabase(serverUrl(), 'anze_bench_analytics'),
} as const;
export const EVENTS = { EVENTS_STREAM: 'BENCH_PROJECTS', EVENTS_SUBJECT_PREFIX: 'benchprojects' } as const;
/** identity's signing keys, demo CA and accounts file (.anze is ignored by git). */
export const DATA_DIR = join(REPO, '.anze', 'bench-projects');
/** Figures of the run that prepared the data (seeding, publishing, projection), reprinted by later runs. */
const PREPARED_FILE = 'prepared.json';

export interface PreparedFigures {
  preparedAt?: string;
  seedIdentityMs?: number;
  seedProjectsMs?: number;
  /** Relays publishing the outboxes to JetStream (identity and projects together), from service start to empty. */
  publish?: { events: number; ms: number };
  /** projects' enterprise read model catching up (its durable consumer). */
  enterpriseConsumer?: { events: number; ms: number };
  /** analytics' durable consumers applying every event, from service start to nothing pending. */
  projection?: { events: number; ms: number };
}

/** A figures file in DATA_DIR, as the run that prepared the data wrote it ({} when there is none). */
export function readPreparedFile<T extends object>(name: string): T {
  try {
    return JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
  } catch {
    return {} as T;
  }
}

export function writePreparedFile(name: string, figures: object): void {
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(join(DATA_DIR, name), `${JSON.stringify(figures, null, 2)}\n`);
}

export const readPrepared = () => readPreparedFile<PreparedFigures>(PREPARED_FILE);
export const writePrepared = (f: PreparedFigures) => writePreparedFile(PREPARED_FILE, f);

export async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function count(url: string, text: string): Promise<number> {
  const rows = await sql<{ n: string }>(url, text);
  return Number(rows[0]?.n ?? 0);
}

/** Drops the databases, the stream (with its consumers) and the data directory: the next prepare starts over. */
export async function dropBenchData(): Promise<void> {
  for (const url of Object.values(DATABASES)) await dropDatabase(url);
  const nc = await connect({ servers: NATS_URL });
  try {
    await (await jetstreamManager(nc)).streams.delete(EVENTS.EVENTS_STREAM).catch(() => false);
  } finally {
    await nc.close();
  }
  rmSync(DATA_DIR, { recursive: true, force: true });
}

/** Runs a subgraph's seed command in a child process (the real `npm run seed`), echoing its progress lines. */
export function runSeed(
  subgraph: 'identity' | 'projects' | 'underwriting',
  env: Record<string, string>,
): Promise<number> {
  const started = Date.now();
  return new Promise((resolveSeed, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'subgraphs', subgraph, 'src', 'seed.ts')], {
      cwd: join(REPO, 'subgraphs', subgraph),
      env: { ...process.env, ANZE_DEMO_SIZE: BENCH_SIZE, ANZE_LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) console.log(`    [seed ${subgraph}] ${line}`);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolveSeed(Date.now() - started)
        : reject(new Error(`seed ${subgraph} exited with ${code}`)),
    );
  });
}

/** The code prefix of the projects the bench's write measurements add (kept; outside every measured filter). */
export const WRITTEN_CODE_PREFIX = 'BENCH-';

export interface DataState {
  identityEnterprises: number;
  projects: number;
  seeded: { identityMs?: number; projectsMs?: number };
}

/**
 * Databases with their migrations, identity with the demo accounts and the bench-size registered enterprises,
 * projects with 500,000 projects; whatever is already there is kept.
 */
export async function prepareDatabases(): Promise<DataState> {
  for (const [name, url] of Object.entries(DATABASES)) {
    await ensureDatabase(url);
    const makeOrm = name === 'identity' ? identityOrm : name === 'projects' ? projectsOrm : analyticsOrm;
    const orm = await makeOrm(url);
    try {
      const applied = await applyMigrations(orm);
      if (applied.length) console.log(`  ${name}: applied ${applied.length} migration(s)`);
    } finally {
      await orm.close();
    }
  }
  mkdirSync(DATA_DIR, { recursive: true });
  // Demo-world enterprises carry USCCs 91<county>DM<serial>: count exactly those.
  const enterpriseCount = () =>
    count(DATABASES.identity, `select count(*) as n from organisation where uscc ~ '^91[0-9]{6}DM'`);
  // The demo world's projects: not those the write measurements add (projects.ts, codes BENCH-…, in Beijing).
  const projectCount = () =>
    count(
      DATABASES.projects,
      `select count(*) as n from project where code not like '${WRITTEN_CODE_PREFIX}%'`,
    );
  const hasAccounts =
    (await count(DATABASES.identity, `select count(*) as n from app_user where username = 'hlj-zjt'`)) > 0 &&
    existsSync(join(DATA_DIR, 'ca'));
  const seeded: DataState['seeded'] = {};
  const jobs: Array<Promise<void>> = [];
  const enterprises = await enterpriseCount();
  if (!hasAccounts || enterprises < EXPECTED.registeredEnterprises) {
    console.log(
      `  identity: ${enterprises} of ${EXPECTED.registeredEnterprises} registered enterprises — seeding (demo accounts + ${BENCH_SIZE} enterprises) …`,
    );
    jobs.push(
      runSeed('identity', { IDENTITY_DATABASE_URL: DATABASES.identity, ANZE_DATA_DIR: DATA_DIR }).then(
        (ms) => {
          seeded.identityMs = ms;
          console.log(`  identity: seeded in ${(ms / 1000).toFixed(1)} s`);
        },
      ),
    );
  }
  const projects = await projectCount();
  if (projects < EXPECTED.projects) {
    console.log(`  projects: ${projects} of ${EXPECTED.projects} projects — seeding …`);
    jobs.push(
      runSeed('projects', { PROJECTS_DATABASE_URL: DATABASES.projects }).then((ms) => {
        seeded.projectsMs = ms;
        console.log(`  projects: seeded in ${(ms / 1000).toFixed(1)} s`);
      }),
    );
  }
  await Promise.all(jobs);
  if (seeded.projectsMs !== undefined) {
    // Fresh statistics after a bulk load, as autovacuum would do eventually: plans must not depend on timing.
    await sql(DATABASES.projects, 'vacuum analyze project');
  }
  const state = {
    identityEnterprises: await enterpriseCount(),
    projects: await projectCount(),
    seeded,
  };
  if (state.projects !== EXPECTED.projects || state.identityEnterprises !== EXPECTED.registeredEnterprises)
    throw new Error(`unexpected data size ${JSON.stringify(state)}; run with --reseed`);
  return state;
}

/** Outbox rows not yet published, per database. */
export async function unpublished(): Promise<{ identity: number; projects: number }> {
  const q = 'select count(*) as n from outbox where published_at is null';
  return { identity: await count(DATABASES.identity, q), projects: await count(DATABASES.projects, q) };
}
