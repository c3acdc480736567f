import { LoggerService } from '@nestjs/common';

/** Nest's own start-up lines: a line per module, controller and route, about 70 for `npm start`'s five apps. */
const FRAMEWORK_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'NestMicroservice']);

/** True for an info line Nest writes about its own start-up (its context is the last argument). */
export function isFrameworkChatter(optionalParams: unknown[]): boolean {
  const context = optionalParams[optionalParams.length - 1];
  return typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context);
}

/**
 * The app's logger for Nest, with Nest's start-up chatter moved to debug, so that the apps' own
 * "… started" lines and `npm start`'s URL banner are what a person reads. Warnings and errors pass unchanged.
 */
export function quietFrameworkLogger(logger: LoggerService & { debug(message: unknown, ...optionalParams: unknown[]): void }): LoggerService {
  return {
    log: (message: unknown, ...optionalParams: unknown[]) =>
      isFrameworkChatter(optionalParams) ? logger.debug(message, ...optionalParams) : logger.log(message, ...optionalParams),
    error: (message: unknown, ...optionalParams: unknown[]) => logger.error(message, ...optionalParams),
    warn: (message: unknown, ...optionalParams: unknown[]) => logger.warn(message, ...optionalParams),
    debug: (message: unknown, ...optionalParams: unknown[]) => logger.debug(message, ...optionalParams),
    verbose: (message: unknown, ...optionalParams: unknown[]) => logger.verbose?.(message, ...optionalParams),
    fatal: (message: unknown, ...optionalParams: unknown[]) => logger.fatal?.(message, ...optionalParams),
  };
}
