import pino, { Logger } from 'pino';

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
    transport: options.pretty ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l' } } : undefined,
  });
}

/**
 * Whether HTTP request lines (pino-http writes them at info) would print at this level. 5xx answers are
 * also logged at error by the query app's problem filter, so nothing is lost above info.
 */
export function printsRequestLogs(level: string): boolean {
  return level !== 'silent' && pino.levels.values[level] <= pino.levels.values.info;
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
