export * from './tokens';
export * from './platform.module';
export * from './health.controller';
export * from './bootstrap';
export * from './pino-nest-logger';
