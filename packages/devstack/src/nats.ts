// A local nats-server with JetStream (there is no embedded NATS for Node: we spawn the binary).

import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type LogSink } from './log.ts';
import { assertPortFree, probeTcp } from './net.ts';
import { spawnManaged, type ManagedProcess } from './process.ts';

export const LOCAL_NATS_PORT = 4223;

export const NATS_INSTALL_HINT =
  'nats-server (with JetStream) is needed when NATS_URL is not set. Install it with one of:\n' +
  '  Debian/Ubuntu: sudo apt-get install nats-server\n' +
  '  macOS:         brew install nats-server\n' +
  '  otherwise:     the release binary from https://github.com/nats-io/nats-server/releases (put it on PATH)\n' +
  'or set NATS_SERVER_BIN to its path, or NATS_URL to an existing server.';

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** NATS_SERVER_BIN, then PATH, then the usual package locations. */
export function findNatsServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.NATS_SERVER_BIN) return executable(env.NATS_SERVER_BIN) ? env.NATS_SERVER_BIN : undefined;
  const dirs = [
    ...(env.PATH ?? '').split(delimiter).filter(Boolean),
    '/usr/sbin',
    '/usr/local/sbin',
    '/usr/local/bin',
    '/opt/homebrew/bin',
  ];
  for (const d of dirs) {
    const p = join(d, 'nats-server');
    if (executable(p)) return p;
  }
  return undefined;
}

export interface NatsServerOptions {
  /** JetStream store directory. */
  storeDir: string;
  port?: number;
  host?: string;
  binary?: string;
  /** Output lines (default: warnings and errors to stderr). */
  log?: LogSink;
  startTimeoutMs?: number;
}

export interface NatsServer {
  readonly url: string;
  readonly port: number;
  readonly process: ManagedProcess;
  stop(): Promise<void>;
}

function defaultLog(line: string): void {
  if (/\[(WRN|ERR|FTL)\]/.test(line)) process.stderr.write(`nats       │ ${line}\n`);
}

/** Wait until a NATS server answers on host:port with its INFO line, and (optionally) has JetStream enabled. */
export async function waitForNats(
  port: number,
  opts: { host?: string; timeoutMs?: number; jetstream?: boolean; process?: ManagedProcess } = {},
): Promise<void> {
  const host = opts.host ?? '127.0.0.1';
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  let last = '';
  while (Date.now() < deadline) {
    if (opts.process && !opts.process.running) {
      throw new Error(`nats-server exited during start-up:\n${opts.process.tail().slice(-15).join('\n')}`);
    }
    try {
      const hello = await probeTcp(port, host);
      if (hello.startsWith('INFO ')) {
        const info = JSON.parse(hello.slice(5).trim()) as { jetstream?: boolean };
        if (opts.jetstream === false || info.jetstream) return;
        last = 'server answers but JetStream is not enabled';
      } else {
        last = `unexpected greeting ${JSON.stringify(hello.slice(0, 40))}`;
      }
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(50);
  }
  throw new Error(`NATS on ${host}:${port} not ready: ${last}`);
}

export async function startNatsServer(opts: NatsServerOptions): Promise<NatsServer> {
  const binary = opts.binary ?? findNatsServer();
  if (!binary) throw new Error(`nats-server not found.\n${NATS_INSTALL_HINT}`);
  const port = opts.port ?? LOCAL_NATS_PORT;
  const host = opts.host ?? '127.0.0.1';
  const storeDir = resolve(opts.storeDir);
  mkdirSync(storeDir, { recursive: true });
  await assertPortFree(port, host, 'nats-server (set NATS_URL to use an existing server instead)');

  const proc = spawnManaged('nats', binary, ['-js', '-sd', storeDir, '-p', String(port), '-a', host], {
    log: opts.log ?? defaultLog,
    group: false,
    stopSignal: 'SIGTERM',
    stopTimeoutMs: 10_000,
  });
  try {
    await waitForNats(port, { host, timeoutMs: opts.startTimeoutMs ?? 15_000, process: proc });
  } catch (e) {
    await proc.stop({ timeoutMs: 3_000 });
    throw e;
  }
  return {
    url: `nats://${host}:${port}`,
    port,
    process: proc,
    stop: () => proc.stop(),
  };
}
