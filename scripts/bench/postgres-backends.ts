import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { cpuSeconds } from './cpu';
import { BenchApp, BenchStack } from './stack';

/** Local TCP port → socket inode, from /proc/net/tcp and tcp6 (ports in hex, inode the tenth column). */
function socketInodesByPort(): Map<number, string> {
  const out = new Map<number, string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[];
    try {
      lines = readFileSync(table, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      out.set(parseInt(cols[1].split(':').pop()!, 16), cols[9]);
    }
  }
  return out;
}

/** Socket inodes a process holds open. */
function socketInodesOf(pid: number): Set<string> {
  const out = new Set<string>();
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return out;
  }
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) out.add(m[1]);
    } catch {
      // closed meanwhile
    }
  }
  return out;
}

/** One PostgreSQL backend of the stack's database: the app whose connection it serves, and its CPU seconds so far. */
export type BackendCpu = Map<number, { app: BenchApp | 'other'; cpuSeconds: number }>;

/**
 * The CPU seconds of each backend serving the stack's database, named after the app at the other end of
 * its TCP connection (matched by the client port's socket in /proc), so PostgreSQL's time can be split by
 * the stage whose statements it ran.
 */
export async function backendCpu(stack: BenchStack): Promise<BackendCpu> {
  const rows: Array<{ pid: number; client_port: number | null }> = await stack.db.query(
    `SELECT pid, client_port FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  const inodeOfPort = socketInodesByPort();
  const appOfInode = new Map<string, BenchApp>();
  for (const app of stack.apps) for (const inode of socketInodesOf(app.child.pid!)) appOfInode.set(inode, app.name);
  const out: BackendCpu = new Map();
  for (const { pid, client_port } of rows) {
    const inode = client_port ? inodeOfPort.get(client_port) : undefined;
    out.set(pid, { app: (inode && appOfInode.get(inode)) || 'other', cpuSeconds: cpuSeconds(pid) });
  }
  return out;
}

/** CPU seconds each app's backends used between two snapshots; a backend opened meanwhile counts from zero. */
export function backendCpuSpent(before: BackendCpu, after: BackendCpu): Map<BenchApp | 'other', number> {
  const out = new Map<BenchApp | 'other', number>();
  for (const [pid, { app, cpuSeconds: seconds }] of after) out.set(app, (out.get(app) ?? 0) + seconds - (before.get(pid)?.cpuSeconds ?? 0));
  return out;
}

/**
 * Merges the entries each GIN index holds in its pending list into the index proper, and returns how many
 * pages that took. A short run's inserts leave up to gin_pending_list_limit per index unmerged; a stream
 * that never stops pays for that merge while it runs, so a run that measures the stream pays for it too.
 */
export async function mergeGinPendingLists(stack: BenchStack): Promise<number> {
  const [row] = await stack.db.query(
    `SELECT coalesce(sum(gin_clean_pending_list(c.oid::regclass)), 0)::int AS pages
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam WHERE am.amname = 'gin'`,
  );
  return row.pages;
}
