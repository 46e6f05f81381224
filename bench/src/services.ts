// The platform's services as child processes for the benchmarks (bench/src/service-process.ts, forked): each on an
// ephemeral port with its own event loop and memory, as deployed, so the load generator in the bench process does
// not share either with them. Memory is read from /proc (Linux): RSS sampled by the parent, so a busy event loop in
// the child cannot delay the samples, and the kernel's own peak (VmHWM), which can be reset before a measurement.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATS_URL, TEST_GATEWAY_SECRET } from '@anze/testing';
import type { ServiceStats } from './service-process.ts';

const here = dirname(fileURLToPath(import.meta.url));

export type ServiceName =
  | 'identity'
  | 'projects'
  | 'underwriting'
  | 'documents'
  | 'analytics'
  | 'gateway'
  | `${'projects' | 'underwriting' | 'documents'}-floor`;

export interface ServiceChild {
  name: ServiceName;
  pid: number;
  url: string;
  jwksUrl?: string;
  stats(): Promise<ServiceStats>;
  stop(): Promise<void>;
}

/**
 * Forks one service in production mode (log level warn) with `env` on top of the common settings. Node flags for
 * profiling come from `BENCH_<NAME>_NODE_ARGS`, e.g. BENCH_PROJECTS_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
 */
export async function forkService(name: ServiceName, env: Record<string, string>): Promise<ServiceChild> {
  const child: ChildProcess = fork(join(here, 'service-process.ts'), [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ANZE_LOG_LEVEL: 'warn',
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      NATS_URL,
      PORT: '0',
      BENCH_SERVICE: name,
      ...env,
    },
    execArgv: (process.env[`BENCH_${name.toUpperCase()}_NODE_ARGS`] ?? '').split(' ').filter(Boolean),
  });
  const ready = await new Promise<{ url: string; jwksUrl?: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string; jwksUrl?: string }));
    child.once('exit', (code) => reject(new Error(`${name} process exited with ${code}`)));
  });
  return {
    name,
    pid: child.pid!,
    ...ready,
    stats: () =>
      new Promise((resolve) => {
        const onMessage = (m: unknown) => {
          const stats = (m as { stats?: ServiceStats }).stats;
          if (!stats) return;
          child.off('message', onMessage);
          resolve(stats);
        };
        child.on('message', onMessage);
        child.send('stats');
      }),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}

/** A field of /proc/<pid>/status in bytes (VmRSS, VmHWM). */
export function procMemory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** Resets the kernel's peak-RSS mark (VmHWM) of a process we started: the next VmHWM is the peak from now on. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS of the given processes every `everyMs` until stopped; returns the peak per pid. */
export function sampleRss(pids: number[], everyMs = 50): () => Map<number, number> {
  const peak = new Map(pids.map((p) => [p, 0]));
  const take = () => {
    for (const p of pids) {
      const rss = procMemory(p, 'VmRSS');
      if (rss > peak.get(p)!) peak.set(p, rss);
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return () => {
    clearInterval(timer);
    take();
    return peak;
  };
}
