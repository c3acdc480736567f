import pino, { Logger } from 'pino';

/**
 * Structured JSON logs in production; pretty lines when LOG_PRETTY is set. Child loggers carry the
 * article id, file path and stage, so one article can be followed through every app.
 */
export function createLogger(app: string, options: { level: string; pretty: boolean }): Logger {
  return pino({
    name: app,
    level: options.level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    transport: options.pretty ? { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l' } } : undefined,
  });
}
