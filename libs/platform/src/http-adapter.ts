import { FastifyAdapter } from '@nestjs/platform-fastify';

/**
 * Every app serves HTTP through Fastify: the query service spends far less CPU per request than with
 * Nest's default Express adapter (measured in the README's performance notes).
 */
export function httpAdapter(): FastifyAdapter {
  return new FastifyAdapter();
}
