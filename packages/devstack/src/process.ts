// Child processes that can be stopped as a whole: each child leads its own process group (detached), so that a
// terminal Ctrl-C reaches only the dev stack's supervisor, which then stops children in order; and stopping a
// child signals its whole group (npm → sh → node), then waits until the group is gone, with SIGKILL after a timeout.

import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { tailBuffer, type LogSink } from './log.ts';

export interface ExitInfo {
  name: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves when the direct child has exited. */
  readonly exited: Promise<ExitInfo>;
  /** True until the direct child exits. */
  readonly running: boolean;
  /** True once stop() was called (an exit after that is expected). */
  readonly stopping: boolean;
  /** The last lines of output (for error messages). */
  tail(): string[];
  /** Signal the process (group), wait until it is gone; SIGKILL after `timeoutMs`. Idempotent. */
  stop(opts?: StopOptions): Promise<void>;
}

export interface StopOptions {
  signal?: NodeJS.Signals;
  timeoutMs?: number;
}

export interface SpawnOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Receives every output line (stdout and stderr). */
  log?: LogSink;
  /** Run in its own process group (default true) and signal the whole group on stop. */
  group?: boolean;
  uid?: number;
  gid?: number;
  /** Default stop signal (SIGTERM). */
  stopSignal?: NodeJS.Signals;
  /** Default stop timeout before SIGKILL (10 s). */
  stopTimeoutMs?: number;
}

const live = new Set<ManagedProcess>();

/** Linux: is any non-zombie process in group `pgid`? (Zombies wait for a slow init to reap them: they are gone.) */
function groupAliveProc(pgid: number): boolean | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${e}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
  }
  return false;
}

function alive(pid: number, group: boolean): boolean {
  if (group && process.platform === 'linux') {
    const r = groupAliveProc(pid);
    if (r !== undefined) return r;
  }
  try {
    process.kill(group ? -pid : pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalProc(pid: number, group: boolean, sig: NodeJS.Signals): void {
  try {
    process.kill(group ? -pid : pid, sig);
  } catch {
    // already gone
  }
}

export function spawnManaged(
  name: string,
  command: string,
  args: string[],
  opts: SpawnOptions = {},
): ManagedProcess {
  const group = opts.group ?? true;
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...(opts.uid !== undefined ? { uid: opts.uid } : {}),
    ...(opts.gid !== undefined ? { gid: opts.gid } : {}),
  });
  const tail = tailBuffer(60);
  const onLine = (line: string) => {
    tail.push(line);
    opts.log?.(line);
  };
  if (child.stdout) createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', onLine);
  if (child.stderr) createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', onLine);

  let running = true;
  let stopping = false;
  let stopPromise: Promise<void> | undefined;
  const exited = new Promise<ExitInfo>((resolve) => {
    child.on('error', (err) => {
      // spawn failure (ENOENT…): no 'exit' follows
      onLine(`${name}: ${err.message}`);
      running = false;
      resolve({ name, code: 127, signal: null });
    });
    let closed = false;
    child.on('close', () => (closed = true));
    child.on('exit', (code, signal) => {
      running = false;
      // let the last output lines arrive ('close': stdio flushed), unless a grandchild keeps the pipes open
      const done = () => resolve({ name, code, signal });
      if (closed) done();
      else {
        const timer = setTimeout(done, 500);
        child.once('close', () => {
          clearTimeout(timer);
          done();
        });
      }
    });
  });

  const mp: ManagedProcess = {
    name,
    child,
    pid: child.pid ?? -1,
    exited,
    get running() {
      return running;
    },
    get stopping() {
      return stopping;
    },
    tail: () => tail.lines(),
    stop(stopOpts: StopOptions = {}) {
      stopping = true;
      stopPromise ??= (async () => {
        const pid = child.pid;
        if (pid === undefined) return;
        const gone = () => !running && !(group && alive(pid, true));
        if (!gone()) {
          signalProc(pid, group, stopOpts.signal ?? opts.stopSignal ?? 'SIGTERM');
          const deadline = Date.now() + (stopOpts.timeoutMs ?? opts.stopTimeoutMs ?? 10_000);
          while (!gone() && Date.now() < deadline) await sleep(50);
          if (!gone()) {
            onLine(`${name}: still running after stop timeout, sending SIGKILL`);
            signalProc(pid, group, 'SIGKILL');
            const killDeadline = Date.now() + 3_000;
            while (!gone() && Date.now() < killDeadline) await sleep(50);
          }
        }
        if (running) await Promise.race([exited, sleep(1_000)]);
        live.delete(mp);
      })();
      return stopPromise;
    },
  };
  live.add(mp);
  void exited.then(() => {
    if (!group) live.delete(mp);
  });
  return mp;
}

/** Last resort when the supervisor itself exits: SIGKILL every process group still alive. */
export function killAllSync(): void {
  for (const p of live) {
    if (p.pid > 0) {
      signalProc(p.pid, true, 'SIGKILL');
      signalProc(p.pid, false, 'SIGKILL');
    }
  }
  live.clear();
}

process.once('exit', killAllSync);

/** Run a command to completion; rejects (with the output tail) on a non-zero exit. */
export async function runToCompletion(
  name: string,
  command: string,
  args: string[],
  opts: SpawnOptions = {},
): Promise<ManagedProcess> {
  const p = spawnManaged(name, command, args, opts);
  const { code, signal } = await p.exited;
  // wait for leftovers in the group (a script's grandchildren) to finish as well
  await p.stop({ timeoutMs: 5_000 });
  if (code !== 0) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    const err = new Error(`${name} ${how}\n${p.tail().slice(-20).join('\n')}`);
    (err as Error & { process?: ManagedProcess }).process = p;
    throw err;
  }
  return p;
}
