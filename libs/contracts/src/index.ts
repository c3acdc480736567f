export * from './messages';
export * from './api';
