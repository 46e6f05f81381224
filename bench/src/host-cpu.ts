// CPU time of the processes a benchmark does not start itself but whose work a request causes: PostgreSQL's backends,
// and the load generator (this process). With the services' own figures (service-process.ts) they make up the CPU a
// request costs on the machine, which on a shared 2-core box decides the throughput a closed loop can reach.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/**
 * User + system CPU of every process named `postgres` (postmaster, backends, background workers), µs by pid. Read from
 * /proc, so PostgreSQL must run on this machine (the benchmarks use loopback only).
 */
export function postgresCpuUs(): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    } catch {
      continue; // gone since the directory was listed
    }
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so split after its last ')'.
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
    const fields = stat.slice(close + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after comm.
    byPid.set(Number(pid), ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_S);
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
