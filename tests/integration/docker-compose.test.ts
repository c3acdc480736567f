import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

/** `docker compose` (v2 plugin) when present, else the standalone `docker-compose`. */
function composeCommand(): string[] {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose'];
  throw new Error('neither `docker compose` nor `docker-compose` is installed (Debian: apt-get install -y docker-compose)');
}

function config(...args: string[]): string {
  const [bin, ...pre] = composeCommand();
  return execFileSync(bin, [...pre, ...args, 'config'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, API_KEY: '' } });
}

describe('docker-compose.yml', () => {
  it('is valid and runs NATS, PostgreSQL and the five apps', () => {
    const out = config();
    for (const service of ['nats', 'postgres', 'watcher', 'dedupe', 'entities', 'quotes', 'query']) {
      expect(out).toMatch(new RegExp(`^  ${service}:$`, 'm'));
    }
    expect(out).toMatch(/APP: entities/);
    expect(out).toMatch(/profiles:\n\s+- cluster/);
  });

  it('adds a 3-node NATS cluster under the cluster profile', () => {
    const out = config('--profile', 'cluster');
    for (const node of ['nats-1', 'nats-2', 'nats-3']) expect(out).toMatch(new RegExp(`^  ${node}:$`, 'm'));
    expect(out).toMatch(/--cluster_name/);
  });

  it('adds Prometheus and Grafana under the monitoring profile only', () => {
    const out = config('--profile', 'monitoring');
    // docker-compose v1 prints profiled services too; the profile is what keeps them out of a plain `up`.
    for (const service of ['prometheus', 'grafana']) expect(out).toMatch(new RegExp(`^  ${service}:\\n(?:    .*\\n)*?    profiles:\\n    - monitoring$`, 'm'));
    for (const service of ['prometheus', 'grafana']) expect(out).toMatch(new RegExp(`^  ${service}:$`, 'm'));
    expect(out).toMatch(/deploy\/prometheus\/prometheus\.yml:\/etc\/prometheus\/prometheus\.yml/);
    expect(out).toMatch(/deploy\/grafana\/dashboards:\/var\/lib\/grafana\/dashboards/);
  });
});
