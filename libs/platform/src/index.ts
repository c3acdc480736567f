export * from './tokens';
export * from './platform.module';
export * from './health.controller';
export * from './bootstrap';
export * from './presence';
export * from './pipeline-status';
export * from './article-log.interceptor';
export * from './app-runtime';
