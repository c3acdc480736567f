import { IncomingMessage, ServerResponse } from 'node:http';
import pino, { Logger } from 'pino';
import type { Options as HttpLogOptions } from 'pino-http';

export interface LoggerOptions {
  level: string;
  pretty: boolean;
}

/**
 * Structured JSON logs in production; pretty lines when LOG_PRETTY is set. Child loggers carry the
 * article id, file path and stage, so one article can be followed through every app.
 */
export function createLogger(app: string, options: LoggerOptions): Logger {
  return pino({
    name: app,
    level: options.level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    // One line per entry, fields after the message: many lines per entry would scroll `npm start`'s banner away.
    // `app` is already shown as the logger's name.
    transport: options.pretty ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l', singleLine: true, ignore: 'app' } } : undefined,
  });
}

/**
 * HTTP requests are logged at debug: at the default level a busy API would bury everything else. 5xx
 * answers are also logged at error by the query app's problem filter, so nothing is lost at info.
 */
export const REQUEST_LOG_LEVEL = 'debug' as const;

/** Whether HTTP request lines print at this level (and so whether the request-log middleware is worth running). */
export function printsRequestLogs(level: string): boolean {
  return level !== 'silent' && pino.levels.values[level] <= pino.levels.values[REQUEST_LOG_LEVEL];
}

type LoggedRequest = Pick<IncomingMessage, 'method' | 'url'> & { originalUrl?: string };

/** The URL as the client sent it: Fastify's middleware layer strips the mount path from `url` while middleware runs. */
export function requestUrl(req: LoggedRequest): string {
  return req.originalUrl ?? req.url ?? '';
}

/** A request's log line: `GET /articles?q=x 200 3 ms`, with the same fields beside it. */
export function requestLogLine(req: LoggedRequest, statusCode: number, responseTime: number) {
  const ms = Math.round(responseTime);
  const url = requestUrl(req);
  return { message: `${req.method} ${url} ${statusCode} ${ms} ms`, fields: { method: req.method, url, statusCode, responseTime: ms } };
}

/**
 * pino-http options for one flat line per request instead of the whole request and response objects
 * (about 25 pretty lines each): the method, URL, status and time, plus the request id.
 */
export function requestLogOptions(): HttpLogOptions {
  return {
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: () => REQUEST_LOG_LEVEL,
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse, ms: number) => requestLogLine(req, res.statusCode, ms).message,
    customSuccessObject: (req: IncomingMessage, res: ServerResponse, val: { responseTime: number }) => requestLogLine(req, res.statusCode, val.responseTime).fields,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse, error: Error) => `${req.method} ${requestUrl(req)} ${res.statusCode} failed: ${error.message}`,
    customErrorObject: (req: IncomingMessage, res: ServerResponse, error: Error, val: { responseTime: number }) => ({ ...requestLogLine(req, res.statusCode, val.responseTime).fields, err: error }),
  };
}

const processLoggers = new Map<string, Logger>();

/** One logger per app per process: Nest, HTTP requests and the app's own code write through the same stream. */
export function appLogger(app: string, options: LoggerOptions): Logger {
  let logger = processLoggers.get(app);
  if (!logger) {
    logger = createLogger(app, options);
    processLoggers.set(app, logger);
  }
  return logger;
}

/** The fields every log line about one article carries. */
export interface ArticleLogFields {
  articleId: string | null;
  path: string | null;
  stage: string;
}
