import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@newsflow/config';
import { httpAdapter } from '@newsflow/platform';
import { QueryModule } from '../../apps/query/src/query.module';

/** The query app in this process (so jest's TypeScript transform applies), listening on the configured port. */
export async function startQueryApp(config: AppConfig): Promise<{ app: INestApplication; baseUrl: string }> {
  const app = await NestFactory.create(QueryModule.register(config), httpAdapter(), { logger: ['error'] });
  await app.listen(config.QUERY_PORT, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${config.QUERY_PORT}` };
}
