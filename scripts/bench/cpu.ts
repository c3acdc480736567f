import { readFileSync, readdirSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ, `getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  comm: string;
  cpuSeconds: number;
}

function procStat(pid: number): ProcStat | null {
  let line: string;
  try {
    line = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // the process has exited
  }
  // comm may hold spaces and parentheses: it runs from the first '(' to the last ')'.
  const close = line.lastIndexOf(')');
  const fields = line.slice(close + 2).split(' ');
  // utime, stime, cutime, cstime are fields 14-17 of stat, 12-15 after "pid (comm)". The children's
  // times count the work of processes that exited and were reaped meanwhile, such as PostgreSQL backends.
  const ticks = fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
  return { comm: line.slice(line.indexOf('(') + 1, close), cpuSeconds: ticks / TICKS_PER_SECOND };
}

/** CPU seconds (user + system, all threads, reaped children included) a process has used so far. */
export function cpuSeconds(pid: number): number {
  return procStat(pid)?.cpuSeconds ?? 0;
}

/** CPU seconds used so far by every process named `comm`, such as all of PostgreSQL's processes. */
export function cpuSecondsOf(comm: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat?.comm === comm) total += stat.cpuSeconds;
  }
  return total;
}

/** Busy and total CPU seconds of the whole machine so far, summed over its cores (the first line of /proc/stat). */
export function machineCpuSeconds(): { busy: number; total: number } {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // Steal is time the hypervisor gave to other guests: neither our work nor idle time we could have used.
  return { busy: (user + nice + system + irq + softirq) / TICKS_PER_SECOND, total: (user + nice + system + idle + iowait + irq + softirq + steal) / TICKS_PER_SECOND };
}
