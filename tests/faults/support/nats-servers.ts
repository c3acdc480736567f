import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { freePort, waitFor } from '../../support/test-env';

const NATS_BIN = ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'].find((p) => existsSync(p)) ?? 'nats-server';

/**
 * A test-owned nats-server on its own loopback ports with its own data folder, never the shared one
 * on 4222. It is stopped by its own process id; its data survives a restart, as a real server's does.
 */
export class OwnedNatsServer {
  private child?: ChildProcess;
  private readonly log: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    readonly storeDir: string,
    private readonly cluster?: { name: string; port: number; routes: number[] },
  ) {}

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(waitForJetStream = true): Promise<void> {
    const args = ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir, '--server_name', this.name];
    if (this.cluster) {
      args.push('--cluster_name', this.cluster.name, '--cluster', `nats://127.0.0.1:${this.cluster.port}`);
      args.push('--routes', this.cluster.routes.map((p) => `nats://127.0.0.1:${p}`).join(','));
    }
    this.child = spawn(NATS_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (b: Buffer) => {
      this.log.push(b.toString());
      if (this.log.length > 100) this.log.shift();
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    if (waitForJetStream) await this.waitReady();
  }

  /** Answers JetStream API requests (in a cluster: once a meta leader is elected). */
  async waitReady(timeoutMs = 30_000): Promise<void> {
    await waitFor(`nats-server ${this.name} on ${this.port} (log: ${this.log.join('').slice(-400)})`, async () => {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) throw new Error(`exited: ${this.log.join('').slice(-400)}`);
      const nc = await connect({ servers: this.url, timeout: 1000, reconnect: false });
      try {
        const jsm = await nc.jetstreamManager({ timeout: 1000 });
        await jsm.getAccountInfo();
        return true;
      } finally {
        await nc.close();
      }
    }, timeoutMs, 250);
  }

  /** SIGKILL by pid: no clean shutdown, as in a crash. */
  async kill9(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  private async signal(sig: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(sig);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
  }
}

/** One server, or a 3-node cluster, with a temporary data folder removed by `destroy()`. */
export class OwnedNats {
  private constructor(
    readonly servers: OwnedNatsServer[],
    private readonly dir: string,
  ) {}

  get url(): string {
    return this.servers.map((s) => s.url).join(',');
  }

  static async single(): Promise<OwnedNats> {
    const dir = mkdtempSync(join(tmpdir(), 'newsflow-nats-'));
    const server = new OwnedNatsServer('nf-single', await freePort(), join(dir, 'n1'));
    await server.start();
    return new OwnedNats([server], dir);
  }

  static async cluster(size = 3): Promise<OwnedNats> {
    const dir = mkdtempSync(join(tmpdir(), 'newsflow-natscluster-'));
    const clientPorts: number[] = [];
    const routePorts: number[] = [];
    for (let i = 0; i < size; i++) {
      clientPorts.push(await freePort());
      routePorts.push(await freePort());
    }
    const name = `nf${Date.now().toString(36)}`;
    const servers = clientPorts.map(
      (port, i) => new OwnedNatsServer(`${name}-n${i + 1}`, port, join(dir, `n${i + 1}`), { name, port: routePorts[i], routes: routePorts.filter((_, j) => j !== i) }),
    );
    await Promise.all(servers.map((s) => s.start(false)));
    await Promise.all(servers.map((s) => s.waitReady(60_000)));
    return new OwnedNats(servers, dir);
  }

  async destroy(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.stop()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}
