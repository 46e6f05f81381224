// CPU time of processes read from /proc/<pid>/stat: PostgreSQL's backends, nats-server, the services, and the load
// generator (this process). With the services' own figures (service-process.ts) they make up the CPU a request or an
// event costs on the machine, which on a shared 2-core box decides the throughput a closed loop can reach. Linux only;
// the benchmarks run everything on this machine (loopback).
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/** A process's command name and user + system CPU so far (µs); null when it is gone. */
function readStat(pid: number | string): { comm: string; cpuUs: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return null;
  }
  // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after its last ')'.
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after comm.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { comm: stat.slice(stat.indexOf('(') + 1, close), cpuUs: (ticks * 1_000_000) / TICKS_PER_S };
}

/** User + system CPU of a process so far, µs; 0 when it is gone. */
export function processCpuUs(pid: number): number {
  return readStat(pid)?.cpuUs ?? 0;
}

/** User + system CPU of every process named `postgres` (postmaster, backends, background workers), µs by pid. */
export function postgresCpuUs(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = readStat(pid);
    if (stat?.comm === 'postgres') byPid.set(Number(pid), stat.cpuUs);
  }
  return byPid;
}

/**
 * CPU spent between two readings by the processes alive at the second: a process that started in between counts
 * whole, one that ended in between (an autovacuum worker, a closed connection) is missing — a slight undercount,
 * never the negative figure a difference of totals gives when a busy process exits.
 */
export function cpuSpentUs(before: Map<number, number>, after: Map<number, number>): number {
  let us = 0;
  for (const [pid, now] of after) us += now - (before.get(pid) ?? 0);
  return us;
}

/** This process's own CPU (user + system), µs: the load generator's cost when it runs in the bench process. */
export function ownCpuUs(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}
