import { ChildProcess, spawn } from 'node:child_process';
import { nodeArgsFor } from '@newsflow/platform';
import { createInterface } from 'node:readline';

const COLOURS = ['\x1b[36m', '\x1b[33m', '\x1b[35m', '\x1b[32m', '\x1b[34m'];
const RESET = '\x1b[0m';

/** Runs each app as a child process with prefixed logs, restarts one that dies, and stops them all on request. */
export class AppSupervisor {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly entry: (app: string) => string,
  ) {}

  start(apps: string[]): void {
    apps.forEach((app, i) => this.spawn(app, COLOURS[i % COLOURS.length]));
  }

  private spawn(app: string, colour: string): void {
    const child = spawn(process.execPath, [...nodeArgsFor(app), this.entry(app)], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = process.stdout.isTTY ? `${colour}${app.padEnd(8)}${RESET} | ` : `${app.padEnd(8)} | `;
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${prefix}${line}\n`));
    }
    child.on('exit', (code, signal) => {
      this.children.delete(app);
      if (this.stopping) return;
      process.stdout.write(`${prefix}exited (${signal ?? code}); restarting in 2 s\n`);
      setTimeout(() => !this.stopping && this.spawn(app, colour), 2000);
    });
    this.children.set(app, child);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const exits = [...this.children.values()].map((c) => new Promise<void>((r) => (c.exitCode !== null ? r() : c.once('exit', () => r()))));
    for (const c of this.children.values()) c.kill('SIGTERM');
    const timeout = new Promise<void>((r) => setTimeout(r, 10_000));
    await Promise.race([Promise.all(exits), timeout]);
    for (const c of this.children.values()) c.kill('SIGKILL');
  }
}
