import { stopTestServices } from './global-setup';

/** Stops what the global setup started (nothing, when NATS and PostgreSQL were already there). */
export default stopTestServices;
