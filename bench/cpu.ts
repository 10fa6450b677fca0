// CPU time spent by other processes, from /proc (Linux): the load bench's server and its
// PostgreSQL. On a shared, loaded machine latency says little from one run to the next; the
// CPU a request costs is steady, and it is what sets the capacity.
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks a second of /proc's CPU times (CLK_TCK: 100 on Linux). */
const TICKS = 100;

interface Stat {
  pid: number;
  ppid: number;
  /** user + system time of the process itself, and of its children already waited for, in s */
  self: number;
  children: number;
}

function stat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) may hold spaces: the fields after it are counted from its ")"
    const f = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const n = (k: number) => Number(f[k - 3]);
    return { pid, ppid: n(4), self: (n(14) + n(15)) / TICKS, children: (n(16) + n(17)) / TICKS };
  } catch {
    return null; // gone
  }
}

const pids = () =>
  readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .map(Number);

/** CPU seconds used so far by one process (and its children that have ended). */
export function processCpuSeconds(pid: number): number {
  const s = stat(pid);
  return s ? s.self + s.children : 0;
}

/** CPU seconds used so far by a process's children that have ended and been waited for (a
 *  command the bench ran: its workers' threads included). */
export function childrenCpuSeconds(pid: number): number {
  return stat(pid)?.children ?? 0;
}

/** The PostgreSQL server listening on a local port: its postmaster's pid, or null. */
export function postmasterOnPort(port: number): number | null {
  for (const pid of pids()) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (!cmd[0]?.endsWith("postgres")) continue;
      const p = cmd.indexOf("-p");
      if (p >= 0 && Number(cmd[p + 1]) === port) return pid;
    } catch {
      // gone or not ours to read
    }
  }
  return null;
}

/** CPU seconds used so far by a PostgreSQL server: the postmaster, its live backends, and the
 *  backends that have ended. */
export function postgresCpuSeconds(postmaster: number): number {
  let total = processCpuSeconds(postmaster);
  for (const pid of pids()) {
    const s = stat(pid);
    if (s && s.ppid === postmaster) total += s.self;
  }
  return total;
}
