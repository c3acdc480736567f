export const APP_CONFIG = Symbol('APP_CONFIG');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const APP_LOGGER = Symbol('APP_LOGGER');
/** This installation's binding (its id and database), which its streams must carry. */
export const STREAM_BINDING = Symbol('STREAM_BINDING');
