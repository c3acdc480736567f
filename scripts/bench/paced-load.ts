import { execFile } from 'node:child_process';
import { Agent, request } from 'node:http';
import { promisify } from 'node:util';
import { percentile } from './figures';

export interface PacedLoadResult {
  p50: number;
  p99: number;
  failed: number;
}

/**
 * Offers `rate` requests per second, evenly spaced, over at most `connections` keep-alive connections, for
 * `seconds`. A request's latency counts from the moment it was due, so time spent waiting for a free
 * connection is counted too. autocannon's own `overallRate` sends each second's share in a burst at the
 * start of the second, which measures the burst instead of the service.
 */
export async function pacedLoad(base: string, paths: string[], rate: number, seconds: number, connections: number): Promise<PacedLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(base);
  const latencies: number[] = [];
  let failed = 0;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const pending: Array<Promise<void>> = [];
  const send = (i: number, due: number) =>
    new Promise<void>((done) => {
      const req = request({ host: hostname, port, path: paths[i % paths.length], agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - due);
          else failed++;
          done();
        });
      });
      req.on('error', () => {
        failed++;
        done();
      });
      req.end();
    });
  for (let sent = 0; sent < total; ) {
    const now = performance.now();
    for (; sent < total && start + (sent * 1000) / rate <= now; sent++) pending.push(send(sent, start + (sent * 1000) / rate));
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  agent.destroy();
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), failed };
}

/**
 * pacedLoad in a process of its own, after one discarded second that opens the connections: in the bench's
 * process, a garbage collection of its large heap would delay sends, and the delay would count as latency.
 */
export async function pacedLoadInChild(base: string, paths: string[], rate: number, seconds: number, connections: number): Promise<PacedLoadResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [__filename, JSON.stringify({ base, paths, rate, seconds, connections })], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as PacedLoadResult;
}

if (require.main === module) {
  const { base, paths, rate, seconds, connections } = JSON.parse(process.argv[2]);
  void pacedLoad(base, paths, rate, 1, connections)
    .then(() => pacedLoad(base, paths, rate, seconds, connections))
    .then((result) => process.stdout.write(JSON.stringify(result)));
}
