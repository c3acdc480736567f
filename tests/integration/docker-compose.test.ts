import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ComposeFile, composeSchemaValidator, describeSchemaErrors, findComposeCli, readComposeFile, servicesUnder } from '../support/compose';

const ROOT = resolve(__dirname, '..', '..');
const APPS = ['watcher', 'dedupe', 'entities', 'quotes', 'query'];
const PROFILES: Record<string, string[]> = { default: [], cluster: ['cluster'], monitoring: ['monitoring'] };

const compose = readComposeFile(resolve(ROOT, 'docker-compose.yml'));
const validate = composeSchemaValidator();
const commandOf = (service: string) => (compose.services[service].command as string[]).join(' ');

describe('docker-compose.yml', () => {
  it('follows the Compose Specification schema', () => {
    const valid = validate(compose);
    expect(describeSchemaErrors(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be refused by that schema with an unknown key, a wrong depends_on condition or a volume that is not a list', () => {
    const broken = (change: (c: ComposeFile) => void): string[] => {
      const copy = structuredClone(compose);
      change(copy);
      validate(copy);
      return describeSchemaErrors(validate.errors);
    };
    expect(broken((c) => (c.services.query.portz = ['3000:3000']))).toContain('/services/query must NOT have additional properties: portz');
    expect(broken((c) => (c.services.query.depends_on = { nats: { condition: 'service_up' } }))).toContain('/services/query/depends_on/nats/condition must be equal to one of the allowed values');
    expect(broken((c) => (c.services.watcher.volumes = './inbox:/data/inbox'))).toContain('/services/watcher/volumes must be array');
  });

  it('runs NATS, PostgreSQL and the five apps, each built as itself, without a profile', () => {
    expect(servicesUnder(compose, PROFILES.default)).toEqual(['nats', 'postgres', ...APPS]);
    for (const app of APPS) expect(compose.services[app].build).toEqual({ context: '.', dockerfile: 'Dockerfile', args: { APP: app } });
    expect(existsSync(resolve(ROOT, 'Dockerfile'))).toBe(true);
  });

  it('adds a 3-node NATS cluster under the cluster profile', () => {
    const nodes = ['nats-1', 'nats-2', 'nats-3'];
    expect(servicesUnder(compose, PROFILES.cluster)).toEqual(['nats', 'postgres', ...APPS, ...nodes]);
    for (const node of nodes) {
      expect(compose.services[node].profiles).toEqual(['cluster']);
      expect(commandOf(node)).toContain(`-n ${node} --cluster_name newsflow`);
      const routes = nodes.filter((n) => n !== node).map((n) => `nats://${n}:6222`).join(',');
      expect(commandOf(node)).toContain(`--routes ${routes}`);
    }
  });

  it('adds Prometheus and Grafana under the monitoring profile only, with their config from deploy/', () => {
    expect(servicesUnder(compose, PROFILES.monitoring)).toEqual(['nats', 'postgres', ...APPS, 'prometheus', 'grafana']);
    expect(servicesUnder(compose, PROFILES.cluster)).not.toContain('prometheus');
    const binds = ['prometheus', 'grafana'].flatMap((s) => (compose.services[s].volumes as string[]).filter((v) => v.startsWith('./')));
    expect(binds).toEqual([
      './deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro',
      './deploy/grafana/provisioning:/etc/grafana/provisioning:ro',
      './deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro',
    ]);
    for (const bind of binds) expect(existsSync(resolve(ROOT, bind.split(':')[0]))).toBe(true);
  });

  it('is accepted by docker compose config, with the same services per profile, where a compose binary runs', () => {
    const cli = findComposeCli();
    if (!cli.found) {
      // No compose binary here: the checks above stand alone. Say what was tried, so a broken install shows.
      expect(cli.tried).toEqual([expect.stringMatching(/^docker/), expect.stringMatching(/^docker-compose/)]);
      return;
    }
    const [bin, ...pre] = cli.command;
    for (const [name, profiles] of Object.entries(PROFILES)) {
      const args = [...pre, ...profiles.flatMap((p) => ['--profile', p]), 'config', '--services'];
      const listed = execFileSync(bin, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, API_KEY: '' } }).trim().split('\n');
      const expected = servicesUnder(compose, profiles);
      // docker-compose v1 lists profiled services too; the v2 plugin lists exactly the enabled ones.
      if (cli.plugin) expect({ name, services: listed.sort() }).toEqual({ name, services: [...expected].sort() });
      else expect(listed).toEqual(expect.arrayContaining(expected));
    }
  });
});
