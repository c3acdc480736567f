import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { registry } from '@newsflow/observability';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** Every series name a registered metric exposes (histograms add _bucket, _sum and _count). */
async function exposedNames(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const m of await registry.getMetricsAsJSON()) {
    names.add(m.name);
    if (String(m.type) === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(m.name + suffix);
  }
  return names;
}

describe('monitoring deployment files', () => {
  it('provisions a dashboard that parses and queries only metrics the apps expose', async () => {
    const dashboard = JSON.parse(read('deploy/grafana/dashboards/newsflow-pipeline.json'));
    const exprs: string[] = dashboard.panels.flatMap((p: { targets: Array<{ expr: string }> }) => p.targets.map((t) => t.expr));
    expect(exprs.length).toBeGreaterThanOrEqual(10);
    const used = new Set(exprs.flatMap((e) => e.match(/\bnewsflow_[a-z0-9_]+/g) ?? []));
    const exposed = await exposedNames();
    expect([...used].filter((name) => !exposed.has(name))).toEqual([]);
    for (const wanted of ['newsflow_stage_messages_total', 'newsflow_stage_processing_seconds_bucket', 'newsflow_drop_to_stage_seconds_bucket', 'newsflow_watcher_files_total', 'newsflow_watcher_files_seen_total', 'newsflow_stage_backlog_messages']) {
      expect(used).toContain(wanted);
    }
  });

  it('scrapes every app on the port docker-compose gives it', () => {
    const compose = read('docker-compose.yml');
    const jobs = [...read('deploy/prometheus/prometheus.yml').matchAll(/job_name: (\w+)\n\s+dns_sd_configs: \[\{ names: \[(\w+)\], type: A, port: (\d+) \}\]/g)];
    expect(jobs.map((j) => j[1]).sort()).toEqual(['dedupe', 'entities', 'query', 'quotes', 'watcher']);
    for (const [, job, service, port] of jobs) {
      expect(service).toBe(job);
      expect(compose).toContain(`${job.toUpperCase()}_PORT: "${port}"`);
    }
  });
});
