export const APP_CONFIG = Symbol('APP_CONFIG');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const APP_LOGGER = Symbol('APP_LOGGER');
