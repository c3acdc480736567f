import { Controller, Get, Header, HttpCode, Inject, Res } from '@nestjs/common';
import { NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import { registry } from '@newsflow/observability';
import { NATS_CONNECTION } from './tokens';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  live: true;
  checks: { nats: string; postgres: string };
}

async function check(probe: () => Promise<unknown>): Promise<string> {
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2000))]);
    return 'ok';
  } catch (error) {
    return `down: ${(error as Error).message}`;
  }
}

/** Liveness (the process answers) and readiness (NATS and PostgreSQL reachable), plus Prometheus metrics. */
@Controller()
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  @Get('health')
  async health(@Res({ passthrough: true }) res: { status(code: number): void }): Promise<HealthReport> {
    const [nats, postgres] = await Promise.all([check(() => this.nc.flush()), check(() => this.db.query('SELECT 1'))]);
    const ok = nats === 'ok' && postgres === 'ok';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', live: true, checks: { nats, postgres } };
  }

  @Get('metrics')
  @HttpCode(200)
  @Header('Content-Type', registry.contentType)
  metrics(): Promise<string> {
    return registry.metrics();
  }
}
