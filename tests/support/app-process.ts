import { ChildProcess, spawn } from 'node:child_process';
import { nodeArgsFor } from '@newsflow/platform';
import { resolve } from 'node:path';
import { waitFor } from './test-env';

const ROOT = resolve(__dirname, '..', '..');
export type AppName = 'watcher' | 'dedupe' | 'entities' | 'quotes' | 'query';
const PORT_VAR: Record<AppName, string> = {
  watcher: 'WATCHER_PORT',
  dedupe: 'DEDUPE_PORT',
  entities: 'ENTITIES_PORT',
  quotes: 'QUOTES_PORT',
  query: 'QUERY_PORT',
};

/** A built app running as its own process, as in production. */
export class AppProcess {
  private child?: ChildProcess;
  readonly output: string[] = [];

  constructor(
    readonly name: AppName,
    private readonly env: Record<string, string>,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get port(): number {
    return Number(this.env[PORT_VAR[this.name]]);
  }

  async start(): Promise<this> {
    const entry = resolve(ROOT, 'dist', 'apps', this.name, 'src', 'main.js');
    this.child = spawn(process.execPath, [...nodeArgsFor(this.name), entry], { env: { ...process.env, ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    await waitFor(`${this.name} to become healthy (output: ${this.output.join('').slice(-500)})`, async () => {
      if (this.child?.exitCode !== null) throw new Error(`${this.name} exited: ${this.output.join('').slice(-800)}`);
      const res = await fetch(`http://127.0.0.1:${this.port}/health`).catch(() => null);
      return res?.ok ?? false;
    }, 30_000, 150);
    return this;
  }

  /** kill -9: no shutdown hooks, in-flight messages are left unacked. Resolves once the process is gone. */
  kill9(): Promise<void> {
    return this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    // unref: a grace timer left pending after a quick exit would hold Jest open for its 8 s after the last test.
    await Promise.race([this.signal('SIGTERM'), new Promise((r) => setTimeout(r, 8000).unref())]);
    if (this.running) this.child!.kill('SIGKILL');
  }

  private signal(sig: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return Promise.resolve();
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(sig);
    return exited;
  }
}

export async function startApps(names: AppName[], env: Record<string, string>): Promise<AppProcess[]> {
  return Promise.all(names.map((n) => new AppProcess(n, env).start()));
}
