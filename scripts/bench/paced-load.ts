import { Agent, request } from 'node:http';
import { percentile } from './figures';

export interface PacedLoadResult {
  p50: number;
  p99: number;
  answered: number;
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
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), answered: latencies.length, failed };
}
