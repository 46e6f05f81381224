// CPU time of the processes a benchmark does not start itself but whose work a request causes: PostgreSQL's backends,
// and the load generator (this process). With the services' own figures (service-process.ts) they make up the CPU a
// request costs on the machine, which on a shared 2-core box decides the throughput a closed loop can reach.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/**
 * User + system CPU of every process named `postgres` (postmaster, backends, background workers), µs. Read from
 * /proc, so PostgreSQL must run on this machine (the benchmarks use loopback only). A backend that exits between two
 * readings takes its time with it: the subgraphs' pools keep their connections open while a load runs.
 */
export function postgresCpuUs(): number {
  let ticks = 0;
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
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1_000_000) / TICKS_PER_S;
}

/** This process's own CPU (user + system), µs: the load generator's cost when it runs in the bench process. */
export function ownCpuUs(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}
