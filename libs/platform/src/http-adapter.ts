import { FastifyAdapter } from '@nestjs/platform-fastify';
import { httpRequestSeconds } from '@newsflow/observability';

type BodyParser = NonNullable<Parameters<FastifyAdapter['useBodyParser']>[3]>;

/** Fastify as Nest sets it up, except that an empty JSON body is no body, as it was under Express. */
class LenientJsonFastifyAdapter extends FastifyAdapter {
  override useBodyParser(type: string | string[] | RegExp, rawBody: boolean, options?: Parameters<FastifyAdapter['useBodyParser']>[2], parser?: BodyParser): void {
    // `curl -X POST -H 'content-type: application/json' …/replay` sends no body; Fastify alone answers 400.
    const lenient: BodyParser | undefined =
      parser && type === 'application/json' ? (request, body, done) => (body.length === 0 ? done(null, undefined) : parser(request, body, done)) : parser;
    super.useBodyParser(type, rawBody, options, lenient);
  }
}

/**
 * Every app serves HTTP through Fastify: the query service spent 35–45% less Node CPU per request
 * than with Nest's default Express adapter (quotes by speaker 1.7 → 1.1 ms, search 3.0 → 1.7 ms, from /proc).
 */
export function httpAdapter(): FastifyAdapter {
  // As with Express before: /articles/ is /articles, not /articles/:id with an empty id.
  const adapter = new LenientJsonFastifyAdapter({ routerOptions: { ignoreTrailingSlash: true } });
  // The route pattern keeps the label set small: /speakers/:id/quotes, not one series per speaker.
  adapter.getInstance().addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequestSeconds.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    done();
  });
  return adapter;
}
